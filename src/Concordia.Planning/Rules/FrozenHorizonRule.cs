using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>Re-planning: inside the frozen horizon nothing published moves and nothing new is added.</summary>
internal sealed class FrozenHorizonRule : StaffRule
{
    public override string Description => "Duties in windows starting before the frozen instant equal the published ones.";

    /// <summary>A duty in the frozen horizon that was not published.</summary>
    public override bool Allows(CompiledProblem p, int staff, int demand) => !Frozen(p, demand) || p.IsPublished(staff, demand);

    /// <summary>For moves: whether a duty may not be handed on or dropped (a published duty inside the frozen horizon).</summary>
    public bool Locks(CompiledProblem p, int demand) => Binding && Frozen(p, demand);

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        if (p.FrozenUntil == int.MinValue)
        {
            return Score.Zero;
        }

        long amount = 0;
        foreach (var d in p.StaffPublished[staff])
        {
            if (Frozen(p, d) && !duties.Contains(d))
            {
                amount++;
                sink?.Add(this, 1, CostOf(1), "frozen published duty removed", staff, p.DemSite[d], p.DemWindow[d], DayOf(p, d));
            }
        }

        foreach (var d in duties)
        {
            if (!Allows(p, staff, d))
            {
                amount++;
                sink?.Add(this, 1, CostOf(1), "new duty inside the frozen horizon", staff, p.DemSite[d], p.DemWindow[d], DayOf(p, d));
            }
        }

        return Charge(amount);
    }

    /// <summary>Adding a frozen duty restores it if published and breaks the horizon if not; removing does the opposite.</summary>
    public override Score? Delta(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand, bool added) =>
        !Frozen(p, demand) ? Score.Zero : Units(added == p.IsPublished(staff, demand) ? -1 : 1);

    public override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        if (p.FrozenUntil == int.MinValue)
        {
            return;
        }

        var choices = m.Choices(agent);
        foreach (var member in p.AgentMembers[agent])
        {
            foreach (var c in choices)
            {
                if (Frozen(p, c.Demand))
                {
                    m.Violation(this, UnitCost(), [(c.Lit, !p.IsPublished(member, c.Demand))]);
                }
            }

            // A frozen published duty the model has no choice for is removed whatever it does: a constant.
            foreach (var d in p.StaffPublished[member])
            {
                if (Frozen(p, d) && !choices.Any(c => c.Demand == d))
                {
                    m.Violation(this, UnitCost(), []);
                }
            }
        }
    }

    private static bool Frozen(CompiledProblem p, int demand) => Start(p, demand) < p.FrozenUntil;
}
