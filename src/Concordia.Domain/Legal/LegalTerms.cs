namespace Concordia.Domain.Legal;

/// <summary>
/// What the host decided for a country's officers (of one type) at an event: whether they carry weapons and which,
/// what they wear, their executive powers and the home state's consent to them, how many host officers go with each
/// of them, who commands them, on what legal basis and for which days.
/// </summary>
/// <param name="Armed">Whether the officers carry weapons on duty.</param>
/// <param name="WeaponTypes">The weapon types armed officers may carry (e.g. "pistol"); empty when unarmed.</param>
/// <param name="Uniform">What they wear on duty.</param>
/// <param name="Powers">Their executive powers on the host's soil.</param>
/// <param name="PowersNote">For limited powers, which ones (e.g. "stop and search with a host officer present").</param>
/// <param name="HomeStateConsent">The home state's consent to executive powers: its reference (a note, a letter).</param>
/// <param name="ConsentDate">The day the home state consented.</param>
/// <param name="HostOfficersPerForeignOfficer">Host officers on duty alongside each foreign officer at a site and shift.</param>
/// <param name="Command">Whose chain of command they serve under.</param>
/// <param name="Basis">What their presence rests on.</param>
/// <param name="BasisReference">The agreement, invitation or law article (e.g. "Article R315-6, internal security code").</param>
/// <param name="ValidFrom">First day the terms hold, within the event.</param>
/// <param name="ValidTo">Last day the terms hold, within the event.</param>
public sealed record LegalTerms(
    bool Armed,
    IReadOnlyList<string> WeaponTypes,
    Uniform Uniform,
    ExecutivePowers Powers,
    string? PowersNote,
    string? HomeStateConsent,
    DateOnly? ConsentDate,
    int HostOfficersPerForeignOfficer,
    CommandAuthority Command,
    LegalBasisKind Basis,
    string BasisReference,
    DateOnly ValidFrom,
    DateOnly ValidTo);
