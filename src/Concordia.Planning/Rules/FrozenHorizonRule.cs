using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Re-planning: inside the frozen horizon nothing published moves and nothing new is added.</summary>
internal sealed class FrozenHorizonRule : StaffRule
{
    public override string Name => "FrozenHorizon";

    public override string Description => "Duties in windows starting before the frozen instant equal the published ones.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        if (p.FrozenUntil == int.MinValue)
        {
            return Score.Zero;
        }

        var published = p.StaffPublished[staff];
        long amount = 0;
        foreach (var d in published)
        {
            if (p.WinStart[p.DemWindow[d]] < p.FrozenUntil && !duties.Contains(d))
            {
                amount++;
                sink?.Add(this, 1, CostOf(1), "frozen published duty removed", staff, p.DemSite[d], p.DemWindow[d]);
            }
        }

        foreach (var d in duties)
        {
            if (p.WinStart[p.DemWindow[d]] < p.FrozenUntil && Array.IndexOf(published, d) < 0)
            {
                amount++;
                sink?.Add(this, 1, CostOf(1), "new duty inside the frozen horizon", staff, p.DemSite[d], p.DemWindow[d]);
            }
        }

        return Charge(amount);
    }
}
