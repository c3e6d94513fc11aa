using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Some shift kinds may not follow others on the next day (e.g. night then early).</summary>
internal sealed class ForbiddenSuccessionRule : PairRule
{
    public override string Description => "A duty of a forbidden kind does not follow the previous day's duty kind.";

    public override bool Conflicts(CompiledProblem p, int staff, int earlier, int later)
    {
        int w1 = p.DemWindow[earlier], w2 = p.DemWindow[later];
        return p.WinDay[w2] - p.WinDay[w1] == 1 && p.ForbiddenAfter[p.WinKind[w1], p.WinKind[w2]];
    }

    public override int Reach(CompiledProblem p, int staff) => 2 * 24 * 60;

    /// <summary>For heuristics: whether a duty of <paramref name="kind"/> may not follow one of <paramref name="previous"/> on the next day.</summary>
    public bool Forbids(CompiledProblem p, int previous, int kind) => Binding && previous >= 0 && p.ForbiddenAfter[previous, kind];

    protected override string Explain(CompiledProblem p, int staff, int earlier, int later) => "this kind may not follow the previous day's duty";
}
