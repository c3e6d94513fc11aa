using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>
/// Minutes in any 7 consecutive days (by duty start day) stay under the limit, 48 h by default. Each 7-day
/// stretch over the limit counts its excess in started hours, so a search sees how far off it is.
/// </summary>
internal sealed class MaxHoursPer7DaysRule : StaffRule
{
    public override string Description => "Minutes on duty in any 7 consecutive days do not exceed the limit.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var max = p.StaffLimits[staff].MaxMinutesPer7Days;
        if (max == int.MaxValue || duties.IsEmpty)
        {
            return Score.Zero;
        }

        Span<int> perDay = p.Days <= 512 ? stackalloc int[p.Days] : new int[p.Days];
        perDay.Clear();
        foreach (var d in duties)
        {
            if ((uint)DayOf(p, d) < (uint)perDay.Length)
            {
                perDay[DayOf(p, d)] += Length(p, d);
            }
        }

        long amount = 0;
        var span = Span(p);
        var sum = 0;
        for (var day = 0; day < p.Days; day++)
        {
            sum += perDay[day];
            if (day >= span)
            {
                sum -= perDay[day - span];
            }

            if (day >= span - 1 && sum > max)
            {
                var hours = (sum - max + 59) / 60;
                amount += hours;
                sink?.Add(this, hours, CostOf(hours), $"{sum} min in the 7 days from day {day - span + 1}, maximum {max}", staff, day: day - span + 1);
            }
        }

        return Charge(amount);
    }

    /// <summary>
    /// False when the duty would take some 7 days it starts in over the limit: the cheap test spares the full score
    /// change for the many officers a busy week has filled (most of a pool in a re-plan after an alert rise).
    /// </summary>
    public override bool Admits(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand)
    {
        var max = p.StaffLimits[staff].MaxMinutesPer7Days;
        var day = DayOf(p, demand);
        if (max == int.MaxValue || (uint)day >= (uint)p.Days)
        {
            return true;
        }

        var span = Span(p);
        var first = Math.Max(0, day - span + 1);
        var last = Math.Min(day, p.Days - span);
        Span<int> perDay = stackalloc int[14];
        perDay.Clear();
        foreach (var d in duties)
        {
            var offset = DayOf(p, d) - first;
            if ((uint)offset < (uint)(last - first + span))
            {
                perDay[offset] += Length(p, d);
            }
        }

        var added = Length(p, demand);
        for (var start = first; start <= last; start++)
        {
            var sum = added;
            for (var i = start - first; i < start - first + span; i++)
            {
                sum += perDay[i];
            }

            if (sum > max)
            {
                return false;
            }
        }

        return true;
    }

    public override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        var span = Span(p);
        var byDay = m.Choices(agent).Where(c => (uint)DayOf(p, c.Demand) < (uint)p.Days).ToLookup(c => DayOf(p, c.Demand));
        foreach (var (member, count) in ByLimits(p, agent))
        {
            var max = p.StaffLimits[member].MaxMinutesPer7Days;
            if (max == int.MaxValue)
            {
                continue;
            }

            for (var st = Math.Max(0, m.From - span + 1); st <= m.To && st + span <= p.Days; st++)
            {
                var terms = Enumerable.Range(st, span).SelectMany(d => byDay[d]).Select(c => new Term(c.Lit, Length(p, c.Demand))).ToArray();
                m.AtMost(this, terms, max, 60, UnitCost(count));
            }
        }
    }

    /// <summary>The member's limit when the rule binds (minutes in any <see cref="Span"/> consecutive days), else none.</summary>
    public int Bound(CompiledProblem p, int staff) => Binding ? p.StaffLimits[staff].MaxMinutesPer7Days : int.MaxValue;

    /// <summary>Consecutive days the limit is counted over: 7, or the horizon when shorter.</summary>
    public static int Span(CompiledProblem p) => Math.Min(7, p.Days);
}
