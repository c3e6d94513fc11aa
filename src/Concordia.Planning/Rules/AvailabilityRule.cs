using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>No duty outside the member's availability (arrival to departure) or on a day off.</summary>
internal sealed class AvailabilityRule : DutyRule
{
    public override string Description => "Duties lie inside the member's availability and not on a day off.";

    public override bool Allows(CompiledProblem p, int staff, int demand) => p.Available(staff, p.DemWindow[demand]);

    protected override string Explain(CompiledProblem p, int staff, int demand) => "member is not available then";
}
