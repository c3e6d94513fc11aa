using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>Total time on duty over the horizon stays under the member's maximum; excess counts in started hours.</summary>
internal sealed class MaxTotalMinutesRule : StaffRule
{
    public override string Description => "Total minutes on duty do not exceed the member's maximum.";

    /// <summary>The maximum a heuristic should keep to: none unless the rule binds.</summary>
    public int Bound(CompiledProblem p, int staff) => Binding ? p.StaffLimits[staff].MaxTotalMinutes : int.MaxValue;

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var total = p.TotalMinutes(duties);
        var hours = Excess(p, staff, total);
        if (hours > 0)
        {
            sink?.Add(this, hours, CostOf(hours), $"{total} min on duty, maximum {p.StaffLimits[staff].MaxTotalMinutes}", staff);
        }

        return Charge(hours);
    }

    public override Score? Delta(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand, bool added)
    {
        var total = p.TotalMinutes(duties);
        var after = total + (added ? Length(p, demand) : -Length(p, demand));
        return Units(Excess(p, staff, after) - Excess(p, staff, total));
    }

    public override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        var terms = m.Choices(agent).Select(c => new Term(c.Lit, Length(p, c.Demand))).ToArray();
        foreach (var (member, count) in ByLimits(p, agent))
        {
            var max = p.StaffLimits[member].MaxTotalMinutes;
            if (max != int.MaxValue)
            {
                m.AtMost(this, terms, max, 60, UnitCost(count));
            }
        }
    }

    private static long Excess(CompiledProblem p, int staff, long total)
    {
        var max = p.StaffLimits[staff].MaxTotalMinutes;
        return max == int.MaxValue || total <= max ? 0 : (total - max + 59) / 60;
    }
}
