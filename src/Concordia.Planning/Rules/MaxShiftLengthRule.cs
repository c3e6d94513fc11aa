using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>No duty longer than the member's maximum shift length.</summary>
internal sealed class MaxShiftLengthRule : DutyRule
{
    public override string Description => "A duty's window is not longer than the maximum shift length.";

    public override bool Allows(CompiledProblem p, int staff, int demand) => Length(p, demand) <= p.StaffLimits[staff].MaxShiftMinutes;

    protected override string Explain(CompiledProblem p, int staff, int demand) =>
        $"shift of {Length(p, demand)} min, maximum {p.StaffLimits[staff].MaxShiftMinutes}";
}
