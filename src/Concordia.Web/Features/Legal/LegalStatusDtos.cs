using Concordia.Domain.Legal;

namespace Concordia.Web.Features.Legal;

/// <summary>
/// The host's decision on a country's officers (of one type, or all): every term is required except the notes on
/// powers and consent, which executive powers need. <see cref="Version"/> is the status version the client last read
/// (omit it for a first decision).
/// </summary>
public sealed record LegalStatusRequest(
    bool? Armed,
    IReadOnlyList<string>? WeaponTypes,
    Uniform? Uniform,
    ExecutivePowers? Powers,
    string? PowersNote,
    string? HomeStateConsent,
    DateOnly? ConsentDate,
    int? HostOfficersPerForeignOfficer,
    CommandAuthority? Command,
    LegalBasisKind? Basis,
    string? BasisReference,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? Reason,
    int? Version);

/// <summary>A remark on a legal status, by the country's liaison or the host.</summary>
public sealed record LegalCommentRequest(string? Text);

/// <summary>A legal status with its history, the remarks on it and its documents.</summary>
public sealed record LegalStatusDto(
    Guid Id,
    string Country,
    string CountryName,
    string OfficerType,
    string OfficerTypeName,
    LegalTerms Terms,
    int Version,
    string DecidedBy,
    DateTimeOffset DecidedAt,
    IReadOnlyList<LegalStatusVersionDto> Versions,
    IReadOnlyList<LegalCommentDto> Comments,
    IReadOnlyList<LegalDocumentDto> Documents);

public sealed record LegalStatusVersionDto(int Number, DateTimeOffset ChangedAt, string ChangedBy, string Change, LegalTerms Terms);

public sealed record LegalCommentDto(Guid Id, string Author, bool ByHost, int OnVersion, DateTimeOffset WrittenAt, string Text);

/// <summary>A document of a legal status; <see cref="Url"/> downloads the PDF.</summary>
public sealed record LegalDocumentDto(Guid Id, string Title, string FileName, int SizeBytes, string UploadedBy, DateTimeOffset UploadedAt, string Url);

/// <summary>One line of the event's overview: a country's status for a type of officer, without its history.</summary>
public sealed record LegalStatusSummaryDto(
    Guid Id,
    string Country,
    string CountryName,
    string OfficerType,
    string OfficerTypeName,
    LegalTerms Terms,
    int Version,
    DateTimeOffset DecidedAt,
    int Comments,
    int Documents);
