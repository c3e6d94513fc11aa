using Concordia.Data;
using Concordia.Domain.Agencies;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.HostForces;

/// <summary>One host agency's own forces in figures: people, canine teams, units, and who is away today.</summary>
public sealed record HostAgencyForcesDto(Guid AgencyId, string Code, string Name, string Kind, int Members, int CanineTeams, int Units, int AbsentToday);

/// <summary>A member of a host agency's forces, as the host's planners see them (no personal data beyond name, rank and skills).</summary>
public sealed record HostMemberDto(Guid Id, string? PersonnelNumber, string FamilyName, string GivenName, string? Rank, string? Service, Guid? CapabilityId,
    IReadOnlyList<LanguageSkill> Languages, string? DogName, string? DogSpeciality, Guid? UnitId, string? Unit, int Version);

/// <summary>A page of an agency's members, matching a search, with how many match in all.</summary>
public sealed record HostMemberPageDto(int Total, int Skip, int Take, IReadOnlyList<HostMemberDto> Members);

/// <summary>
/// The host's own forces as the host's coordinators and planners see them: figures per host agency and an agency's
/// members, page by page. The API and the pages call these.
/// </summary>
public static class HostForceQueries
{
    public const int MaxTake = 500;

    public static async Task<IReadOnlyList<HostAgencyForcesDto>> SummaryAsync(ConcordiaDbContext db, Event ev, DateTime now, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.EventId == ev.Id).ToListAsync(ct);
        var members = await db.Members.AsNoTracking().Where(m => m.EventId == ev.Id && m.AgencyId != null && m.ErasedAt == null)
            .GroupBy(m => m.AgencyId!.Value)
            .Select(g => new { g.Key, People = g.Count(), Dogs = g.Count(m => m.Dog != null) })
            .ToDictionaryAsync(g => g.Key, ct);
        var units = await db.Units.AsNoTracking().Where(u => u.EventId == ev.Id && u.AgencyId != null)
            .GroupBy(u => u.AgencyId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var absent = await (from a in db.Absences.AsNoTracking()
                            join m in db.Members.AsNoTracking() on a.MemberId equals m.Id
                            where a.EventId == ev.Id && m.AgencyId != null && a.From <= now && a.To > now
                            group a by m.AgencyId!.Value into g
                            select new { g.Key, Count = g.Select(x => x.MemberId).Distinct().Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. agencies.Where(a => a.Kind != AgencyKind.Ministry || members.ContainsKey(a.Id))
            .OrderBy(a => a.Name, StringComparer.CurrentCulture)
            .Select(a => new HostAgencyForcesDto(a.Id, a.Code, a.Name, KindName(a.Kind),
                members.GetValueOrDefault(a.Id)?.People ?? 0, members.GetValueOrDefault(a.Id)?.Dogs ?? 0, units.GetValueOrDefault(a.Id), absent.GetValueOrDefault(a.Id)))];
    }

    /// <summary>The agency's members whose name, personnel number or rank contains <paramref name="search"/>, by name.</summary>
    public static async Task<HostMemberPageDto> MembersAsync(ConcordiaDbContext db, Agency agency, string? search, int skip, int take, CancellationToken ct)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, MaxTake);
        var query = db.Members.AsNoTracking().Where(m => m.EventId == agency.EventId && m.AgencyId == agency.Id && m.ErasedAt == null);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            query = query.Where(m => m.FamilyName.Contains(text) || m.GivenName.Contains(text) || (m.PersonnelNumber != null && m.PersonnelNumber.Contains(text))
                || (m.Rank != null && m.Rank.Contains(text)));
        }

        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(m => m.FamilyName).ThenBy(m => m.GivenName).ThenBy(m => m.Id).Skip(skip).Take(take).ToListAsync(ct);
        var unitIds = page.Where(m => m.UnitId != null).Select(m => m.UnitId!.Value).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return new HostMemberPageDto(total, skip, take, [.. page.Select(m => new HostMemberDto(m.Id, m.PersonnelNumber, m.FamilyName, m.GivenName, m.Rank, m.Service,
            m.CapabilityId, m.Languages, m.Dog?.Name, m.Dog is { } dog ? SpecialityName(dog.Speciality) : null, m.UnitId,
            m.UnitId is { } u ? units.GetValueOrDefault(u) : null, m.Version))]);
    }

    public static string KindName(AgencyKind kind) => kind switch
    {
        AgencyKind.Ministry => "ministry",
        AgencyKind.Police => "police",
        AgencyKind.Gendarmerie => "gendarmerie",
        AgencyKind.Military => "armed forces",
        AgencyKind.CivilProtection => "civil protection",
        _ => "other",
    };

    public static string SpecialityName(DetectionSpeciality speciality) => speciality switch
    {
        DetectionSpeciality.SearchAndRescue => "search and rescue",
        _ => speciality.ToString().ToLowerInvariant(),
    };
}
