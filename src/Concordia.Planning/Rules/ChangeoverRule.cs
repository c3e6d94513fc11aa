using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Between duties at different sites a member needs the travel (changeover) time.</summary>
internal sealed class ChangeoverRule : PairRule
{
    public override string Description => "Duties at different sites leave at least the travel time between them.";

    protected override bool SiteDependent => true;

    public override bool Conflicts(CompiledProblem p, int staff, int earlier, int later)
    {
        var gap = p.WinStart[p.DemWindow[later]] - p.WinEnd[p.DemWindow[earlier]];
        return gap >= 0 && gap < p.Changeover(p.DemSite[earlier], p.DemSite[later]);
    }

    public override int Reach(CompiledProblem p, int staff) => p.MaxTravel <= 0 ? 0 : p.MaxTravel + p.MaxWindowMinutes;

    protected override string Explain(CompiledProblem p, int staff, int earlier, int later) =>
        $"only {p.WinStart[p.DemWindow[later]] - p.WinEnd[p.DemWindow[earlier]]} min to travel from the previous site";
}
