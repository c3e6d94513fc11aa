using System.Text.RegularExpressions;
using Concordia.Domain.Common;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Concordia.Domain.Legal;

namespace Concordia.Domain.Equipment;

/// <summary>
/// A weapon, vehicle, radio or dog registered for a member of a contingent (or of the host's own forces), or held by one
/// of its units as a whole (a public-order unit's vehicle and radios, a section's weapons list). A weapon
/// carries the host's authorisation to carry it: requested, granted (with its validity, within the event, and the
/// authorisation as a PDF), refused or expired. Only a weapon whose authorisation is granted and valid on a day lets
/// its holder serve on an armed duty that day (<see cref="AuthorisesOn"/>); a unit's weapon arms none of its members.
/// </summary>
public sealed partial class EquipmentItem
{
    private EquipmentItem()
    {
        Country = string.Empty;
        Type = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The member who holds the item; null for an item a unit holds as a whole.</summary>
    public Guid? MemberId { get; private set; }

    /// <summary>The unit that holds the item as a whole; null for a member's item.</summary>
    public Guid? UnitId { get; private set; }

    /// <summary>The holder's country: the item is that country's data, as the member or unit is.</summary>
    public string Country { get; private set; }

    public EquipmentKind Kind { get; private set; }

    /// <inheritdoc cref="EquipmentDetails.Type"/>
    public string Type { get; private set; }

    /// <inheritdoc cref="EquipmentDetails.Reference"/>
    public string? Reference { get; private set; }

    /// <inheritdoc cref="EquipmentDetails.Serial"/>
    public string? Serial { get; private set; }

    /// <inheritdoc cref="EquipmentDetails.Name"/>
    public string? Name { get; private set; }

    public DetectionSpeciality? Speciality { get; private set; }

    public DateOnly? VaccinationValidUntil { get; private set; }

    public AuthorisationStatus? Authorisation { get; private set; }

    public DateOnly? AuthorisedFrom { get; private set; }

    public DateOnly? AuthorisedTo { get; private set; }

    public string? DocumentFileName { get; private set; }

    public byte[]? DocumentContent { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Number of the current version, from 1; clients send it back to change the item (optimistic concurrency).</summary>
    public int Version { get; private set; }

    public EquipmentDetails Details => new(Kind, Type, Reference, Serial, Name, Speciality, VaccinationValidUntil, Authorisation, AuthorisedFrom, AuthorisedTo);

    /// <summary>
    /// Registers an item for a member. <paramref name="weaponTypes"/> are the weapon types the member's legal status
    /// allows; when it lists any, a weapon must be of one of them.
    /// </summary>
    public static Result<EquipmentItem> Register(Event ev, Member member, EquipmentDetails details, AuthorisationDocument? document,
        IReadOnlyList<string> weaponTypes, string by, DateTime at)
    {
        var check = new Check().That(member.EventId == ev.Id, "memberId", "is not a member of this event");
        return New(check, ev, new EquipmentItem { MemberId = member.Id, Country = member.Country }, details, document, weaponTypes, by, at);
    }

    /// <summary>
    /// Registers an item a unit holds as a whole. <paramref name="weaponTypes"/> are the weapon types the legal status of
    /// the unit's officers allows; when it lists any, a weapon must be of one of them.
    /// </summary>
    public static Result<EquipmentItem> RegisterForUnit(Event ev, Unit unit, EquipmentDetails details, AuthorisationDocument? document,
        IReadOnlyList<string> weaponTypes, string by, DateTime at)
    {
        var check = new Check().That(unit.EventId == ev.Id, "unitId", "is not a unit of this event");
        return New(check, ev, new EquipmentItem { UnitId = unit.Id, Country = unit.Country }, details, document, weaponTypes, by, at);
    }

    /// <summary>A new item for its holder (member or unit, already set on <paramref name="item"/>) once its details pass.</summary>
    private static Result<EquipmentItem> New(Check check, Event ev, EquipmentItem item, EquipmentDetails details, AuthorisationDocument? document,
        IReadOnlyList<string> weaponTypes, string by, DateTime at)
    {
        CheckDetails(check, ev, details, document, hasDocument: false, weaponTypes);
        if (check.Failed)
        {
            return Result<EquipmentItem>.Failure(check.Errors);
        }

        item.Id = Guid.CreateVersion7();
        item.EventId = ev.Id;
        item.Apply(details, document, by, at);
        return item;
    }

    /// <summary>Changes what is stated about the item (its kind stays); without a new document, the one kept stays.</summary>
    public Result<EquipmentItem> Change(Event ev, EquipmentDetails details, AuthorisationDocument? document, IReadOnlyList<string> weaponTypes,
        string by, DateTime at)
    {
        var check = new Check().That(details.Kind == Kind, "kind", "cannot change: remove the item and register another");
        CheckDetails(check, ev, details, document, hasDocument: DocumentContent is not null, weaponTypes);
        if (check.Failed)
        {
            return Result<EquipmentItem>.Failure(check.Errors);
        }

        Apply(details, document, by, at);
        return this;
    }

    /// <summary>Whether this is a weapon its holder may carry on <paramref name="day"/>: authorisation granted and valid that day.</summary>
    public bool AuthorisesOn(DateOnly day) =>
        Kind == EquipmentKind.Weapon && Authorisation == AuthorisationStatus.Granted && AuthorisedFrom <= day && day <= AuthorisedTo;

    private static void CheckDetails(Check check, Event ev, EquipmentDetails details, AuthorisationDocument? document, bool hasDocument,
        IReadOnlyList<string> weaponTypes)
    {
        var within = $"must lie within the event's dates {ev.Start:yyyy-MM-dd} to {ev.End:yyyy-MM-dd}";
        check.That(Enum.IsDefined(details.Kind), "kind", "is not a known kind of equipment: weapon, vehicle, radio or dog");
        switch (details.Kind)
        {
            case EquipmentKind.Weapon:
                check.Name(details.Type, "type", 100)
                    .That(weaponTypes.Count == 0 || string.IsNullOrWhiteSpace(details.Type)
                        || weaponTypes.Any(w => string.Equals(w.Trim(), details.Type.Trim(), StringComparison.OrdinalIgnoreCase)),
                        "type", $"is not a weapon type the legal status allows ({string.Join(", ", weaponTypes)})")
                    .That(details.Serial is { } s && SerialNumber().IsMatch(s.Trim()), "serial",
                        "is required: 3 to 40 letters, digits, '-', '/' or '.'")
                    .That(details.Authorisation is { } a && Enum.IsDefined(a), "authorisation", "is required: requested, granted, refused or expired")
                    .That(details.AuthorisedFrom is null || details.AuthorisedTo is null || details.AuthorisedFrom <= details.AuthorisedTo,
                        "authorisedTo", "must not be before authorisedFrom")
                    .That(details.AuthorisedFrom is null || (details.AuthorisedFrom >= ev.Start && details.AuthorisedFrom <= ev.End), "authorisedFrom", within)
                    .That(details.AuthorisedTo is null || (details.AuthorisedTo >= ev.Start && details.AuthorisedTo <= ev.End), "authorisedTo", within);
                if (details.Authorisation is AuthorisationStatus.Granted or AuthorisationStatus.Expired)
                {
                    check.That(details.AuthorisedFrom is not null, "authorisedFrom", "a granted authorisation needs the first day it holds")
                        .That(details.AuthorisedTo is not null, "authorisedTo", "a granted authorisation needs the last day it holds");
                }

                if (details.Authorisation == AuthorisationStatus.Granted)
                {
                    check.That(document is not null || hasDocument, "document", "a granted authorisation needs its document (a PDF)");
                }

                if (document is not null)
                {
                    Pdf.Check(check, Path.GetFileName(document.FileName?.Trim() ?? string.Empty), document.Content, "document", "document");
                }

                break;
            case EquipmentKind.Vehicle:
                check.Name(details.Type, "type", 100)
                    .That(details.Reference is { } plate && Plate().IsMatch(plate.Trim()), "reference",
                        "is the registration plate: 2 to 15 letters, digits, spaces or '-'");
                break;
            case EquipmentKind.Radio:
                check.Name(details.Type, "type", 100).Name(details.Reference, "reference", 40);
                break;
            case EquipmentKind.Dog:
                check.Name(details.Name, "name", 60)
                    .Optional(details.Type, "type", 100)
                    .That(details.Speciality is { } sp && Enum.IsDefined(sp), "speciality", "is required: what the dog is trained for")
                    .That(details.Reference is { } chip && Microchip().IsMatch(chip.Trim()), "reference",
                        "is the dog's microchip number: 15 digits (ISO 11784)")
                    .That(details.VaccinationValidUntil is not null, "vaccinationValidUntil", "is required: the last day the rabies vaccination is valid")
                    .That(details.VaccinationValidUntil is null || details.VaccinationValidUntil >= ev.End, "vaccinationValidUntil",
                        $"must cover the whole event, to {ev.End:yyyy-MM-dd}");
                break;
        }
    }

    private void Apply(EquipmentDetails details, AuthorisationDocument? document, string by, DateTime at)
    {
        Kind = details.Kind;
        Type = details.Type?.Trim() ?? string.Empty;
        var weapon = Kind == EquipmentKind.Weapon;
        var dog = Kind == EquipmentKind.Dog;
        Reference = weapon ? null : details.Reference?.Trim();
        Serial = weapon ? details.Serial!.Trim() : null;
        Name = dog ? details.Name!.Trim() : null;
        Speciality = dog ? details.Speciality : null;
        VaccinationValidUntil = dog ? details.VaccinationValidUntil : null;
        Authorisation = weapon ? details.Authorisation : null;
        AuthorisedFrom = weapon ? details.AuthorisedFrom : null;
        AuthorisedTo = weapon ? details.AuthorisedTo : null;
        if (weapon && document is not null)
        {
            DocumentFileName = Path.GetFileName(document.FileName!.Trim());
            DocumentContent = document.Content;
        }

        UpdatedBy = by;
        UpdatedAt = at;
        Version++;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9\-/.]{2,39}$")]
    private static partial Regex SerialNumber();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 \-]{1,14}$")]
    private static partial Regex Plate();

    [GeneratedRegex(@"^[0-9]{15}$")]
    private static partial Regex Microchip();
}
