using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// Re-planning: each published duty that could be kept but was moved costs the weight. Duties the change made
/// impossible (absent member, closed site, dropped demand) are not counted: no plan could keep them.
/// </summary>
internal sealed class DisruptionRule : StaffRule
{
    public override string Name => "Disruption";

    public override string Description => "Each keepable published duty that the new plan moves costs the weight.";

    public override bool DefaultHard => false;

    public override int DefaultWeight => 20;

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var published = p.StaffPublished[staff];
        if (published.Length == 0)
        {
            return Score.Zero;
        }

        long moved = 0;
        foreach (var d in published)
        {
            if (p.WinStart[p.DemWindow[d]] >= p.FrozenUntil && !duties.Contains(d))
            {
                moved++;
                sink?.Add(this, 1, CostOf(1), "published duty moved", staff, p.DemSite[d], p.DemWindow[d]);
            }
        }

        return Charge(moved);
    }
}
