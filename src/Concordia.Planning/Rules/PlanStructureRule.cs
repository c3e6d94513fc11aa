namespace Concordia.Planning.Rules;

/// <summary>
/// Checked by the validator only: every assignment names a known member, site, window and an existing demand,
/// the member's unit has the capability, and no assignment is listed twice. The engine only ever builds such plans.
/// </summary>
internal sealed class PlanStructureRule : Rule
{
    public override string Description => "Assignments reference known members and demands, with a matching capability, once each.";

    public override bool Adjustable => false;
}
