using Concordia.Domain.Capabilities;
using Concordia.Domain.Common;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;

namespace Concordia.Domain.Legal;

/// <summary>
/// The legal status of a contributing country's officers at an event — for one type of officer, or for all of them —
/// as the host decided it (<see cref="LegalTerms"/>). Every decision and every document attached is a new
/// <see cref="LegalStatusVersion"/>: together they are the history. A status for a type of officer wins over the one
/// for all of the country's officers.
/// </summary>
public sealed class LegalStatus
{
    /// <summary>The key of a status that holds for every officer of the country.</summary>
    public const string AllOfficers = "All";

    private readonly List<LegalStatusVersion> versions = [];

    private LegalStatus()
    {
        Country = string.Empty;
        OfficerTypeKey = AllOfficers;
        Terms = null!;
        DecidedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of the contributing country.</summary>
    public string Country { get; private set; }

    /// <summary><see cref="AllOfficers"/>, or the name of the <see cref="CapabilityKind"/> the status is for.</summary>
    public string OfficerTypeKey { get; private set; }

    /// <summary>The type of officer the status is for; null for all of the country's officers.</summary>
    public CapabilityKind? OfficerType => OfficerTypeKey == AllOfficers ? null : Enum.Parse<CapabilityKind>(OfficerTypeKey);

    public LegalTerms Terms { get; private set; }

    public string DecidedBy { get; private set; }

    public DateTime DecidedAt { get; private set; }

    /// <summary>Number of the current version, from 1; clients send it back to change the status (optimistic concurrency).</summary>
    public int Version { get; private set; }

    /// <summary>The history; loaded only when asked for, but every change appends to it.</summary>
    public IReadOnlyList<LegalStatusVersion> Versions => versions;

    /// <summary>The host's first decision on the legal status of a country's officers (of a type, or all of them).</summary>
    public static Result<LegalStatus> Decide(Event ev, string country, CapabilityKind? officerType, LegalTerms terms, string by, DateTime at)
    {
        var check = new Check()
            .That(CountryCatalogue.Find(country)?.Alpha2 == country, "country", $"'{country}' is not an ISO 3166-1 alpha-2 country code")
            .That(country != ev.HostCountry, "country", "the host's own officers need no legal status as foreign officers")
            .That(officerType is null || Enum.IsDefined(officerType.Value), "officerType", "is not a known type of officer");
        CheckTerms(check, ev, terms);
        if (check.Failed)
        {
            return Result<LegalStatus>.Failure(check.Errors);
        }

        var status = new LegalStatus
        {
            Id = Guid.CreateVersion7(),
            EventId = ev.Id,
            Country = country,
            OfficerTypeKey = officerType?.ToString() ?? AllOfficers,
        };
        status.Apply(Normalised(terms), by, at, "decided");
        return status;
    }

    /// <summary>The host changes its decision; the earlier terms stay in the history.</summary>
    public Result<LegalStatus> Change(Event ev, LegalTerms terms, string? reason, string by, DateTime at)
    {
        var check = new Check().Optional(reason, "reason", 200);
        CheckTerms(check, ev, terms);
        if (check.Failed)
        {
            return Result<LegalStatus>.Failure(check.Errors);
        }

        Apply(Normalised(terms), by, at, string.IsNullOrWhiteSpace(reason) ? "changed" : "changed: " + reason.Trim());
        return this;
    }

    /// <summary>Records in the history that a document was attached to the status.</summary>
    public void Attached(LegalDocument document, string by, DateTime at) =>
        Record(by, at, $"document attached: {document.Title} ({document.FileName})");

    /// <summary>Whether the terms hold on <paramref name="day"/>.</summary>
    public bool HoldsOn(DateOnly day) => Terms.ValidFrom <= day && day <= Terms.ValidTo;

    private static void CheckTerms(Check check, Event ev, LegalTerms terms)
    {
        var weapons = terms.WeaponTypes ?? [];
        check.That(Enum.IsDefined(terms.Uniform), "uniform", "is not a known kind of uniform")
            .That(Enum.IsDefined(terms.Powers), "powers", "is not a known level of executive powers")
            .That(Enum.IsDefined(terms.Command), "command", "is not a known command")
            .That(Enum.IsDefined(terms.Basis), "basis", "is not a known legal basis")
            .That(!terms.Armed || weapons.Count > 0, "weaponTypes", "armed officers need at least one weapon type")
            .That(terms.Armed || weapons.Count == 0, "weaponTypes", "unarmed officers carry no weapons: leave the weapon types empty")
            .That(weapons.Count <= 20, "weaponTypes", "must be at most 20")
            .That(weapons.Select(w => w?.Trim().ToUpperInvariant()).Distinct().Count() == weapons.Count, "weaponTypes", "must not repeat a weapon type")
            .That(terms.HostOfficersPerForeignOfficer is >= 0 and <= 10, "hostOfficersPerForeignOfficer", "must be between 0 and 10")
            .That(terms.Powers == ExecutivePowers.None || !string.IsNullOrWhiteSpace(terms.HomeStateConsent), "homeStateConsent",
                "executive powers need the home state's consent (Prüm Decision, article 17): state its reference")
            .That(terms.Powers == ExecutivePowers.None || terms.ConsentDate is not null, "consentDate",
                "executive powers need the date of the home state's consent")
            .That(terms.ConsentDate is null || terms.ConsentDate <= terms.ValidTo, "consentDate", "must not be after the status ends")
            .That(terms.Powers != ExecutivePowers.Limited || !string.IsNullOrWhiteSpace(terms.PowersNote), "powersNote",
                "limited powers need a note of which powers")
            .Name(terms.BasisReference, "basisReference", 300)
            .Optional(terms.PowersNote, "powersNote", 500)
            .Optional(terms.HomeStateConsent, "homeStateConsent", 300)
            .That(terms.ValidFrom <= terms.ValidTo, "validTo", "must not be before validFrom")
            .That(terms.ValidFrom >= ev.Start && terms.ValidFrom <= ev.End, "validFrom", $"must lie within the event's dates {ev.Start:yyyy-MM-dd} to {ev.End:yyyy-MM-dd}")
            .That(terms.ValidTo >= ev.Start && terms.ValidTo <= ev.End, "validTo", $"must lie within the event's dates {ev.Start:yyyy-MM-dd} to {ev.End:yyyy-MM-dd}");
        for (var i = 0; i < weapons.Count; i++)
        {
            check.Name(weapons[i], $"weaponTypes[{i}]", 100);
        }
    }

    private static LegalTerms Normalised(LegalTerms terms) => terms with
    {
        WeaponTypes = [.. (terms.WeaponTypes ?? []).Select(w => w.Trim())],
        PowersNote = terms.Powers == ExecutivePowers.None || string.IsNullOrWhiteSpace(terms.PowersNote) ? null : terms.PowersNote.Trim(),
        HomeStateConsent = terms.Powers == ExecutivePowers.None || string.IsNullOrWhiteSpace(terms.HomeStateConsent) ? null : terms.HomeStateConsent.Trim(),
        ConsentDate = terms.Powers == ExecutivePowers.None ? null : terms.ConsentDate,
        BasisReference = terms.BasisReference.Trim(),
    };

    private void Apply(LegalTerms terms, string by, DateTime at, string change)
    {
        Terms = terms;
        DecidedBy = by;
        DecidedAt = at;
        Record(by, at, change);
    }

    private void Record(string by, DateTime at, string change)
    {
        Version++;
        versions.Add(new LegalStatusVersion(Id, Version, at, by, change, Terms));
    }
}
