using System.Globalization;
using Concordia.Data;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Contingents;
using Concordia.Domain.Equipment;
using Concordia.Domain.Legal;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Equipment;

/// <summary>
/// What a badge (the printed card and the verification page) says of a member's arms and dog. Armed: the country's
/// legal status for the member (their type of officer, else all of the country's officers) lets them carry arms and
/// the register holds a weapon of theirs, of a type the status allows, whose authorisation is granted; the badge names
/// the weapon type and the authorisation's days. A canine team: the dog's name and speciality, from the register, else
/// from the roster. The caller has already been allowed to see the member's badge, so the lookup ignores the country
/// filter (a site commander at a gate sees no contingent).
/// </summary>
public static class BadgeEquipment
{
    /// <param name="Armed">Whether the card says armed; null for the host's own forces, whose badges say neither.</param>
    /// <param name="Arms">The weapon type and the days its authorisation holds, e.g. "pistol, 2024-07-26 → 2024-07-28".</param>
    /// <param name="Dog">The dog's name and speciality, e.g. "Bora · Explosives".</param>
    public sealed record Facts(bool? Armed, string? Arms, string? Dog);

    public static async Task<Facts> ForAsync(ConcordiaDbContext db, Guid memberId, CancellationToken ct)
    {
        var member = await db.Members.IgnoreQueryFilters().AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new { m.EventId, m.Country, m.AgencyId, m.CapabilityId, m.Dog }).FirstAsync(ct);
        var items = await db.Equipment.IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.MemberId == memberId && (i.Kind == EquipmentKind.Dog || (i.Kind == EquipmentKind.Weapon && i.Authorisation == AuthorisationStatus.Granted)))
            .Select(i => new { i.Kind, i.Type, i.Name, i.Speciality, i.AuthorisedFrom, i.AuthorisedTo }).ToListAsync(ct);
        var registeredDog = items.FirstOrDefault(i => i.Kind == EquipmentKind.Dog);
        var dog = registeredDog is not null ? Dog(registeredDog.Name!, registeredDog.Speciality)
            : member.Dog is { } roster ? Dog(roster.Name, roster.Speciality) : null;
        if (member.AgencyId is not null)
        {
            return new Facts(null, null, dog);
        }

        CapabilityKind? kind = member.CapabilityId is { } c
            ? await db.Capabilities.AsNoTracking().Where(x => x.Id == c).Select(x => (CapabilityKind?)x.Kind).FirstOrDefaultAsync(ct)
            : null;
        var statuses = await db.LegalStatuses.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.EventId == member.EventId && s.Country == member.Country).ToListAsync(ct);
        var status = (statuses.FirstOrDefault(s => kind is not null && s.OfficerTypeKey == kind.ToString())
            ?? statuses.FirstOrDefault(s => s.OfficerTypeKey == LegalStatus.AllOfficers))?.Terms;
        var weapon = status is { Armed: true }
            ? items.Where(i => i.Kind == EquipmentKind.Weapon && status.WeaponTypes.Any(t => string.Equals(t, i.Type, StringComparison.OrdinalIgnoreCase)))
                .OrderByDescending(i => i.AuthorisedTo).FirstOrDefault()
            : null;
        return weapon is null
            ? new Facts(false, null, dog)
            : new Facts(true, string.Create(CultureInfo.InvariantCulture, $"{weapon.Type}, {weapon.AuthorisedFrom:yyyy-MM-dd} → {weapon.AuthorisedTo:yyyy-MM-dd}"), dog);
    }

    private static string Dog(string name, DetectionSpeciality? speciality) =>
        speciality is { } s ? $"{name} · {Words.Of(s, CultureInfo.GetCultureInfo("en"))}" : name;
}
