namespace Concordia.Domain.Contingents;

/// <summary>
/// What a liaison states about a member of the contingent. Names are kept exactly as written in the person's own
/// language and script; <see cref="LatinName"/> is the name in Latin letters (as the travel document's machine-readable
/// zone writes it) for a name in a script a badge cannot print. Date of birth, identity document number and personal
/// phone are personal data: stored encrypted, shown masked in lists. <see cref="PersonnelNumber"/> is the member's
/// number in their own service, the stable key roster imports match on. A canine team is one member, the handler,
/// with the <see cref="Dog"/>.
/// </summary>
public sealed record MemberDetails(
    string FamilyName,
    string GivenName,
    string? Rank = null,
    string? Service = null,
    Guid? CapabilityId = null,
    DateOnly? DateOfBirth = null,
    string? DocumentNumber = null,
    string? Phone = null,
    string? PersonnelNumber = null,
    string? LatinName = null,
    IReadOnlyList<LanguageSkill>? Languages = null,
    IReadOnlyList<string>? Skills = null,
    bool? Armed = null,
    WeaponAuthorisation? WeaponAuthorisation = null,
    IReadOnlyList<string>? DrivingLicence = null,
    CanineDetails? Dog = null);
