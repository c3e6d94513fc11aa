namespace Concordia.Domain.Planning;

/// <summary>A member of an agent of a plan version, with what a duty roster shows of them.</summary>
public sealed class PlanAgentMember(Guid versionId, int agent, Guid memberId, string country, string displayName, string? rank, bool leader, string? dog)
{
    public Guid VersionId { get; private set; } = versionId;

    public int Agent { get; private set; } = agent;

    public Guid MemberId { get; private set; } = memberId;

    public string Country { get; private set; } = country;

    public string DisplayName { get; private set; } = displayName;

    public string? Rank { get; private set; } = rank;

    public bool Leader { get; private set; } = leader;

    /// <summary>The dog's name when the member is a canine handler.</summary>
    public string? Dog { get; private set; } = dog;
}
