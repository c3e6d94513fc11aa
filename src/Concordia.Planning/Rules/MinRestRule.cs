using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Daily rest: between any two duties at least the member's minimum rest (11 h by default).</summary>
internal sealed class MinRestRule : PairRule
{
    public override string Description => "Duties are separated by at least the minimum rest.";

    public override bool Conflicts(CompiledProblem p, int staff, int earlier, int later)
    {
        var gap = p.WinStart[p.DemWindow[later]] - p.WinEnd[p.DemWindow[earlier]];
        return gap >= 0 && gap < p.StaffLimits[staff].MinRestMinutes;
    }

    /// <summary>The member's minimum rest when the rule binds, else 0.</summary>
    public int Bound(CompiledProblem p, int staff) => Binding ? p.StaffLimits[staff].MinRestMinutes : 0;

    public override int Reach(CompiledProblem p, int staff) =>
        p.StaffLimits[staff].MinRestMinutes <= 0 ? 0 : p.StaffLimits[staff].MinRestMinutes + p.MaxWindowMinutes;

    protected override string Explain(CompiledProblem p, int staff, int earlier, int later) =>
        $"rest of {p.WinStart[p.DemWindow[later]] - p.WinEnd[p.DemWindow[earlier]]} min, minimum {p.StaffLimits[staff].MinRestMinutes}";
}
