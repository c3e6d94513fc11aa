using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Between duties at different sites a member needs the travel (changeover) time.</summary>
internal sealed class ChangeoverRule : StaffRule
{
    public override string Name => "Changeover";

    public override string Description => "Consecutive duties at different sites leave at least the travel time between them.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        long amount = 0;
        for (var i = 1; i < duties.Length; i++)
        {
            int a = duties[i - 1], b = duties[i];
            var gap = p.WinStart[p.DemWindow[b]] - p.WinEnd[p.DemWindow[a]];
            if (gap >= 0 && gap < p.Changeover(p.DemSite[a], p.DemSite[b]))
            {
                amount++;
                sink?.Add(this, 1, CostOf(1), $"only {gap} min to travel from the previous site", staff, p.DemSite[b], p.DemWindow[b]);
            }
        }

        return Charge(amount);
    }
}
