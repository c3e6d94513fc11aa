using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// Runs of days off between two working days are at least the minimum long. Runs touching the horizon's
/// edges are exempt: the days beyond it are assumed off.
/// </summary>
internal sealed class MinConsecutiveDaysOffRule() : MinRunRule(working: false)
{
    public override string Description => "Every run of days off between working days is at least the minimum long.";

    protected override int Minimum(CompiledProblem p, int staff) => p.StaffLimits[staff].MinConsecutiveDaysOff;

    protected override bool EdgesExempt(CompiledProblem p) => true;

    protected override string Explain(int start, int run, int min) => $"{run} days off before day {start + run}, minimum {min}";
}
