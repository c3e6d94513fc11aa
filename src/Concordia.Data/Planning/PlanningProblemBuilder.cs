using System.Diagnostics;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Contingents;
using Concordia.Domain.Equipment;
using Concordia.Domain.Events;
using Concordia.Domain.Legal;
using Concordia.Domain.Planning;
using Concordia.Domain.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Engine = Concordia.Planning.Model;

namespace Concordia.Data.Planning;

/// <summary>
/// The one mapping from an event's data to a planning problem:
/// <list type="bullet">
/// <item>windows and demand from the requirements in force at the alert level (a row of a higher level replaces lower
/// ones), without the windows of closed sites; the domain's priority 1 (most important) weighs most;</item>
/// <item>foreign staff: accredited members of active commitments, available from arrival (or the commitment's first
/// day) to departure (or its last day); host staff: the host agencies' own members, available all event;
/// absences cut both;</item>
/// <item>a canine handler and their dog, and the members of a unit whose capability is a team (a public-order unit,
/// a military section), plan as one unit; languages spoken at level B1 or better;</item>
/// <item>a foreign officer's legal status (the one for their type of officer, else the one for all of their country's
/// officers) gives the host officers needed alongside them, whether they may be armed (and so serve a requirement for
/// armed officers: only when the status says armed and the equipment register holds a weapon of theirs, of a type the
/// status allows, whose authorisation is granted and valid on every day they are available), whether they have
/// executive powers (else someone who has them serves beside them), the days they may serve, and whether they serve
/// under their own command (then only beside their unit's leader; without a unit with a leader, or when the leader is
/// not planned, they are left out); without a status a foreign officer is unarmed, has no powers and needs the settings' number of
/// host officers; host officers are armed unless their record says otherwise;</item>
/// <item>visitors expected at a site on a day ask for speakers of their languages (and officers of their country) in
/// every shift the site has that day;</item>
/// <item>the event's planning settings give the working-time limits, host officers per foreign officer and, for a
/// re-plan, the frozen horizon; the published version's duties are the plan to keep.</item>
/// </list>
/// </summary>
public static partial class PlanningProblemBuilder
{
    private static readonly LanguageLevel SpeaksFrom = LanguageLevel.B1;

    public static async Task<(Engine.PlanningProblem Problem, ProblemMap Map)> BuildAsync(
        ConcordiaDbContext db, Event ev, string alertLevel, PlanningSettings settings, Guid? basedOn, DateTime asOf, CancellationToken ct,
        ILogger? logger = null)
    {
        var log = logger ?? NullLogger.Instance;
        var clock = Stopwatch.StartNew();
        var map = new ProblemMap();
        var span = ev.Span;
        var sites = await db.Sites.AsNoTracking().Where(s => s.EventId == ev.Id).Select(s => new { s.Id, s.Name, s.ParentId }).ToListAsync(ct);
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Id, ct);
        var closures = await db.SiteClosures.AsNoTracking().Where(c => c.EventId == ev.Id).ToListAsync(ct);
        var requirements = EffectiveRequirements.At(
            await db.Requirements.AsNoTracking().Where(r => r.EventId == ev.Id).ToListAsync(ct), ev.AlertScale, alertLevel);
        var parents = sites.ToDictionary(s => s.Id, s => s.ParentId);

        foreach (var s in sites)
        {
            map.Sites[Key(s.Id)] = s.Id;
        }

        foreach (var c in capabilities.Values)
        {
            map.Capabilities[c.Code] = c.Id;
        }

        var windows = new Dictionary<string, Engine.TimeWindow>(StringComparer.Ordinal);
        var demands = new List<Engine.Demand>(requirements.Count);
        foreach (var r in requirements.OrderBy(r => r.Window.Start).ThenBy(r => r.SiteId).ThenBy(r => r.CapabilityId))
        {
            if (Closed(closures, parents, r.SiteId, r.Window.Start))
            {
                continue;
            }

            var id = PlanWindows.Id(r.Window.Start, r.Window.End);
            if (!windows.ContainsKey(id))
            {
                windows[id] = PlanWindows.Create(ev, r.Window.Start, r.Window.End);
                map.Windows[id] = (r.Window.Start, r.Window.End);
            }

            demands.Add(new Engine.Demand(Key(r.SiteId), id, capabilities[r.CapabilityId].Code, r.Quantity, Weight(r.Priority), Armed: r.Armed));
        }

        LogPhase(log, "requirements and windows", clock.Elapsed.TotalSeconds);
        var staff = await StaffAsync(db, ev, capabilities, map, ct);
        LogPhase(log, "staff", clock.Elapsed.TotalSeconds);
        var needs = await LanguageNeedsAsync(db, ev, demands, windows, ct);
        LogPhase(log, "language needs", clock.Elapsed.TotalSeconds);
        var published = basedOn is { } version ? await PublishedAsync(db, version, map, windows, log, clock, ct) : [];
        var problem = new Engine.PlanningProblem
        {
            Name = ev.Code,
            HorizonStart = new DateTimeOffset(span.Start, TimeSpan.Zero),
            HorizonDays = (int)Math.Ceiling((span.End - span.Start).TotalDays),
            Sites = sites.Select(s => new Engine.Site(Key(s.Id), s.Name, s.ParentId is { } p ? Key(p) : null)).ToArray(),
            Windows = windows.Values.OrderBy(w => w.Start).ThenBy(w => w.Id, StringComparer.Ordinal).ToArray(),
            Demands = demands,
            Staff = staff,
            LanguageNeeds = needs,
            Rules = new Engine.RuleSettings
            {
                Limits = new Engine.WorkLimits
                {
                    MaxShiftMinutes = settings.MaxShiftHours * 60,
                    MinRestMinutes = settings.MinRestHours * 60,
                    MaxMinutesPer7Days = settings.MaxHoursPer7Days * 60,
                    MaxConsecutiveDays = settings.MaxConsecutiveDays,
                },
                HostsPerForeign = settings.HostOfficersPerForeignOfficer,
            },
            Published = published,
            FrozenUntil = basedOn is null ? null : new DateTimeOffset(asOf.AddMinutes(settings.FrozenHorizonMinutes), TimeSpan.Zero),
        };
        return (problem, map);
    }

    public static string Key(Guid id) => id.ToString("N");

    /// <summary>The engine weighs a demand by its priority: the domain's 1 (most important) of 5 weighs 5.</summary>
    private static int Weight(int priority) => 6 - Math.Clamp(priority, 1, 5);

    private static bool Closed(List<Domain.Sites.SiteClosure> closures, Dictionary<Guid, Guid?> parents, Guid site, DateTime start)
    {
        for (Guid? s = site; s is { } id; s = parents.GetValueOrDefault(id))
        {
            if (closures.Any(c => c.SiteId == id && c.Covers(start)))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<List<Engine.StaffMember>> StaffAsync(
        ConcordiaDbContext db, Event ev, Dictionary<Guid, Capability> capabilities, ProblemMap map, CancellationToken ct)
    {
        var span = ev.Span;
        var members = await db.Members.AsNoTracking()
            .Where(m => m.EventId == ev.Id && m.ErasedAt == null)
            .Select(m => new Candidate(m.Id, m.Country, m.AgencyId, m.CapabilityId, m.UnitId, m.Languages, m.Dog, m.Status, m.CommitmentId,
                m.ArrivalAt, m.DepartureAt, m.FamilyName, m.GivenName, m.Rank, m.Armed))
            .ToListAsync(ct);
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.EventId == ev.Id && c.WithdrawnAt == null)
            .ToDictionaryAsync(c => c.Id, c => (c.From, c.To), ct);
        var units = await db.Units.AsNoTracking().Where(u => u.EventId == ev.Id).ToDictionaryAsync(u => u.Id, u => (u.Name, u.LeaderId), ct);
        var statuses = (await db.LegalStatuses.AsNoTracking().Where(s => s.EventId == ev.Id).ToListAsync(ct))
            .ToDictionary(s => (s.Country, s.OfficerTypeKey), s => s.Terms);
        var weapons = (await db.Equipment.AsNoTracking()
                .Where(i => i.EventId == ev.Id && i.MemberId != null && i.Kind == EquipmentKind.Weapon && i.Authorisation == AuthorisationStatus.Granted)
                .Select(i => new { MemberId = i.MemberId!.Value, i.Type, i.AuthorisedFrom, i.AuthorisedTo }).ToListAsync(ct))
            // A unit's own weapons (held by the unit as a whole) arm none of its members: the armed test stays per member.
            .ToLookup(w => w.MemberId, w => new GrantedWeapon(w.Type, w.AuthorisedFrom!.Value, w.AuthorisedTo!.Value));
        var absences = (await db.Absences.AsNoTracking().Where(a => a.EventId == ev.Id).Select(a => new { a.MemberId, a.From, a.To }).ToListAsync(ct))
            .ToLookup(a => a.MemberId, a => (a.From, a.To));

        var staff = new List<Engine.StaffMember>(members.Count + 1000);
        foreach (var m in members.OrderBy(m => m.Id))
        {
            if (m.CapabilityId is not { } capId || !capabilities.TryGetValue(capId, out var cap))
            {
                map.Leave("no capability");
                continue;
            }

            var (from, to) = (span.Start, span.End);
            var status = m.AgencyId is null
                ? statuses.GetValueOrDefault((m.Country, cap.Kind.ToString())) ?? statuses.GetValueOrDefault((m.Country, LegalStatus.AllOfficers))
                : null;
            if (m.AgencyId is null)
            {
                if (m.Status is not (AccreditationStatus.Accredited or AccreditationStatus.BadgeIssued))
                {
                    map.Leave("not accredited");
                    continue;
                }

                if (m.CommitmentId is not { } c || !commitments.TryGetValue(c, out var period))
                {
                    map.Leave("no active commitment");
                    continue;
                }

                from = Max(ev.StartOfDayUtc(period.From), m.ArrivalAt ?? DateTime.MinValue);
                to = Min(ev.StartOfDayUtc(period.To.AddDays(1)), m.DepartureAt ?? DateTime.MaxValue);
                if (status is not null)
                {
                    from = Max(from, ev.StartOfDayUtc(status.ValidFrom));
                    to = Min(to, ev.StartOfDayUtc(status.ValidTo.AddDays(1)));
                }
            }

            var available = Cut(Max(from, span.Start), Min(to, span.End), absences[m.Id]);
            if (available.Count == 0)
            {
                map.Leave("not available during the event");
                continue;
            }

            string? commandedBy = null;
            if (status is { Command: CommandAuthority.Own })
            {
                if (m.UnitId is not { } own || !units.TryGetValue(own, out var ownUnit) || ownUnit.LeaderId is not { } ownLeader)
                {
                    map.Leave("under own command outside a unit with a leader");
                    continue;
                }

                commandedBy = ownLeader == m.Id ? null : Key(ownLeader);
            }

            string agent;
            string label;
            var leader = false;
            Guid? unitId = null;
            if (cap.Dogs > 0)
            {
                if (m.Dog is null)
                {
                    map.Leave("canine capability without a dog");
                    continue;
                }

                agent = $"k9-{Key(m.Id)}";
                label = $"{Display(m)} & {m.Dog.Name}";
            }
            else if (cap.Persons > 1)
            {
                if (m.UnitId is not { } u || !units.TryGetValue(u, out var unit))
                {
                    map.Leave("team capability outside a unit");
                    continue;
                }

                agent = $"unit-{Key(u)}";
                label = unit.Name;
                leader = unit.LeaderId == m.Id;
                unitId = u;
            }
            else
            {
                agent = Key(m.Id);
                label = Display(m);
            }

            var periods = available.Select(p => new Engine.Availability(new DateTimeOffset(p.From, TimeSpan.Zero), new DateTimeOffset(p.To, TimeSpan.Zero))).ToArray();
            var id = Key(m.Id);
            var team = agent == id ? null : agent;
            staff.Add(new Engine.StaffMember
            {
                Id = id,
                Capabilities = [cap.Code],
                Languages = [.. m.Languages.Where(l => l.Level >= SpeaksFrom).Select(l => l.Code).Distinct()],
                Country = m.Country,
                Host = m.AgencyId is not null,
                TeamId = team,
                Availability = periods,
                Armed = Armed(m, status, weapons[m.Id], available, ev),
                HostsAlongside = status?.HostOfficersPerForeignOfficer,
                NoPowers = m.AgencyId is null && (status is null || status.Powers == ExecutivePowers.None),
                CommandedBy = commandedBy,
            });
            map.Staff[id] = new ProblemMap.StaffEntry(m.Id, false, agent, m.Country, unitId, label, Display(m), m.Rank, leader, m.Dog?.Name);
            if (cap.Dogs > 0)
            {
                var dog = $"{id}-dog";
                staff.Add(new Engine.StaffMember
                {
                    Id = dog, Capabilities = [], Country = m.Country, Host = m.AgencyId is not null, Kind = Engine.StaffKind.Dog, TeamId = team, Availability = periods,
                });
                map.Staff[dog] = new ProblemMap.StaffEntry(m.Id, true, agent, m.Country, null, label, Display(m), m.Rank, false, m.Dog!.Name);
            }
        }

        return WithoutUnled(staff, map);
    }

    /// <summary>Officers under own command whose leader is not planned are left out, with their dogs: nobody could lead them.</summary>
    private static List<Engine.StaffMember> WithoutUnled(List<Engine.StaffMember> staff, ProblemMap map)
    {
        var planned = staff.Where(s => s.Kind == Engine.StaffKind.Person).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var unled = staff.Where(s => s.CommandedBy is { } l && !planned.Contains(l)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (unled.Count == 0)
        {
            return staff;
        }

        var gone = unled.Concat(unled.Select(id => $"{id}-dog")).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < unled.Count; i++)
        {
            map.Leave("under own command, leader not planned");
        }

        foreach (var id in gone)
        {
            map.Staff.Remove(id);
        }

        return [.. staff.Where(s => !gone.Contains(s.Id))];
    }

    /// <summary>Visitors expected at a site on a local day ask for speakers in each window the site has demand in that day.</summary>
    private static async Task<List<Engine.LanguageNeed>> LanguageNeedsAsync(
        ConcordiaDbContext db, Event ev, List<Engine.Demand> demands, Dictionary<string, Engine.TimeWindow> windows, CancellationToken ct)
    {
        var visitors = await db.Visitors.AsNoTracking().Where(v => v.EventId == ev.Id).ToListAsync(ct);
        var needs = new List<Engine.LanguageNeed>();
        if (visitors.Count == 0)
        {
            return needs;
        }

        var cells = demands.Where(d => d.Required > 0).Select(d => (d.SiteId, d.WindowId)).Distinct()
            .ToLookup(c => (c.SiteId, Day: ev.LocalDay(windows[c.WindowId].Start.UtcDateTime)), c => c.WindowId);
        foreach (var v in visitors.OrderBy(v => v.Day).ThenBy(v => v.SiteId).ThenBy(v => v.Country, StringComparer.Ordinal))
        {
            foreach (var window in cells[(Key(v.SiteId), v.Day)])
            {
                // The visitors' country is asked for once, with their first language.
                for (var i = 0; i < v.Languages.Count; i++)
                {
                    needs.Add(new Engine.LanguageNeed(Key(v.SiteId), window, v.Languages[i], v.Speakers, i == 0 ? v.Country : null));
                }
            }
        }

        return needs;
    }

    /// <summary>The published version's duties as assignments of the staff that still exist.</summary>
    private static async Task<List<Engine.Assignment>> PublishedAsync(
        ConcordiaDbContext db, Guid version, ProblemMap map, Dictionary<string, Engine.TimeWindow> windows, ILogger log, Stopwatch clock, CancellationToken ct)
    {
        var published = await db.PlanVersions.AsNoTracking().SingleAsync(v => v.Id == version, ct);
        map.Published = await db.LoadAsync(published, ct);
        LogPhase(log, "published duties read", clock.Elapsed.TotalSeconds);
        var duties = map.Published.Duties;
        var members = (await db.AgentMembersOf(published).Select(m => new { m.Agent, m.MemberId }).ToListAsync(ct))
            .ToLookup(m => m.Agent, m => m.MemberId);
        var capabilityCodes = map.Capabilities.ToDictionary(c => c.Value, c => c.Key);
        var staffOf = map.Staff.ToLookup(s => s.Value.MemberId, s => s.Key);
        var list = new List<Engine.Assignment>(duties.Count * 2);

        // Half a million duties share a few thousand windows and a few hundred sites: their ids are made once each.
        var windowIds = new Dictionary<(DateTime, DateTime), string?>();
        var siteKeys = new Dictionary<Guid, string>();
        foreach (var d in duties)
        {
            if (!windowIds.TryGetValue((d.Start, d.End), out var window))
            {
                var id = PlanWindows.Id(d.Start, d.End);
                window = windowIds[(d.Start, d.End)] = windows.ContainsKey(id) ? id : null;
            }

            if (window is null || !capabilityCodes.TryGetValue(d.CapabilityId, out var cap))
            {
                continue;
            }

            if (!siteKeys.TryGetValue(d.SiteId, out var site))
            {
                site = siteKeys[d.SiteId] = Key(d.SiteId);
            }

            foreach (var member in members[d.Agent])
            {
                foreach (var staffId in staffOf[member])
                {
                    list.Add(new Engine.Assignment(staffId, site, window, cap));
                }
            }
        }

        LogPhase(log, "published duties made assignments", clock.Elapsed.TotalSeconds);
        return list;
    }

    /// <summary>The period minus the absences, as the periods left.</summary>
    private static List<(DateTime From, DateTime To)> Cut(DateTime from, DateTime to, IEnumerable<(DateTime From, DateTime To)> absences)
    {
        var periods = new List<(DateTime From, DateTime To)>();
        if (to <= from)
        {
            return periods;
        }

        periods.Add((from, to));
        foreach (var (a, b) in absences)
        {
            periods = periods.SelectMany(p => b <= p.From || a >= p.To
                    ? [p]
                    : new[] { (p.From, a), (b, p.To) }.Where(x => x.Item2 > x.Item1))
                .ToList();
        }

        return periods;
    }

    /// <summary>
    /// A host officer is armed unless their record says otherwise. A foreign officer only when their legal status lets
    /// them carry arms and the equipment register holds a weapon of theirs, of one of the types the status allows, whose
    /// authorisation is granted and valid on every day they are available (the model knows one armed flag per officer,
    /// so an authorisation that misses one of their days leaves them unarmed throughout).
    /// </summary>
    private static bool Armed(Candidate m, LegalTerms? status, IEnumerable<GrantedWeapon> weapons, List<(DateTime From, DateTime To)> available, Event ev)
    {
        if (m.AgencyId is not null)
        {
            return m.Armed ?? true;
        }

        if (status is not { Armed: true })
        {
            return false;
        }

        var days = available.SelectMany(p => Days(ev, p.From, p.To)).Distinct().ToList();
        return weapons.Any(w => status.WeaponTypes.Any(t => string.Equals(t, w.Type, StringComparison.OrdinalIgnoreCase))
            && days.All(d => w.From <= d && d <= w.To));
    }

    private static IEnumerable<DateOnly> Days(Event ev, DateTime from, DateTime to)
    {
        for (var day = ev.LocalDay(from); ev.StartOfDayUtc(day) < to; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static string Display(Candidate m) => $"{m.FamilyName.ToUpperInvariant()} {m.GivenName}".TrimEnd();

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private sealed record Candidate(
        Guid Id, string Country, Guid? AgencyId, Guid? CapabilityId, Guid? UnitId, IReadOnlyList<LanguageSkill> Languages, CanineDetails? Dog,
        AccreditationStatus Status, Guid? CommitmentId, DateTime? ArrivalAt, DateTime? DepartureAt, string FamilyName, string GivenName, string? Rank,
        bool? Armed);

    [LoggerMessage(EventId = 1410, Level = LogLevel.Information, Message = "Planning problem: {Phase} at {Seconds:F2} s")]
    private static partial void LogPhase(ILogger logger, string phase, double seconds);

    private sealed record GrantedWeapon(string Type, DateOnly From, DateOnly To);
}
