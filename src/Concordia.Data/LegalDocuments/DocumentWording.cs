namespace Concordia.Data.LegalDocuments;

/// <summary>
/// The fixed texts of an appointment or induction document in one language. A record with every text as a required
/// member, so a language cannot be added with a text missing; the values are in <see cref="DocumentWordings"/>.
/// </summary>
public sealed record DocumentWording
{
    /// <summary>ISO 639-1 code of the language.</summary>
    public required string Language { get; init; }

    /// <summary>The language's name in the language itself ("Polski").</summary>
    public required string LanguageName { get; init; }

    public required string AppointmentTitle { get; init; }

    public required string InductionTitle { get; init; }

    public required string AppointmentIntro { get; init; }

    public required string InductionIntro { get; init; }

    public required string Officer { get; init; }

    public required string Name { get; init; }

    public required string Rank { get; init; }

    public required string Service { get; init; }

    public required string Country { get; init; }

    public required string PersonnelNumber { get; init; }

    public required string OfficerType { get; init; }

    public required string Event { get; init; }

    public required string Validity { get; init; }

    public required string LegalBasis { get; init; }

    public required string BasisAgreement { get; init; }

    public required string BasisInvitation { get; init; }

    public required string BasisLaw { get; init; }

    public required string Powers { get; init; }

    public required string PowersNone { get; init; }

    public required string PowersLimited { get; init; }

    public required string PowersFull { get; init; }

    public required string Consent { get; init; }

    public required string Weapons { get; init; }

    public required string Armed { get; init; }

    public required string Unarmed { get; init; }

    public required string Dress { get; init; }

    public required string NationalUniform { get; init; }

    public required string HostUniform { get; init; }

    public required string CivilianWithPoliceVest { get; init; }

    public required string CivilianClothes { get; init; }

    public required string Command { get; init; }

    public required string CommandHost { get; init; }

    public required string CommandOwn { get; init; }

    public required string HostOfficers { get; init; }

    public required string MayTitle { get; init; }

    public required string MayNotTitle { get; init; }

    public required string MayAssist { get; init; }

    public required string MayUsePowers { get; init; }

    public required string MayNotUsePowers { get; init; }

    public required string MayCarryWeapons { get; init; }

    public required string MayNotCarryWeapons { get; init; }

    public required string MayNotServeAlone { get; init; }

    public required string MayNotActOutside { get; init; }

    public required string DocumentNumber { get; init; }

    public required string IssuedOn { get; init; }

    public required string Verify { get; init; }

    public required string Signature { get; init; }
}
