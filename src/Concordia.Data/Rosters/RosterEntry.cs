using Concordia.Domain.Contingents;

namespace Concordia.Data.Rosters;

/// <summary>
/// One member as a roster file states it, every cell parsed and checked. Names are kept as written in the person's
/// own language and script (Unicode NFC). <see cref="PersonnelNumber"/> is the stable key that makes re-importing
/// the same file change nothing and an updated file update the matching members. <see cref="Unit"/> names the unit the
/// member serves in (a squad, a company, a dog section); empty leaves the member's unit as it is. Two entries are equal when every
/// field is equal, lists compared item by item, so an import can tell which members really changed.
/// </summary>
public sealed record RosterEntry(
    string PersonnelNumber,
    string FamilyName,
    string GivenName,
    string? Rank,
    string? Service,
    string CapabilityCode,
    IReadOnlyList<LanguageSkill> Languages,
    IReadOnlyList<string> Skills,
    bool? Armed,
    WeaponAuthorisation? WeaponAuthorisation,
    IReadOnlyList<string> DrivingLicence,
    DateOnly? DateOfBirth,
    string? DocumentNumber,
    string? Phone,
    CanineDetails? Dog,
    string? LatinName = null,
    string? Unit = null)
{
    public bool Equals(RosterEntry? other) =>
        other is not null &&
        PersonnelNumber == other.PersonnelNumber &&
        FamilyName == other.FamilyName &&
        GivenName == other.GivenName &&
        Rank == other.Rank &&
        Service == other.Service &&
        CapabilityCode == other.CapabilityCode &&
        Languages.SequenceEqual(other.Languages) &&
        Skills.SequenceEqual(other.Skills) &&
        Armed == other.Armed &&
        WeaponAuthorisation == other.WeaponAuthorisation &&
        DrivingLicence.SequenceEqual(other.DrivingLicence) &&
        DateOfBirth == other.DateOfBirth &&
        DocumentNumber == other.DocumentNumber &&
        Phone == other.Phone &&
        Dog == other.Dog &&
        LatinName == other.LatinName &&
        Unit == other.Unit;

    public override int GetHashCode() =>
        HashCode.Combine(PersonnelNumber, FamilyName, GivenName, CapabilityCode, DateOfBirth, DocumentNumber, Languages.Count, Skills.Count);
}
