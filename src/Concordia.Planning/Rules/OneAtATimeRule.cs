using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// A member is on one duty at a time: each pair of duties whose windows overlap is a violation. Always on and hard
/// (every model also lets a member work at most one demand of a window).
/// </summary>
internal sealed class OneAtATimeRule : PairRule
{
    public override string Description => "A member cannot be on two duties whose windows overlap.";

    public override bool Adjustable => false;

    public override bool Conflicts(CompiledProblem p, int staff, int earlier, int later) =>
        p.WinStart[p.DemWindow[later]] < p.WinEnd[p.DemWindow[earlier]];

    public override int Reach(CompiledProblem p, int staff) => p.MaxWindowMinutes;

    protected override string Explain(CompiledProblem p, int staff, int earlier, int later) => "overlaps an earlier duty";
}
