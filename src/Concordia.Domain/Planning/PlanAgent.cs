namespace Concordia.Domain.Planning;

/// <summary>
/// A unit as a plan version saw it: a member on their own, or a team with its members (<see cref="PlanAgentMember"/>),
/// so a version reads the same later even if rosters and units change.
/// </summary>
public sealed class PlanAgent(Guid versionId, int number, string country, Guid? unitId, string label)
{
    public Guid VersionId { get; private set; } = versionId;

    public int Number { get; private set; } = number;

    public string Country { get; private set; } = country;

    /// <summary>The unit when the agent is a team of a unit; a canine team or a person has none.</summary>
    public Guid? UnitId { get; private set; } = unitId;

    /// <summary>The person's name, or the unit's.</summary>
    public string Label { get; private set; } = label;
}
