using Concordia.Planning.Rules;

namespace Concordia.Planning.Engine;

/// <summary>Sums the rules: staff rules per member, cell rules per site and window.</summary>
internal static class Evaluator
{
    public static Score Staff(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink = null)
    {
        var score = Score.Zero;
        foreach (var rule in p.Rules.ActiveStaff)
        {
            score += rule.Evaluate(p, staff, duties, sink);
        }

        return score;
    }

    public static Score Cell(CompiledProblem p, int cell, PlanCounts counts, ViolationSink? sink = null)
    {
        var score = Score.Zero;
        foreach (var rule in p.Rules.ActiveCells)
        {
            score += rule.Evaluate(p, cell, counts, sink);
        }

        return score;
    }

    public static Score Full(CompiledProblem p, int[][] staffDuties, PlanCounts counts, ViolationSink? sink)
    {
        var score = Score.Zero;
        for (var s = 0; s < p.StaffCount; s++)
        {
            score += Staff(p, s, staffDuties[s], sink);
        }

        for (var c = 0; c < p.CellCount; c++)
        {
            score += Cell(p, c, counts, sink);
        }

        return score;
    }
}
