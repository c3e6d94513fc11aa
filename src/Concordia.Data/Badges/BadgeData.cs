namespace Concordia.Data.Badges;

/// <summary>
/// What an accreditation badge shows. Names are printed exactly as written (Latin with diacritics, Greek, Cyrillic);
/// for a name in another script (Arabic, Hebrew, Chinese...) the badge prints <see cref="LatinName"/>, the name as
/// the travel document's machine-readable zone writes it. The QR code holds <see cref="VerificationUrl"/>, the page
/// where a site commander sees whether the badge is valid or revoked. <see cref="Armed"/> prints "ARMED · ARMÉ" with
/// <see cref="Arms"/> (the weapon type and its authorisation's days) or "UNARMED · NON ARMÉ"; null prints neither.
/// <see cref="Dog"/> is a canine team's dog (name and speciality).
/// </summary>
public sealed record BadgeData(
    string EventName,
    string FamilyName,
    string GivenName,
    string CountryCode,
    string Capability,
    string BadgeNumber,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    Uri VerificationUrl,
    string? LatinName = null,
    bool? Armed = null,
    string? Arms = null,
    string? Dog = null);
