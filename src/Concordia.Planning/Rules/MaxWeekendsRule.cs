using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>A weekend (Saturday and the Sunday after it) counts as worked when either day has a duty.</summary>
internal sealed class MaxWeekendsRule : StaffRule
{
    public override string Description => "Weekends worked do not exceed the member's maximum.";

    /// <summary>The weekends a heuristic should keep to: no limit unless the rule binds.</summary>
    public int Bound(CompiledProblem p, int staff) => Binding ? p.StaffLimits[staff].MaxWeekends : int.MaxValue;

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var max = p.StaffLimits[staff].MaxWeekends;
        if (max == int.MaxValue || duties.IsEmpty)
        {
            return Score.Zero;
        }

        var weekends = 0;
        var lastKey = int.MinValue;
        foreach (var d in duties)
        {
            var key = p.WeekendKey(DayOf(p, d));
            if (key != int.MinValue && key != lastKey)
            {
                weekends++;
                lastKey = key;
            }
        }

        if (weekends <= max)
        {
            return Score.Zero;
        }

        sink?.Add(this, weekends - max, CostOf(weekends - max), $"{weekends} weekends worked, maximum {max}", staff);
        return Charge(weekends - max);
    }

    public override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        Term[]? terms = null;
        foreach (var (member, count) in ByLimits(p, agent))
        {
            var max = p.StaffLimits[member].MaxWeekends;
            if (max != int.MaxValue)
            {
                terms ??= Weekends(m, agent);
                m.AtMost(this, terms, max, 1, UnitCost(count));
            }
        }
    }

    /// <summary>One term per weekend of the horizon: worked when either of its days is.</summary>
    private static Term[] Weekends(IRuleModel m, int agent)
    {
        var p = m.Problem;
        var terms = new List<Term>();
        for (var day = 0; day < p.Days; day++)
        {
            if (p.WeekendKey(day) == day)
            {
                var days = p.WeekendKey(day + 1) == day ? new[] { m.Day(agent, day), m.Day(agent, day + 1) } : [m.Day(agent, day)];
                terms.Add(new Term(m.Any(days), 1));
            }
        }

        return [.. terms];
    }
}
