namespace Concordia.Planning.Rules;

/// <summary>
/// Checked by the validator only: every assignment names a known member, site, window and an existing demand,
/// the member's unit has the capability, and no assignment is listed twice.
/// </summary>
internal sealed class PlanStructureRule : Rule
{
    public override string Name => "PlanStructure";

    public override string Description => "Assignments reference known members and demands, with a matching capability, once each.";
}
