using System.Text.Json;
using Concordia.Data;
using Concordia.Data.Planning;
using Concordia.Domain.Events;
using Concordia.Domain.Planning;
using Concordia.Domain.Requirements;
using Microsoft.EntityFrameworkCore;
using Engine = Concordia.Planning.Model;

namespace Concordia.Web.Features.Planning;

/// <summary>
/// What people read of plans, for the API and the pages alike: jobs, versions and their gaps, the coverage heat map,
/// duties (as the caller's scope allows: a liaison their country's, a site commander their sites'), and what one
/// version changes against another.
/// </summary>
public sealed class PlanQueries(ConcordiaDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<PlanJobDto>> JobsAsync(Event ev, int take, CancellationToken ct) =>
        [.. (await db.PlanJobs.AsNoTracking().Where(j => j.EventId == ev.Id).OrderByDescending(j => j.RequestedAt).Take(take).ToListAsync(ct)).Select(j => Job(ev, j))];

    public async Task<(Event Event, PlanJob Job)?> JobAsync(Guid jobId, CancellationToken ct)
    {
        var job = await db.PlanJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, ct);
        return job is null ? null : (await db.Events.AsNoTracking().SingleAsync(e => e.Id == job.EventId, ct), job);
    }

    public async Task<IReadOnlyList<PlanVersionDto>> VersionsAsync(Event ev, bool publishedOnly, CancellationToken ct)
    {
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.EventId == ev.Id && (!publishedOnly || v.State == PlanVersionState.Published))
            .OrderByDescending(v => v.Number).ToListAsync(ct);
        var current = versions.FirstOrDefault(v => v.State == PlanVersionState.Published);
        return [.. versions.Select(v => Version(ev, v, current))];
    }

    /// <summary>A version a caller may read: host staff any, others only the published one.</summary>
    public async Task<(Event Event, PlanVersion Version)?> VersionAsync(Guid versionId, bool publishedOnly, CancellationToken ct)
    {
        var version = await db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, ct);
        if (version is null || (publishedOnly && version.State != PlanVersionState.Published))
        {
            return null;
        }

        return (await db.Events.AsNoTracking().SingleAsync(e => e.Id == version.EventId, ct), version);
    }

    public async Task<PlanVersionDetailDto> DetailAsync(Event ev, PlanVersion version, CancellationToken ct)
    {
        var current = await db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.EventId == ev.Id && v.State == PlanVersionState.Published, ct);
        var sites = await db.Sites.AsNoTracking().Where(s => s.EventId == ev.Id).ToDictionaryAsync(s => Key(s.Id), s => (s.Id, s.Name), ct);
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Code, c => (c.Id, c.Name), ct);
        var rules = JsonSerializer.Deserialize<List<Engine.RuleTotal>>(version.RulesJson, Json) ?? [];
        var gaps = JsonSerializer.Deserialize<List<Engine.UnmetDemand>>(version.UnmetJson, Json) ?? [];
        return new PlanVersionDetailDto(
            Version(ev, version, current),
            [.. rules.Select(r => new PlanRuleDto(r.Rule, r.Hard, r.Violations, r.Cost))],
            [.. gaps.Where(g => sites.ContainsKey(g.SiteId) && capabilities.ContainsKey(g.Capability)).Select(g =>
            {
                var (start, end) = Window(g.WindowId);
                var site = sites[g.SiteId];
                var cap = capabilities[g.Capability];
                return new PlanGapDto(site.Id, site.Name, cap.Id, cap.Name, ev.ToLocal(start), ev.ToLocal(end), g.Required, g.Missing);
            })]);
    }

    /// <summary>Units needed and planned per site and local day of the version's alert level.</summary>
    public async Task<CoverageDto> CoverageAsync(Event ev, PlanVersion version, CancellationToken ct)
    {
        var sites = await db.Sites.AsNoTracking().Where(s => s.EventId == ev.Id).OrderBy(s => s.Code).ToListAsync(ct);
        var closures = await db.SiteClosures.AsNoTracking().Where(c => c.EventId == ev.Id).ToListAsync(ct);
        var requirements = EffectiveRequirements.At(await db.Requirements.AsNoTracking().Where(r => r.EventId == ev.Id).ToListAsync(ct), ev.AlertScale, version.AlertLevel)
            .Where(r => !closures.Any(c => c.SiteId == r.SiteId && c.Covers(r.Window.Start)));
        var needed = requirements.GroupBy(r => (r.SiteId, Day: ev.LocalDay(r.Window.Start))).ToDictionary(g => g.Key, g => g.Sum(r => (long)r.Quantity));
        var planned = (await db.DutiesOf(version).Select(d => new { d.SiteId, d.Start }).ToListAsync(ct))
            .GroupBy(d => (d.SiteId, Day: ev.LocalDay(d.Start))).ToDictionary(g => g.Key, g => (long)g.Count());
        var days = Enumerable.Range(0, ev.End.DayNumber - ev.Start.DayNumber + 1).Select(i => ev.Start.AddDays(i)).ToList();
        var used = needed.Keys.Concat(planned.Keys).Select(k => k.SiteId).ToHashSet();
        var cells = needed.Keys.Union(planned.Keys)
            .Select(k => new CoverageCellDto(k.SiteId, k.Day, needed.GetValueOrDefault(k), planned.GetValueOrDefault(k)))
            .OrderBy(c => c.SiteId).ThenBy(c => c.Day).ToList();
        return new CoverageDto(version.Id, [.. sites.Where(s => used.Contains(s.Id)).Select(s => new CoverageSiteDto(s.Id, s.Code, s.Name))], days, cells);
    }

    /// <summary>Duties of a version the caller may see, filtered, in start order.</summary>
    public async Task<PlanDutyPageDto> DutiesAsync(Event ev, PlanVersion version, DutyFilter filter, CancellationToken ct)
    {
        var query = db.DutiesOf(version);
        if (filter.SiteId is { } site)
        {
            var sectors = await db.Sites.AsNoTracking().Where(s => s.Id == site || s.ParentId == site).Select(s => s.Id).ToListAsync(ct);
            query = query.Where(d => sectors.Contains(d.SiteId));
        }

        if (filter.Country is { } country)
        {
            query = query.Where(d => d.Country == country);
        }

        if (filter.Day is { } day)
        {
            var from = ev.StartOfDayUtc(day);
            var to = ev.StartOfDayUtc(day.AddDays(1));
            query = query.Where(d => d.Start >= from && d.Start < to);
        }

        if (filter.MemberId is { } member)
        {
            var agents = db.AgentMembersOf(version).Where(m => m.MemberId == member).Select(m => m.Agent);
            query = query.Where(d => agents.Contains(d.Agent));
        }

        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(d => d.Start).ThenBy(d => d.SiteId).ThenBy(d => d.Number).Skip(filter.Offset).Take(filter.Limit).ToListAsync(ct);
        return new PlanDutyPageDto(total, filter.Offset, await DescribeAsync(ev, version, page, ct));
    }

    /// <summary>The countries of the units on duty in a version that the caller may see, in code order.</summary>
    public async Task<IReadOnlyList<string>> CountriesAsync(PlanVersion version, CancellationToken ct) =>
        [.. (await db.DutiesOf(version).Select(d => d.Country).Distinct().ToListAsync(ct)).Order(StringComparer.Ordinal)];

    /// <summary>Every duty of a version the caller may see, for an export.</summary>
    public async Task<IReadOnlyList<PlanDutyDto>> AllDutiesAsync(Event ev, PlanVersion version, DutyFilter filter, CancellationToken ct) =>
        (await DutiesAsync(ev, version, filter with { Offset = 0, Limit = int.MaxValue }, ct)).Duties;

    /// <summary>What <paramref name="to"/> changes against <paramref name="from"/>: a unit's duty in a window added, removed or moved.</summary>
    public async Task<PlanComparisonDto> CompareAsync(Event ev, PlanVersion from, PlanVersion to, CancellationToken ct)
    {
        var (before, after, shared) = await KeyedPairAsync(from, to, ct);
        var sites = await db.Sites.AsNoTracking().Where(s => s.EventId == ev.Id).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var bySite = new Dictionary<Guid, int[]>();
        var byCountry = new Dictionary<string, int[]>(StringComparer.Ordinal);
        int added = 0, removed = 0, moved = 0, kept = shared;
        void Count(Guid site, string country, int what)
        {
            (bySite.TryGetValue(site, out var s) ? s : bySite[site] = new int[3])[what]++;
            (byCountry.TryGetValue(country, out var c) ? c : byCountry[country] = new int[3])[what]++;
        }

        foreach (var (key, a) in after)
        {
            if (!before.TryGetValue(key, out var b))
            {
                added++;
                Count(a.Site, a.Country, 0);
            }
            else if (a.Site != b.Site || a.Capability != b.Capability)
            {
                moved++;
                Count(a.Site, a.Country, 2);
            }
            else
            {
                kept++;
            }
        }

        foreach (var (key, b) in before)
        {
            if (!after.ContainsKey(key))
            {
                removed++;
                Count(b.Site, b.Country, 1);
            }
        }

        return new PlanComparisonDto(from.Id, to.Id, added, removed, moved, kept,
            [.. bySite.OrderByDescending(p => p.Value.Sum()).Select(p => new PlanChangeCountDto(p.Key.ToString(), sites.GetValueOrDefault(p.Key, "?"), p.Value[0], p.Value[1], p.Value[2]))],
            [.. byCountry.OrderByDescending(p => p.Value.Sum()).Select(p => new PlanChangeCountDto(p.Key, Domain.Countries.CountryCatalogue.Find(p.Key)?.Name ?? p.Key, p.Value[0], p.Value[1], p.Value[2]))],
            from.CoveredUnits, to.CoveredUnits);
    }

    /// <summary>The countries and sites whose duties differ between two versions (all with duties when there is no earlier one).</summary>
    public async Task<(IReadOnlySet<string> Countries, IReadOnlySet<Guid> Sites)> ConcernedAsync(PlanVersion? before, PlanVersion after, CancellationToken ct)
    {
        var (b, a, _) = before is null ? ([], await KeyedAsync(after, await db.DutiesOf(after).ToListAsync(ct), ct), 0) : await KeyedPairAsync(before, after, ct);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var sites = new HashSet<Guid>();
        foreach (var (key, duty) in a.Where(p => !b.TryGetValue(p.Key, out var old) || old != p.Value).Concat(b.Where(p => !a.ContainsKey(p.Key))))
        {
            countries.Add(duty.Country);
            sites.Add(duty.Site);
        }

        return (countries, sites);
    }

    public static PlanJobDto Job(Event ev, PlanJob j) => new(
        j.Id, j.EventId, Words(j.Trigger), j.Reason, PlanJob.Words(j.State), j.RequestedBy, ev.ToLocal(j.RequestedAt),
        j.StartedAt is { } s ? ev.ToLocal(s) : null, j.FinishedAt is { } f ? ev.ToLocal(f) : null, j.TimeLimitSeconds, j.Phase, j.HardViolations,
        j.Objective, j.CoveragePercent, j.ElapsedSeconds, j.CancelRequested, j.Error, j.VersionId, j.BasedOnVersionId);

    public static PlanVersionDto Version(Event ev, PlanVersion v, PlanVersion? current) => new(
        v.Id, v.EventId, v.Number, PlanVersion.Words(v.State), Words(v.Trigger), v.Reason, ev.AlertScale.Find(v.AlertLevel)?.Name ?? v.AlertLevel,
        v.BasedOnVersionId, ev.ToLocal(v.CreatedAt), v.PublishedAt is { } p ? ev.ToLocal(p) : null, v.PublishedBy, v.HardViolations, v.Objective,
        v.CoveragePercent, v.RequiredUnits, v.CoveredUnits, v.CoverableUnits, CoverageText.CeilingPercent(v), v.Duties, v.Moves, v.SearchSeconds,
        v.State == PlanVersionState.Draft && v.IsStaleAgainst(current), v.Version);

    public static string Words(PlanTrigger trigger) => trigger switch
    {
        PlanTrigger.Requested => "requested by a planner",
        PlanTrigger.AlertLevelChanged => "alert level changed",
        PlanTrigger.MemberAbsent => "member absent",
        PlanTrigger.AbsenceWithdrawn => "absence withdrawn",
        PlanTrigger.SiteReopened => "site reopened",
        PlanTrigger.RearrangeRequested => "re-arrangement requested by a planner",
        _ => "site closed",
    };

    private static string Key(Guid id) => id.ToString("N");

    private static (DateTime Start, DateTime End) Window(string id)
    {
        var parts = id.Split('-');
        static DateTime Read(string s) => DateTime.SpecifyKind(DateTime.ParseExact(s, "yyyyMMdd'T'HHmm", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        return (Read(parts[0]), Read(parts[1]));
    }

    /// <summary>
    /// Two versions' duties keyed by unit and window, and how many duties both keep that are left out of the two. Two
    /// versions kept against the same root are read as what they change (the root duties both keep are the same
    /// duties of the same units on both sides, so they are counted, not read); any other two are read in full.
    /// </summary>
    private async Task<(Dictionary<(Guid Unit, DateTime Start, DateTime End), (Guid Site, Guid Capability, string Country)> Before,
        Dictionary<(Guid Unit, DateTime Start, DateTime End), (Guid Site, Guid Capability, string Country)> After, int Shared)> KeyedPairAsync(
        PlanVersion before, PlanVersion after, CancellationToken ct)
    {
        if (await db.DifferingAsync(before, after, ct) is { } differing)
        {
            return (await KeyedAsync(before, differing.Before, ct), await KeyedAsync(after, differing.After, ct), differing.Shared);
        }

        return (await KeyedAsync(before, await db.DutiesOf(before).ToListAsync(ct), ct), await KeyedAsync(after, await db.DutiesOf(after).ToListAsync(ct), ct), 0);
    }

    /// <summary>Duties of a version keyed by unit (its unit, or its first member) and window.</summary>
    private async Task<Dictionary<(Guid Unit, DateTime Start, DateTime End), (Guid Site, Guid Capability, string Country)>> KeyedAsync(
        PlanVersion version, List<PlanDuty> duties, CancellationToken ct)
    {
        // A few units are read by number, many (a whole version) all at once.
        var numbers = duties.Select(d => d.Agent).Distinct().ToList();
        var few = numbers.Count <= 500;
        var agents = await db.AgentsOf(version).Where(a => !few || numbers.Contains(a.Number)).Select(a => new { a.Number, a.UnitId }).ToDictionaryAsync(a => a.Number, a => a.UnitId, ct);
        var first = (await db.AgentMembersOf(version).Where(m => !few || numbers.Contains(m.Agent)).Select(m => new { m.Agent, m.MemberId }).ToListAsync(ct))
            .GroupBy(m => m.Agent).ToDictionary(g => g.Key, g => g.Min(m => m.MemberId));
        var keyed = new Dictionary<(Guid, DateTime, DateTime), (Guid, Guid, string)>(duties.Count);
        foreach (var d in duties)
        {
            var unit = agents.GetValueOrDefault(d.Agent) ?? first.GetValueOrDefault(d.Agent);
            keyed[(unit, d.Start, d.End)] = (d.SiteId, d.CapabilityId, d.Country);
        }

        return keyed;
    }

    private async Task<IReadOnlyList<PlanDutyDto>> DescribeAsync(Event ev, PlanVersion version, List<PlanDuty> duties, CancellationToken ct)
    {
        var agentNumbers = duties.Select(d => d.Agent).Distinct().ToList();
        var agents = await db.AgentsOf(version).Where(a => agentNumbers.Contains(a.Number)).ToDictionaryAsync(a => a.Number, ct);
        var people = (await db.AgentMembersOf(version).Where(m => agentNumbers.Contains(m.Agent)).ToListAsync(ct))
            .ToLookup(m => m.Agent);
        var sites = await db.Sites.AsNoTracking().Where(s => s.EventId == ev.Id).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return [.. duties.Select(d => new PlanDutyDto(
            d.Number, d.Country, agents.TryGetValue(d.Agent, out var a) ? a.Label : "?",
            [.. people[d.Agent].OrderByDescending(m => m.Leader).ThenBy(m => m.DisplayName, StringComparer.Ordinal).Select(m => new PlanPersonDto(m.MemberId, m.DisplayName, m.Rank, m.Leader, m.Dog))],
            d.SiteId, sites.GetValueOrDefault(d.SiteId, "?"), d.CapabilityId, capabilities.GetValueOrDefault(d.CapabilityId, "?"), ev.ToLocal(d.Start), ev.ToLocal(d.End)))];
    }
}

/// <summary>Which duties to list.</summary>
public sealed record DutyFilter(Guid? SiteId = null, string? Country = null, DateOnly? Day = null, Guid? MemberId = null, int Offset = 0, int Limit = 200);
