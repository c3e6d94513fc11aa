using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// A demand for armed officers takes only persons who carry a weapon (an unarmed foreign officer, by their country's
/// legal status, never serves one). Dogs carry none and are not asked.
/// </summary>
internal sealed class ArmedDutyRule : DutyRule
{
    public override string Description => "Only armed persons serve a demand for armed officers.";

    public override bool Allows(CompiledProblem p, int staff, int demand) => !p.DemArmed[demand] || p.StaffArmed[staff] || !p.StaffPerson[staff];

    protected override string Explain(CompiledProblem p, int staff, int demand) => "unarmed on a duty for armed officers";
}
