using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// Runs of working days are at least the minimum long. By default days outside the horizon count as off, so a run
/// at either edge must be long enough too; with <c>runsContinueBeyondHorizon</c> (the Curtois &amp; Qu convention)
/// runs touching an edge are exempt.
/// </summary>
internal sealed class MinConsecutiveDaysRule() : MinRunRule(working: true)
{
    public override string Description => "Every run of consecutive working days is at least the minimum long.";

    protected override int Minimum(CompiledProblem p, int staff) => p.StaffLimits[staff].MinConsecutiveDays;

    protected override bool EdgesExempt(CompiledProblem p) => p.Rules.RunsContinueBeyondHorizon;

    protected override string Explain(int start, int run, int min) => $"{run} days in a row from day {start}, minimum {min}";
}
