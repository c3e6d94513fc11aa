using Concordia.Domain.Legal;

namespace Concordia.Data.LegalDocuments;

/// <summary>
/// What an appointment or induction document states about one member: who they are, the event, the days it holds and
/// the legal status it is generated from. Officers with limited or full executive powers get an appointment, officers
/// without powers an induction certificate. The document is written in the host's language and the member's
/// (ISO 639-1 codes; a language without a wording falls back to English and the document says so). The QR code, when
/// there is one, holds the address where the member's badge is verified.
/// </summary>
public sealed record LegalDocumentData(
    string DocumentNumber,
    DateOnly IssuedOn,
    string EventName,
    string FamilyName,
    string GivenName,
    string? LatinName,
    string? Rank,
    string? Service,
    string CountryCode,
    string? PersonnelNumber,
    string OfficerType,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    LegalTerms Terms,
    string HostLanguage,
    string MemberLanguage,
    Uri? VerificationUrl = null)
{
    public bool IsAppointment => Terms.Powers != ExecutivePowers.None;
}
