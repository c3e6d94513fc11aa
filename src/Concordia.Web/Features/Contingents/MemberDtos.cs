using System.Globalization;
using Concordia.Data.Privacy;
using Concordia.Domain.Contingents;

namespace Concordia.Web.Features.Contingents;

/// <summary>
/// A contingent member. Date of birth, identity document and phone are masked unless
/// <see cref="PersonalDataShown"/> (the caller is a vetting officer or the member's own liaison, reading one member).
/// </summary>
public sealed record MemberDto(Guid Id, Guid EventId, string Country, string FamilyName, string GivenName, string? Rank, string? Service,
    Guid? CapabilityId, string? DateOfBirth, string? DocumentNumber, string? Phone, bool PersonalDataShown, DateTime? ErasedAt, int Version)
{
    public static MemberDto From(Member m, bool reveal) =>
        new(m.Id, m.EventId, m.Country, m.FamilyName, m.GivenName, m.Rank, m.Service, m.CapabilityId,
            reveal ? m.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Masking.Mask(m.DateOfBirth),
            reveal ? m.DocumentNumber : Masking.Mask(m.DocumentNumber),
            reveal ? m.Phone : Masking.Mask(m.Phone),
            reveal, m.ErasedAt, m.Version);
}

/// <summary>A member to create or change; <see cref="Version"/> is required when changing.</summary>
public sealed record MemberRequest(string FamilyName, string GivenName, string? Rank, string? Service, Guid? CapabilityId,
    DateOnly? DateOfBirth, string? DocumentNumber, string? Phone, int? Version)
{
    public MemberDetails ToDetails() => new(FamilyName ?? string.Empty, GivenName ?? string.Empty, Rank, Service, CapabilityId, DateOfBirth, DocumentNumber, Phone);
}

public sealed record ContingentSummaryDto(string Country, string? CountryName, int Members);
