namespace Concordia.Domain.Planning;

/// <summary>
/// One unit on duty in a plan version: a person, or a team (a canine team, a public-order unit) counted once, at a
/// site in a window for a capability. Who the unit is lies in <see cref="PlanAgent"/>; a version's duties never change.
/// </summary>
public sealed class PlanDuty(Guid versionId, int number, int agent, string country, Guid siteId, Guid capabilityId, DateTime start, DateTime end)
{
    public Guid VersionId { get; private set; } = versionId;

    /// <summary>Position of the duty in its version.</summary>
    public int Number { get; private set; } = number;

    public int Agent { get; private set; } = agent;

    /// <summary>The unit's country: a liaison sees only their country's duties.</summary>
    public string Country { get; private set; } = country;

    public Guid SiteId { get; private set; } = siteId;

    public Guid CapabilityId { get; private set; } = capabilityId;

    public DateTime Start { get; private set; } = start;

    public DateTime End { get; private set; } = end;
}
