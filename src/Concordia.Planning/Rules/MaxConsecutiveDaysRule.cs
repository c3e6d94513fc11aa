using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>Runs of working days are not longer than the maximum; days outside the horizon count as off.</summary>
internal sealed class MaxConsecutiveDaysRule : StaffRule
{
    public override string Description => "No run of consecutive working days is longer than the maximum.";

    /// <summary>The longest run a heuristic should build: no limit unless the rule binds.</summary>
    public int Bound(CompiledProblem p, int staff) => Binding ? p.StaffLimits[staff].MaxConsecutiveDays : int.MaxValue;

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var max = p.StaffLimits[staff].MaxConsecutiveDays;
        if (max == int.MaxValue || duties.IsEmpty)
        {
            return Score.Zero;
        }

        Span<bool> worked = p.Days <= 1024 ? stackalloc bool[p.Days] : new bool[p.Days];
        MarkWorkedDays(p, duties, worked);
        long amount = 0;
        var day = 0;
        while (NextRun(worked, true, ref day, out var start, out var run))
        {
            if (run > max)
            {
                amount += run - max;
                sink?.Add(this, run - max, CostOf(run - max), $"{run} days in a row from day {start}, maximum {max}", staff, day: start);
            }
        }

        return Charge(amount);
    }

    /// <summary>False when the duty's day joins the worked days before and after it into a run longer than the maximum.</summary>
    public override bool Admits(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand)
    {
        var max = p.StaffLimits[staff].MaxConsecutiveDays;
        var day = DayOf(p, demand);
        if (max == int.MaxValue || (uint)day >= (uint)p.Days)
        {
            return true;
        }

        Span<bool> worked = p.Days <= 1024 ? stackalloc bool[p.Days] : new bool[p.Days];
        MarkWorkedDays(p, duties, worked);
        if (worked[day])
        {
            return true;
        }

        var before = 0;
        while (day - before - 1 >= 0 && worked[day - before - 1])
        {
            before++;
        }

        var after = 0;
        while (day + after + 1 < p.Days && worked[day + after + 1])
        {
            after++;
        }

        var excess = Math.Max(0, before - max) + Math.Max(0, after - max);
        return Math.Max(0, before + 1 + after - max) <= excess;
    }

    /// <summary>Every stretch of maximum + 1 days has a day off; a run of L days holds L − maximum such stretches, one unit each.</summary>
    public override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        foreach (var (member, count) in ByLimits(p, agent))
        {
            var max = p.StaffLimits[member].MaxConsecutiveDays;
            if (max >= p.Days)
            {
                continue;
            }

            for (var st = Math.Max(0, m.From - max); st <= m.To && st + max < p.Days; st++)
            {
                var terms = Enumerable.Range(st, max + 1).Select(d => new Term(m.Day(agent, d), 1)).ToArray();
                m.AtMost(this, terms, max, 1, UnitCost(count));
            }
        }
    }
}
