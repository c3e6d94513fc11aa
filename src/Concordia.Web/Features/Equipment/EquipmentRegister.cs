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
/// The equipment, weapons and dogs register, for the API and the pages alike. A member's own liaison registers their
/// contingent's items and requests weapon authorisations; the host (coordinators, vetting officers, administrators)
/// also records the authorisation's outcome (granted with its PDF, refused, expired). Weapon serials are encrypted at
/// rest and masked when read; <see cref="RevealSerialAsync"/> shows one in full to those with a need to know, and the
/// audit trail records it. The data layer hides other countries' items (and the host's own forces' from liaisons).
/// </summary>
public static class EquipmentRegister
{
    /// <summary>A granted authorisation ending within this many days counts as expiring soon.</summary>
    public const int ExpiringWithinDays = 7;

    public static async Task<Outcome<IReadOnlyList<EquipmentItemDto>>> ForMemberAsync(ConcordiaDbContext db, Guid memberId, TimeProvider time,
        CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null)
        {
            return Outcome<IReadOnlyList<EquipmentItemDto>>.Missing(MemberNotFound(memberId));
        }

        var items = await db.Equipment.AsNoTracking().Where(i => i.MemberId == memberId).OrderBy(i => i.Kind).ThenBy(i => i.Id)
            .Select(Listed).ToListAsync(ct);
        var today = Today(time);
        return Outcome<IReadOnlyList<EquipmentItemDto>>.Ok([.. items.Select(i => Dto(i, Display(member), today))]);
    }

    public static async Task<Outcome<EquipmentRegisterDto>> ForCountryAsync(ConcordiaDbContext db, Guid eventId, string country, TimeProvider time,
        CancellationToken ct)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, ct))
        {
            return Outcome<EquipmentRegisterDto>.Missing(Events.EventLookup.NotFound(eventId));
        }

        var names = await db.Members.AsNoTracking().Where(m => m.EventId == eventId && m.Country == country && m.AgencyId == null)
            .Select(m => new { m.Id, m.FamilyName, m.GivenName }).ToDictionaryAsync(m => m.Id, m => $"{m.FamilyName.ToUpperInvariant()} {m.GivenName}".TrimEnd(), ct);
        var items = await db.Equipment.AsNoTracking().Where(i => i.EventId == eventId && i.Country == country)
            .Select(Listed).ToListAsync(ct);
        var today = Today(time);
        var dtos = items.Where(i => names.ContainsKey(i.MemberId)).Select(i => Dto(i, names[i.MemberId], today))
            .OrderBy(i => i.MemberName, StringComparer.CurrentCulture).ThenBy(i => i.Kind).ThenBy(i => i.Id).ToList();
        return Outcome<EquipmentRegisterDto>.Ok(new EquipmentRegisterDto(country,
            dtos.Count(i => i.Kind == EquipmentKind.Weapon), dtos.Count(i => i.Kind == EquipmentKind.Vehicle),
            dtos.Count(i => i.Kind == EquipmentKind.Radio), dtos.Count(i => i.Kind == EquipmentKind.Dog),
            dtos.Count(i => i.Authorisation == AuthorisationStatus.Requested),
            dtos.Count(i => i.Authorisation == AuthorisationStatus.Granted && i.NeedsAttention), dtos));
    }

    public static async Task<Outcome<EquipmentItemDto>> RegisterAsync(ConcordiaDbContext db, Guid memberId, EquipmentRequest request, CurrentUser caller,
        TimeProvider time, CancellationToken ct)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null)
        {
            return Outcome<EquipmentItemDto>.Missing(MemberNotFound(memberId));
        }

        if (Refusal(caller, member, request) is { } refusal)
        {
            return Outcome<EquipmentItemDto>.Refused(refusal);
        }

        if (request.Kind is not { } kind)
        {
            return Outcome<EquipmentItemDto>.Invalid("kind", "is required: weapon, vehicle, radio or dog");
        }

        var ev = await db.Events.FirstAsync(e => e.Id == member.EventId, ct);
        var registered = EquipmentItem.Register(ev, member, Details(kind, request), Document(request), await WeaponTypesAsync(db, member, ct),
            caller.Name, time.GetUtcNow().UtcDateTime);
        if (!registered.IsSuccess)
        {
            return Outcome<EquipmentItemDto>.Invalid(registered.Errors);
        }

        db.Equipment.Add(registered.Value);
        await db.SaveChangesAsync(ct);
        return Outcome<EquipmentItemDto>.Ok(Dto(registered.Value, Display(member), Today(time)));
    }

    public static async Task<Outcome<EquipmentItemDto>> ChangeAsync(ConcordiaDbContext db, Guid memberId, Guid itemId, EquipmentRequest request,
        CurrentUser caller, TimeProvider time, CancellationToken ct)
    {
        var (member, item, missing) = await FindAsync(db, memberId, itemId, ct);
        if (missing is not null)
        {
            return missing.As<EquipmentItemDto>();
        }

        if (Refusal(caller, member!, request) is { } refusal)
        {
            return Outcome<EquipmentItemDto>.Refused(refusal);
        }

        if (request.Version != item!.Version)
        {
            return Outcome<EquipmentItemDto>.Conflicting(ApiProblems.StaleVersion("The item", request.Version ?? 0, item.Version));
        }

        var ev = await db.Events.FirstAsync(e => e.Id == member!.EventId, ct);
        var changed = item.Change(ev, Details(request.Kind ?? item.Kind, request), Document(request), await WeaponTypesAsync(db, member!, ct),
            caller.Name, time.GetUtcNow().UtcDateTime);
        if (!changed.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return Outcome<EquipmentItemDto>.Invalid(changed.Errors);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<EquipmentItemDto>.Ok(Dto(item, Display(member!), Today(time)));
    }

    public static async Task<Outcome<Guid>> RemoveAsync(ConcordiaDbContext db, Guid memberId, Guid itemId, CurrentUser caller, CancellationToken ct)
    {
        var (member, item, missing) = await FindAsync(db, memberId, itemId, ct);
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
        return Outcome<Guid>.Ok(member!.Id);
    }

    /// <summary>
    /// A weapon's serial in full, for the host's vetting officers and coordinators and the member's own liaison; the
    /// audit trail records who asked, in the same transaction.
    /// </summary>
    public static async Task<Outcome<WeaponSerialDto>> RevealSerialAsync(ConcordiaDbContext db, Guid memberId, Guid itemId, CurrentUser caller,
        CancellationToken ct)
    {
        var (member, item, missing) = await FindAsync(db, memberId, itemId, ct);
        if (missing is not null)
        {
            return missing.As<WeaponSerialDto>();
        }

        if (!CanRevealSerial(caller, member!))
        {
            return Outcome<WeaponSerialDto>.Refused("Weapon serial numbers are shown to the host's vetting officers and coordinators and to the member's own liaison.");
        }

        if (item!.Serial is not { } serial)
        {
            return Outcome<WeaponSerialDto>.Invalid("itemId", "is not a weapon: only weapons have a serial number kept secret");
        }

        await db.SaveChangesAsOneAuditEntryAsync("WeaponSerialRevealed", "EquipmentItem", item.Id.ToString(), new { item.Country, item.MemberId }, ct);
        return Outcome<WeaponSerialDto>.Ok(new WeaponSerialDto(item.Id, serial));
    }

    /// <summary>The authorisation document of a weapon, or null when there is none the caller can see.</summary>
    public static async Task<(string FileName, byte[] Content)?> DocumentAsync(ConcordiaDbContext db, Guid memberId, Guid itemId, CancellationToken ct)
    {
        var found = await db.Equipment.AsNoTracking().Where(i => i.Id == itemId && i.MemberId == memberId && i.DocumentContent != null)
            .Select(i => new { i.DocumentFileName, i.DocumentContent }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.DocumentFileName!, found.DocumentContent!);
    }

    /// <summary>Who may see a weapon's serial in full: the host's vetting officers and coordinators, and the member's own liaison.</summary>
    public static bool CanRevealSerial(CurrentUser caller, Member member) =>
        caller.IsInRole(Roles.VettingOfficer) || caller.IsInRole(Roles.HostCoordinator)
        || (caller.IsInRole(Roles.CountryLiaison) && caller.Countries.Contains(member.Country) && member.AgencyId is null);

    /// <summary>Who records an authorisation's outcome (granted, refused, expired): the host, not the sending country.</summary>
    public static bool IsHost(CurrentUser caller) =>
        caller.IsInRole(Roles.Administrator) || caller.IsInRole(Roles.HostCoordinator) || caller.IsInRole(Roles.VettingOfficer);

    /// <summary>A weapon serial as lists show it: four dots and its last four characters (two for a short one).</summary>
    public static string? Mask(string? serial) =>
        serial is null ? null : "••••" + serial[^Math.Min(serial.Length >= 8 ? 4 : 2, serial.Length)..];

    /// <summary>The weapon types the member's legal status allows (the one for their type of officer, else their country's).</summary>
    public static async Task<IReadOnlyList<string>> WeaponTypesAsync(ConcordiaDbContext db, Member member, CancellationToken ct)
    {
        if (member.AgencyId is not null)
        {
            return [];
        }

        var kind = member.CapabilityId is { } c
            ? await db.Capabilities.AsNoTracking().Where(x => x.Id == c).Select(x => (Domain.Capabilities.CapabilityKind?)x.Kind).FirstOrDefaultAsync(ct)
            : null;
        var statuses = await db.LegalStatuses.AsNoTracking().Where(s => s.EventId == member.EventId && s.Country == member.Country).ToListAsync(ct);
        var status = statuses.FirstOrDefault(s => kind is not null && s.OfficerTypeKey == kind.ToString())
            ?? statuses.FirstOrDefault(s => s.OfficerTypeKey == LegalStatus.AllOfficers);
        return status?.Terms.WeaponTypes ?? [];
    }

    private static string? Refusal(CurrentUser caller, Member member, EquipmentRequest request)
    {
        if (member.AgencyId is not null && !IsHost(caller))
        {
            return "The host's own forces' equipment is registered by the host.";
        }

        return request.Authorisation is AuthorisationStatus.Granted or AuthorisationStatus.Refused or AuthorisationStatus.Expired && !IsHost(caller)
            ? "The host records whether a weapon authorisation is granted, refused or expired; a liaison requests it."
            : null;
    }

    private static async Task<(Member? Member, EquipmentItem? Item, Outcome<object>? Missing)> FindAsync(ConcordiaDbContext db, Guid memberId, Guid itemId,
        CancellationToken ct)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null)
        {
            return (null, null, Outcome<object>.Missing(MemberNotFound(memberId)));
        }

        var item = await db.Equipment.FirstOrDefaultAsync(i => i.Id == itemId && i.MemberId == memberId, ct);
        return item is null
            ? (member, null, Outcome<object>.Missing($"There is no item {itemId} registered for member {memberId} that you can see."))
            : (member, item, null);
    }

    private static EquipmentDetails Details(EquipmentKind kind, EquipmentRequest r) =>
        new(kind, r.Type, r.Reference, r.Serial, r.Name, r.Speciality, r.VaccinationValidUntil, r.Authorisation, r.AuthorisedFrom, r.AuthorisedTo);

    private static AuthorisationDocument? Document(EquipmentRequest r) => r.Document is { } content ? new AuthorisationDocument(r.DocumentFileName, content) : null;

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static string Display(Member m) => $"{m.FamilyName.ToUpperInvariant()} {m.GivenName}".TrimEnd();

    private static string MemberNotFound(Guid memberId) => $"There is no member {memberId} that you can see.";

    // Lists never load the documents themselves.
    private static readonly System.Linq.Expressions.Expression<Func<EquipmentItem, Listing>> Listed = i => new Listing(
        i.Id, i.MemberId, i.Country, i.Kind, i.Type, i.Reference, i.Serial, i.Name, i.Speciality, i.VaccinationValidUntil, i.Authorisation,
        i.AuthorisedFrom, i.AuthorisedTo, i.DocumentFileName, i.Version);

    private static EquipmentItemDto Dto(EquipmentItem i, string memberName, DateOnly today) => Dto(new Listing(i.Id, i.MemberId, i.Country, i.Kind, i.Type,
        i.Reference, i.Serial, i.Name, i.Speciality, i.VaccinationValidUntil, i.Authorisation, i.AuthorisedFrom, i.AuthorisedTo, i.DocumentFileName, i.Version),
        memberName, today);

    private static EquipmentItemDto Dto(Listing i, string memberName, DateOnly today) => new(i.Id, i.MemberId, memberName, i.Country, i.Kind, i.Type,
        i.Reference, Mask(i.Serial), i.Name, i.Speciality, i.VaccinationValidUntil, i.Authorisation, i.AuthorisedFrom, i.AuthorisedTo, i.DocumentFileName,
        i.Kind == EquipmentKind.Weapon && (i.Authorisation == AuthorisationStatus.Requested
            || (i.Authorisation == AuthorisationStatus.Granted && i.AuthorisedTo <= today.AddDays(ExpiringWithinDays))),
        i.Version);

    private sealed record Listing(Guid Id, Guid MemberId, string Country, EquipmentKind Kind, string Type, string? Reference, string? Serial, string? Name,
        Domain.Contingents.DetectionSpeciality? Speciality, DateOnly? VaccinationValidUntil, AuthorisationStatus? Authorisation, DateOnly? AuthorisedFrom,
        DateOnly? AuthorisedTo, string? DocumentFileName, int Version);
}
