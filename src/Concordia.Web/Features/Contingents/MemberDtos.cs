using System.Globalization;
using Concordia.Data.Privacy;
using Concordia.Domain.Contingents;

namespace Concordia.Web.Features.Contingents;

/// <summary>
/// A contingent member. Date of birth, identity document and phone are masked unless
/// <see cref="PersonalDataShown"/> (the caller is a vetting officer or the member's own liaison, reading one member).
/// A canine team is one member, the handler, with its <see cref="Dog"/>.
/// </summary>
public sealed record MemberDto(Guid Id, Guid EventId, string Country, string? PersonnelNumber, string FamilyName, string GivenName, string? LatinName,
    string? Rank, string? Service, Guid? CapabilityId, IReadOnlyList<LanguageSkill> Languages, IReadOnlyList<string> Skills, bool? Armed,
    WeaponAuthorisation? WeaponAuthorisation, IReadOnlyList<string> DrivingLicence, string? DateOfBirth, string? DocumentNumber, string? Phone,
    CanineDetails? Dog, Guid? CommitmentId, Guid? UnitId, AccreditationDto Accreditation, TravelDto Travel, bool PersonalDataShown, DateTime? ErasedAt,
    int Version)
{
    public static MemberDto From(Member m, bool reveal) =>
        new(m.Id, m.EventId, m.Country, m.PersonnelNumber, m.FamilyName, m.GivenName, m.LatinName, m.Rank, m.Service, m.CapabilityId, m.Languages,
            m.Skills, m.Armed, m.WeaponAuthorisation, m.DrivingLicence,
            reveal ? m.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Masking.Mask(m.DateOfBirth),
            reveal ? m.DocumentNumber : Masking.Mask(m.DocumentNumber),
            reveal ? m.Phone : Masking.Mask(m.Phone),
            m.Dog, m.CommitmentId, m.UnitId, AccreditationDto.From(m), TravelDto.From(m), reveal, m.ErasedAt, m.Version);
}

/// <summary>Where the member stands with the vetting officers, and the badge in force or last revoked.</summary>
public sealed record AccreditationDto(AccreditationStatus Status, DateTime SubmittedAt, DateTime? DecidedAt, string? RefusalReason, BadgeDto? Badge)
{
    public static AccreditationDto From(Member m)
    {
        var badge = m.ActiveBadge ?? m.Badges.OrderByDescending(b => b.IssuedAt).FirstOrDefault();
        return new(m.Status, m.SubmittedAt, m.DecidedAt, m.RefusalReason,
            badge is null ? null : new BadgeDto(badge.Number, badge.ValidFrom, badge.ValidUntil, badge.IssuedAt, badge.RevokedAt));
    }
}

public sealed record BadgeDto(string Number, DateOnly ValidFrom, DateOnly ValidUntil, DateTime IssuedAt, DateTime? RevokedAt);

/// <summary>The member's journey and arrival.</summary>
public sealed record TravelDto(TravelLeg? Arrival, TravelLeg? Departure, DateTime? CheckedInAt, string? CheckInPlace)
{
    public static TravelDto From(Member m) => new(m.Arrival, m.Departure, m.CheckedInAt, m.CheckInPlace);
}

/// <summary>
/// A member to create or change; <see cref="Version"/> is required when changing. <see cref="CommitmentId"/> links the
/// member to an accepted commitment of its capability; when absent, a new member is linked to the first with room.
/// </summary>
public sealed record MemberRequest(string FamilyName, string GivenName, string? Rank, string? Service, Guid? CapabilityId,
    DateOnly? DateOfBirth, string? DocumentNumber, string? Phone, int? Version, string? PersonnelNumber = null, string? LatinName = null,
    IReadOnlyList<LanguageSkill>? Languages = null, IReadOnlyList<string>? Skills = null, bool? Armed = null,
    WeaponAuthorisation? WeaponAuthorisation = null, IReadOnlyList<string>? DrivingLicence = null, CanineDetails? Dog = null, Guid? CommitmentId = null)
{
    public MemberDetails ToDetails() => new(FamilyName ?? string.Empty, GivenName ?? string.Empty, Rank, Service, CapabilityId, DateOfBirth, DocumentNumber,
        Phone, PersonnelNumber, LatinName, Languages, Skills, Armed, WeaponAuthorisation, DrivingLicence, Dog);
}
