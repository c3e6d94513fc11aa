using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Domain.Common;
using Concordia.Domain.Contingents;
using Concordia.Domain.Equipment;
using Concordia.Domain.Events;
using Concordia.Domain.Legal;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Equipment;

/// <summary>
/// The equipment, weapons and dogs register, for the API and the pages alike. An item is held by a member or by a unit as
/// a whole (<see cref="ItemHolder"/>). A contingent's own liaison registers its items and requests weapon authorisations; the host (coordinators, vetting officers, administrators)
/// also records the authorisation's outcome (granted with its PDF, refused, expired). Weapon serials are encrypted at
/// rest and masked when read; <see cref="RevealSerialAsync"/> shows one in full to those with a need to know, and the
/// audit trail records it. The data layer hides other countries' items (and the host's own forces' from liaisons).
/// </summary>
public static class EquipmentRegister
{
    /// <summary>A granted authorisation ending within this many days counts as expiring soon.</summary>
    public const int ExpiringWithinDays = 7;

    /// <summary>The items of a member or of a unit (weapon serials masked).</summary>
    public static async Task<Outcome<IReadOnlyList<EquipmentItemDto>>> ForHolderAsync(ConcordiaDbContext db, ItemHolder holder, TimeProvider time,
        CancellationToken ct)
    {
        if (await HoldingAsync(db, holder, ct) is not { } holding)
        {
            return Outcome<IReadOnlyList<EquipmentItemDto>>.Missing(NotFound(holder));
        }

        var items = await Held(db.Equipment.AsNoTracking(), holder).OrderBy(i => i.Kind).ThenBy(i => i.Id).Select(Listed).ToListAsync(ct);
        var today = Today(time);
        return Outcome<IReadOnlyList<EquipmentItemDto>>.Ok([.. items.Select(i => Dto(i, holding.Name, today))]);
    }

    public static async Task<Outcome<EquipmentRegisterDto>> ForCountryAsync(ConcordiaDbContext db, Guid eventId, string country, TimeProvider time,
        CancellationToken ct)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, ct))
        {
            return Outcome<EquipmentRegisterDto>.Missing(Events.EventLookup.NotFound(eventId));
        }

        var people = await db.Members.AsNoTracking().Where(m => m.EventId == eventId && m.Country == country && m.AgencyId == null)
            .Select(m => new { m.Id, m.FamilyName, m.GivenName, m.Armed, m.ErasedAt }).ToListAsync(ct);
        var names = people.ToDictionary(m => m.Id, m => $"{m.FamilyName.ToUpperInvariant()} {m.GivenName}".TrimEnd());
        var units = await db.Units.AsNoTracking().Where(u => u.EventId == eventId && u.Country == country && u.AgencyId == null)
            .ToDictionaryAsync(u => u.Id, u => UnitName(u.Name), ct);
        var items = await db.Equipment.AsNoTracking().Where(i => i.EventId == eventId && i.Country == country)
            .Select(Listed).ToListAsync(ct);
        var today = Today(time);
        var dtos = items
            .Select(i => i.MemberId is { } m ? (i, Name: names.GetValueOrDefault(m)) : (i, Name: units.GetValueOrDefault(i.UnitId!.Value)))
            .Where(x => x.Name is not null).Select(x => Dto(x.i, x.Name!, today))
            .OrderBy(i => i.UnitId is null).ThenBy(i => i.HolderName, StringComparer.CurrentCulture).ThenBy(i => i.Kind).ThenBy(i => i.Id).ToList();
        var withWeapon = dtos.Where(i => i.Kind == EquipmentKind.Weapon && i.MemberId is not null).Select(i => i.MemberId!.Value).ToHashSet();
        var declaredArmed = people.Where(m => m.Armed == true && m.ErasedAt is null && !withWeapon.Contains(m.Id)).Select(m => names[m.Id])
            .Order(StringComparer.CurrentCulture).ToList();
        return Outcome<EquipmentRegisterDto>.Ok(new EquipmentRegisterDto(country,
            dtos.Count(i => i.Kind == EquipmentKind.Weapon), dtos.Count(i => i.Kind == EquipmentKind.Vehicle),
            dtos.Count(i => i.Kind == EquipmentKind.Radio), dtos.Count(i => i.Kind == EquipmentKind.Dog),
            dtos.Count(i => i.Authorisation == AuthorisationStatus.Requested),
            dtos.Count(i => i.Authorisation == AuthorisationStatus.Granted && i.NeedsAttention), declaredArmed, dtos));
    }

    public static async Task<Outcome<EquipmentItemDto>> RegisterAsync(ConcordiaDbContext db, ItemHolder holder, EquipmentRequest request, CurrentUser caller,
        TimeProvider time, CancellationToken ct)
    {
        if (await HoldingAsync(db, holder, ct) is not { } holding)
        {
            return Outcome<EquipmentItemDto>.Missing(NotFound(holder));
        }

        if (Refusal(caller, holding, request) is { } refusal)
        {
            return Outcome<EquipmentItemDto>.Refused(refusal);
        }

        if (request.Kind is not { } kind)
        {
            return Outcome<EquipmentItemDto>.Invalid("kind", "is required: weapon, vehicle, radio or dog");
        }

        var ev = await db.Events.FirstAsync(e => e.Id == holding.EventId, ct);
        var weaponTypes = await WeaponTypesAsync(db, holding, ct);
        var at = time.GetUtcNow().UtcDateTime;
        var registered = holding.Member is { } member
            ? EquipmentItem.Register(ev, member, Details(kind, request), Document(request), weaponTypes, caller.Name, at)
            : EquipmentItem.RegisterForUnit(ev, holding.Unit!, Details(kind, request), Document(request), weaponTypes, caller.Name, at);
        if (!registered.IsSuccess)
        {
            return Outcome<EquipmentItemDto>.Invalid(registered.Errors);
        }

        db.Equipment.Add(registered.Value);
        await db.SaveChangesAsync(ct);
        return Outcome<EquipmentItemDto>.Ok(Dto(registered.Value, holding.Name, Today(time)));
    }

    /// <summary>
    /// Changes an item: its details, and for a weapon its authorisation (status, days, document). A weapon's serial left
    /// out stays as stored (lists only show it masked); a document left out stays as stored.
    /// </summary>
    public static async Task<Outcome<EquipmentItemDto>> ChangeAsync(ConcordiaDbContext db, ItemHolder holder, Guid itemId, EquipmentRequest request,
        CurrentUser caller, TimeProvider time, CancellationToken ct)
    {
        var (holding, item, missing) = await FindAsync(db, holder, itemId, ct);
        if (missing is not null)
        {
            return missing.As<EquipmentItemDto>();
        }

        if (Refusal(caller, holding!, request) is { } refusal)
        {
            return Outcome<EquipmentItemDto>.Refused(refusal);
        }

        if (request.Version != item!.Version)
        {
            return Outcome<EquipmentItemDto>.Conflicting(ApiProblems.StaleVersion("The item", request.Version ?? 0, item.Version));
        }

        var ev = await db.Events.FirstAsync(e => e.Id == holding!.EventId, ct);
        var details = Details(request.Kind ?? item.Kind, request);
        if (details.Kind == EquipmentKind.Weapon && string.IsNullOrWhiteSpace(details.Serial))
        {
            details = details with { Serial = item.Serial };
        }

        var changed = item.Change(ev, details, Document(request), await WeaponTypesAsync(db, holding!, ct), caller.Name, time.GetUtcNow().UtcDateTime);
        if (!changed.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return Outcome<EquipmentItemDto>.Invalid(changed.Errors);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<EquipmentItemDto>.Ok(Dto(item, holding!.Name, Today(time)));
    }

    public static async Task<Outcome<Guid>> RemoveAsync(ConcordiaDbContext db, ItemHolder holder, Guid itemId, CurrentUser caller, CancellationToken ct)
    {
        var (_, item, missing) = await FindAsync(db, holder, itemId, ct);
        if (missing is not null)
        {
            return missing.As<Guid>();
        }

        if (item!.Authorisation is AuthorisationStatus.Granted && !IsHost(caller))
        {
            return Outcome<Guid>.Refused("A weapon whose authorisation is granted is removed by the host (coordinators, vetting officers).");
        }

        db.Equipment.Remove(item);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Ok(holder.Id);
    }

    /// <summary>
    /// A weapon's serial in full, for the host's vetting officers and coordinators and the holder's own liaison; the
    /// audit trail records who asked, in the same transaction.
    /// </summary>
    public static async Task<Outcome<WeaponSerialDto>> RevealSerialAsync(ConcordiaDbContext db, ItemHolder holder, Guid itemId, CurrentUser caller,
        CancellationToken ct)
    {
        var (holding, item, missing) = await FindAsync(db, holder, itemId, ct);
        if (missing is not null)
        {
            return missing.As<WeaponSerialDto>();
        }

        if (!CanRevealSerial(caller, holding!.Country, holding.AgencyId))
        {
            return Outcome<WeaponSerialDto>.Refused("Weapon serial numbers are shown to the host's vetting officers and coordinators and to the holder's own liaison.");
        }

        if (item!.Serial is not { } serial)
        {
            return Outcome<WeaponSerialDto>.Invalid("itemId", "is not a weapon: only weapons have a serial number kept secret");
        }

        await db.SaveChangesAsOneAuditEntryAsync("WeaponSerialRevealed", "EquipmentItem", item.Id.ToString(), new { item.Country, item.MemberId, item.UnitId }, ct);
        return Outcome<WeaponSerialDto>.Ok(new WeaponSerialDto(item.Id, serial));
    }

    /// <summary>The authorisation document of a weapon, or null when there is none the caller can see.</summary>
    public static async Task<(string FileName, byte[] Content)?> DocumentAsync(ConcordiaDbContext db, ItemHolder holder, Guid itemId, CancellationToken ct)
    {
        var found = await Held(db.Equipment.AsNoTracking(), holder).Where(i => i.Id == itemId && i.DocumentContent != null)
            .Select(i => new { i.DocumentFileName, i.DocumentContent }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.DocumentFileName!, found.DocumentContent!);
    }

    /// <summary>Who may see a weapon's serial in full: the host's vetting officers and coordinators, and the holder's own liaison.</summary>
    public static bool CanRevealSerial(CurrentUser caller, string country, Guid? agencyId) =>
        caller.IsInRole(Roles.VettingOfficer) || caller.IsInRole(Roles.HostCoordinator)
        || (caller.IsInRole(Roles.CountryLiaison) && caller.Countries.Contains(country) && agencyId is null);

    /// <summary>Who records an authorisation's outcome (granted, refused, expired): the host, not the sending country.</summary>
    public static bool IsHost(CurrentUser caller) =>
        caller.IsInRole(Roles.Administrator) || caller.IsInRole(Roles.HostCoordinator) || caller.IsInRole(Roles.VettingOfficer);

    /// <summary>A weapon serial as lists show it: four dots and its last four characters (two for a short one).</summary>
    public static string? Mask(string? serial) =>
        serial is null ? null : "••••" + serial[^Math.Min(serial.Length >= 8 ? 4 : 2, serial.Length)..];

    /// <summary>How the register names a unit that holds items as a whole.</summary>
    public static string UnitName(string name) => $"Unit {name}";

    /// <summary>
    /// The weapon types the holder's legal status allows: the one for their type of officer (a member's capability, a
    /// unit's commitment's), else their country's for all officers. None for the host's own forces.
    /// </summary>
    private static async Task<IReadOnlyList<string>> WeaponTypesAsync(ConcordiaDbContext db, Holding holding, CancellationToken ct)
    {
        if (holding.AgencyId is not null)
        {
            return [];
        }

        var capabilityId = holding.Member is { } member ? member.CapabilityId
            : holding.Unit!.CommitmentId is { } commitment
                ? await db.Commitments.AsNoTracking().Where(c => c.Id == commitment).Select(c => (Guid?)c.CapabilityId).FirstOrDefaultAsync(ct)
                : null;
        var kind = capabilityId is { } c
            ? await db.Capabilities.AsNoTracking().Where(x => x.Id == c).Select(x => (Domain.Capabilities.CapabilityKind?)x.Kind).FirstOrDefaultAsync(ct)
            : null;
        var statuses = await db.LegalStatuses.AsNoTracking().Where(s => s.EventId == holding.EventId && s.Country == holding.Country).ToListAsync(ct);
        var status = statuses.FirstOrDefault(s => kind is not null && s.OfficerTypeKey == kind.ToString())
            ?? statuses.FirstOrDefault(s => s.OfficerTypeKey == LegalStatus.AllOfficers);
        return status?.Terms.WeaponTypes ?? [];
    }

    private static string? Refusal(CurrentUser caller, Holding holding, EquipmentRequest request)
    {
        if (holding.AgencyId is not null && !IsHost(caller))
        {
            return "The host's own forces' equipment is registered by the host.";
        }

        return request.Authorisation is AuthorisationStatus.Granted or AuthorisationStatus.Refused or AuthorisationStatus.Expired && !IsHost(caller)
            ? "The host records whether a weapon authorisation is granted, refused or expired; a liaison requests it."
            : null;
    }

    /// <summary>The member or unit, as the caller may see it (the data layer hides another country's), or null.</summary>
    private static async Task<Holding?> HoldingAsync(ConcordiaDbContext db, ItemHolder holder, CancellationToken ct)
    {
        if (holder.IsUnit)
        {
            var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == holder.Id, ct);
            return unit is null ? null : new Holding(unit.EventId, unit.Country, unit.AgencyId, UnitName(unit.Name), null, unit);
        }

        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == holder.Id, ct);
        return member is null ? null : new Holding(member.EventId, member.Country, member.AgencyId, Display(member), member, null);
    }

    private static IQueryable<EquipmentItem> Held(IQueryable<EquipmentItem> items, ItemHolder holder) =>
        holder.IsUnit ? items.Where(i => i.UnitId == holder.Id) : items.Where(i => i.MemberId == holder.Id);

    private static async Task<(Holding? Holding, EquipmentItem? Item, Outcome<object>? Missing)> FindAsync(ConcordiaDbContext db, ItemHolder holder,
        Guid itemId, CancellationToken ct)
    {
        if (await HoldingAsync(db, holder, ct) is not { } holding)
        {
            return (null, null, Outcome<object>.Missing(NotFound(holder)));
        }

        var item = await Held(db.Equipment, holder).FirstOrDefaultAsync(i => i.Id == itemId, ct);
        return item is null
            ? (holding, null, Outcome<object>.Missing($"There is no item {itemId} registered for {(holder.IsUnit ? "unit" : "member")} {holder.Id} that you can see."))
            : (holding, item, null);
    }

    private static EquipmentDetails Details(EquipmentKind kind, EquipmentRequest r) =>
        new(kind, r.Type, r.Reference, r.Serial, r.Name, r.Speciality, r.VaccinationValidUntil, r.Authorisation, r.AuthorisedFrom, r.AuthorisedTo);

    private static AuthorisationDocument? Document(EquipmentRequest r) => r.Document is { } content ? new AuthorisationDocument(r.DocumentFileName, content) : null;

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static string Display(Member m) => $"{m.FamilyName.ToUpperInvariant()} {m.GivenName}".TrimEnd();

    private static string NotFound(ItemHolder holder) => $"There is no {(holder.IsUnit ? "unit" : "member")} {holder.Id} that you can see.";

    // Lists never load the documents themselves.
    private static readonly System.Linq.Expressions.Expression<Func<EquipmentItem, Listing>> Listed = i => new Listing(
        i.Id, i.MemberId, i.UnitId, i.Country, i.Kind, i.Type, i.Reference, i.Serial, i.Name, i.Speciality, i.VaccinationValidUntil, i.Authorisation,
        i.AuthorisedFrom, i.AuthorisedTo, i.DocumentFileName, i.Version);

    private static EquipmentItemDto Dto(EquipmentItem i, string holderName, DateOnly today) => Dto(new Listing(i.Id, i.MemberId, i.UnitId, i.Country, i.Kind,
        i.Type, i.Reference, i.Serial, i.Name, i.Speciality, i.VaccinationValidUntil, i.Authorisation, i.AuthorisedFrom, i.AuthorisedTo, i.DocumentFileName,
        i.Version), holderName, today);

    private static EquipmentItemDto Dto(Listing i, string holderName, DateOnly today) => new(i.Id, i.MemberId, i.UnitId, holderName, i.Country, i.Kind,
        i.Type, i.Reference, Mask(i.Serial), i.Name, i.Speciality, i.VaccinationValidUntil, i.Authorisation, i.AuthorisedFrom, i.AuthorisedTo,
        i.DocumentFileName,
        i.Kind == EquipmentKind.Weapon && (i.Authorisation == AuthorisationStatus.Requested
            || (i.Authorisation == AuthorisationStatus.Granted && i.AuthorisedTo <= today.AddDays(ExpiringWithinDays))),
        i.Version);

    private sealed record Holding(Guid EventId, string Country, Guid? AgencyId, string Name, Member? Member, Unit? Unit);

    private sealed record Listing(Guid Id, Guid? MemberId, Guid? UnitId, string Country, EquipmentKind Kind, string Type, string? Reference, string? Serial,
        string? Name, DetectionSpeciality? Speciality, DateOnly? VaccinationValidUntil, AuthorisationStatus? Authorisation, DateOnly? AuthorisedFrom,
        DateOnly? AuthorisedTo, string? DocumentFileName, int Version);
}

/// <summary>Who holds an item: a member, or a unit as a whole (<see cref="IsUnit"/>).</summary>
public readonly record struct ItemHolder(Guid Id, bool IsUnit)
{
    public static ItemHolder OfMember(Guid memberId) => new(memberId, false);

    public static ItemHolder OfUnit(Guid unitId) => new(unitId, true);

    /// <summary>Where the holder's items are in the API.</summary>
    public string ApiPath => IsUnit ? $"/api/v1/units/{Id}/equipment" : $"/api/v1/members/{Id}/equipment";
}
