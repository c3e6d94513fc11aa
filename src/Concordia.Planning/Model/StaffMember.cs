namespace Concordia.Planning.Model;

/// <summary>
/// A person or dog who can be deployed. Members sharing a <see cref="TeamId"/> are planned as one unit.
/// An empty <see cref="Availability"/> means available for the whole horizon.
/// </summary>
public sealed record StaffMember
{
    public required string Id { get; init; }
    public IReadOnlyList<string> Capabilities { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string Country { get; init; } = "";
    public bool Host { get; init; } = true;
    public StaffKind Kind { get; init; } = StaffKind.Person;
    public string? TeamId { get; init; }

    /// <summary>Whether the member carries a weapon on duty (a demand for armed officers takes only those who do).</summary>
    public bool Armed { get; init; }

    /// <summary>
    /// For a foreign officer, the host officers that must be on duty alongside them at a site and window (their
    /// country's legal status); empty: the rules' <c>hostsPerForeign</c>.
    /// </summary>
    public int? HostsAlongside { get; init; }

    /// <summary>
    /// A person without executive powers here (a foreign officer whose status gives none): never at a site and window
    /// without someone who has them.
    /// </summary>
    public bool NoPowers { get; init; }

    /// <summary>
    /// For a person serving under their own country's command, the id of their unit's leader: they serve only at a site
    /// and window where that leader serves too. Empty: under the host's command (or the leader).
    /// </summary>
    public string? CommandedBy { get; init; }
    public IReadOnlyList<Availability> Availability { get; init; } = [];
    public IReadOnlyList<DateOnly> DaysOff { get; init; } = [];

    /// <summary>Limits of this member's contract; each field left empty falls back to the problem's defaults.</summary>
    public WorkLimits? Limits { get; init; }
}
