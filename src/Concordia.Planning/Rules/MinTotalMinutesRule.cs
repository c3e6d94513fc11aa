using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>Total time on duty reaches the member's minimum (a contract's hours); shortfall counts in started hours.</summary>
internal sealed class MinTotalMinutesRule : StaffRule
{
    public override string Description => "Total minutes on duty reach the member's minimum.";

    /// <summary>The minimum a heuristic should aim for: none unless the rule binds.</summary>
    public int Bound(CompiledProblem p, int staff) => Binding ? p.StaffLimits[staff].MinTotalMinutes : 0;

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var total = p.TotalMinutes(duties);
        var hours = Shortfall(p, staff, total);
        if (hours > 0)
        {
            sink?.Add(this, hours, CostOf(hours), $"{total} min on duty, minimum {p.StaffLimits[staff].MinTotalMinutes}", staff);
        }

        return Charge(hours);
    }

    public override Score? Delta(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand, bool added)
    {
        var total = p.TotalMinutes(duties);
        var after = total + (added ? Length(p, demand) : -Length(p, demand));
        return Units(Shortfall(p, staff, after) - Shortfall(p, staff, total));
    }

    public override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        var terms = m.Choices(agent).Select(c => new Term(c.Lit, Length(p, c.Demand))).ToArray();
        foreach (var (member, count) in ByLimits(p, agent))
        {
            var min = p.StaffLimits[member].MinTotalMinutes;
            if (min > 0)
            {
                m.AtLeast(this, terms, min, 60, UnitCost(count));
            }
        }
    }

    private static long Shortfall(CompiledProblem p, int staff, long total)
    {
        var min = p.StaffLimits[staff].MinTotalMinutes;
        return total >= min ? 0 : (min - total + 59) / 60;
    }
}
