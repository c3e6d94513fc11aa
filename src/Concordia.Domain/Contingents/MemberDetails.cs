namespace Concordia.Domain.Contingents;

/// <summary>
/// What a liaison states about a member of the contingent. Names are kept exactly as written in the person's own
/// language and script. Date of birth, identity document number and personal phone are personal data: stored
/// encrypted, shown masked in lists.
/// </summary>
public sealed record MemberDetails(
    string FamilyName,
    string GivenName,
    string? Rank = null,
    string? Service = null,
    Guid? CapabilityId = null,
    DateOnly? DateOfBirth = null,
    string? DocumentNumber = null,
    string? Phone = null);
