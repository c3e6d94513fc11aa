using Concordia.Data.Scenarios.Format;
using Concordia.Domain.Agencies;
using Concordia.Domain.Alerts;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Planning;
using Concordia.Domain.Requirements;
using Concordia.Domain.Sites;

namespace Concordia.Data.Scenarios;

/// <summary>Turns a scenario file into domain objects (checking every rule, naming the path of each bad element) and back.</summary>
public static class ScenarioMapper
{
    public static Result<ScenarioGraph> ToDomain(ScenarioFile file)
    {
        var errors = new List<DomainError>();
        var ev = CreateEvent(file, errors);
        if (ev is null)
        {
            return Result<ScenarioGraph>.Failure(errors);
        }

        var agencies = CreateAgencies(ev, file.Agencies ?? [], errors);
        var capabilities = CreateCapabilities(ev, file.Capabilities, errors);
        var sites = CreateSites(ev, file.Sites, errors);
        var requirements = CreateRequirements(ev, file.Requirements, sites, capabilities, errors);
        var firstAgency = (file.Agencies ?? []).Select(a => agencies.GetValueOrDefault(a.Code)).FirstOrDefault(a => a is not null);
        var (pledges, commitments) = ScenarioContributions.Create(ev, file.Contributions ?? [], agencies, firstAgency, capabilities, errors);
        var visitors = CreateVisitors(ev, file.Visitors ?? [], sites, errors);
        return errors.Count > 0
            ? Result<ScenarioGraph>.Failure(errors)
            : new ScenarioGraph(ev, [.. agencies.Values], [.. capabilities.Values], [.. sites.Values], requirements, pledges, commitments, visitors);
    }

    public static ScenarioFile FromDomain(ScenarioGraph graph)
    {
        var ev = graph.Event;
        var agencyCodes = graph.Agencies.ToDictionary(a => a.Id, a => a.Code);
        var siteCodes = graph.Sites.ToDictionary(s => s.Id, s => s.Code);
        var capabilityCodes = graph.Capabilities.ToDictionary(c => c.Id, c => c.Code);
        var contributions = ScenarioContributions.Export(graph, agencyCodes, capabilityCodes);
        var visitors = (graph.Visitors ?? []).OrderBy(v => v.Day).ThenBy(v => siteCodes[v.SiteId], StringComparer.Ordinal).ThenBy(v => v.Country, StringComparer.Ordinal)
            .Select(v => new ScenarioVisitors(siteCodes[v.SiteId], v.Day, v.Country, v.Languages, v.Speakers, v.Note)).ToList();
        return new ScenarioFile(
            visitors.Count > 0 ? ScenarioFile.VisitorsVersion : contributions.Count > 0 ? ScenarioFile.ContributionsVersion : ScenarioFile.CurrentVersion,
            new ScenarioEvent(ev.Code, ev.Name, ev.Description, ev.HostCountry, ev.TimeZoneId, ev.Start, ev.End,
                [.. ev.Phases.Select(p => new ScenarioPhase(p.Code, p.Name, p.Start, p.End))]),
            new ScenarioAlertScale(ev.AlertScale.Code, ev.AlertScale.Name,
                [.. ev.AlertScale.Levels.Select(l => new ScenarioAlertLevel(l.Code, l.Name, l.Rank, l.Color, l.Description))],
                ev.CurrentAlertLevel),
            [.. graph.Agencies.OrderBy(a => a.ParentId is not null).ThenBy(a => a.Code, StringComparer.Ordinal)
                .Select(a => new ScenarioAgency(a.Code, a.Name, ScenarioJson.ToCode(a.Kind), a.ParentId is { } p ? agencyCodes[p] : null))],
            [.. graph.Capabilities.OrderBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => new ScenarioCapability(c.Code, c.Name, ScenarioJson.ToCode(c.Kind), c.TypeLevel, c.Persons, c.Dogs, c.Description))],
            [.. graph.Sites.OrderBy(s => s.ParentId is not null).ThenBy(s => s.Code, StringComparer.Ordinal)
                .Select(s => new ScenarioSite(s.Code, s.Name, ScenarioJson.ToCode(s.Kind), s.City, new ScenarioPoint(s.Location.Lat, s.Location.Lon),
                    s.Area.Count == 0 ? null : [.. s.Area.Select(p => new ScenarioPoint(p.Lat, p.Lon))],
                    s.ParentId is { } p ? siteCodes[p] : null, s.Capacity, s.Description))],
            [.. graph.Requirements
                .OrderBy(r => r.Window.Start).ThenBy(r => siteCodes[r.SiteId], StringComparer.Ordinal)
                .ThenBy(r => capabilityCodes[r.CapabilityId], StringComparer.Ordinal).ThenBy(r => ev.AlertScale.RankOf(r.AlertLevel))
                .ThenBy(r => r.Window.End)
                .Select(r => new ScenarioRequirement(siteCodes[r.SiteId], capabilityCodes[r.CapabilityId], r.AlertLevel,
                    ScenarioTimes.Format(ev, r.Window.Start), ScenarioTimes.Format(ev, r.Window.End), r.Quantity, r.Priority, r.Note,
                    r.Armed ? true : null))],
            contributions.Count > 0 ? contributions : null,
            visitors.Count > 0 ? visitors : null)
        {
            Schema = "https://concordia.example/schemas/scenario-1.json",
        };
    }

    private static Event? CreateEvent(ScenarioFile file, List<DomainError> errors)
    {
        var scaleFile = file.AlertScale;
        var scale = AlertScale.Create(scaleFile.Code, scaleFile.Name,
            [.. scaleFile.Levels.Select(l => new AlertLevel(l.Code, l.Name, l.Rank, l.Color, l.Description))]);
        errors.AddRange(scale.Errors.Select(e => e.Under("alertScale")));

        var phases = new List<EventPhase>();
        var phaseFiles = file.Event.Phases ?? [];
        for (var i = 0; i < phaseFiles.Count; i++)
        {
            var phase = EventPhase.Create(phaseFiles[i].Code, phaseFiles[i].Name, phaseFiles[i].Start, phaseFiles[i].End);
            errors.AddRange(phase.Errors.Select(e => e.Under($"event.phases[{i}]")));
            if (phase.IsSuccess)
            {
                phases.Add(phase.Value);
            }
        }

        if (!scale.IsSuccess || phases.Count != phaseFiles.Count)
        {
            return null;
        }

        var e = file.Event;
        var created = Event.Create(e.Code, e.Name, e.Description, e.HostCountry, e.TimeZone, e.Start, e.End, phases, scale.Value, scaleFile.CurrentLevel);
        errors.AddRange(created.Errors.Select(error => error.Field.StartsWith("alertScale", StringComparison.Ordinal) ? error : error.Under("event")));
        return created.IsSuccess ? created.Value : null;
    }

    private static Dictionary<string, Agency> CreateAgencies(Event ev, IReadOnlyList<ScenarioAgency> files, List<DomainError> errors)
    {
        var created = new Dictionary<string, Agency>(StringComparer.Ordinal);
        var byCode = IndexByCode(files, a => a.Code, "agencies", errors);
        // Parents first, whatever the order in the file.
        foreach (var (index, file) in OrderParentsFirst(files, a => a.Code, a => a.Parent))
        {
            Agency? parent = null;
            if (file.Parent is not null && !created.TryGetValue(file.Parent, out parent))
            {
                errors.Add(new DomainError($"agencies[{index}].parent",
                    byCode.ContainsKey(file.Parent) ? $"agency '{file.Parent}' cannot be created" : $"no agency '{file.Parent}' in this file"));
                continue;
            }

            var agency = Agency.Create(ev, file.Code, file.Name, ScenarioJson.FromCode<AgencyKind>(file.Kind), parent);
            errors.AddRange(agency.Errors.Select(e => e.Under($"agencies[{index}]")));
            if (agency.IsSuccess)
            {
                created.TryAdd(file.Code, agency.Value);
            }
        }

        return created;
    }

    private static Dictionary<string, Capability> CreateCapabilities(Event ev, IReadOnlyList<ScenarioCapability> files, List<DomainError> errors)
    {
        IndexByCode(files, c => c.Code, "capabilities", errors);
        var created = new Dictionary<string, Capability>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var capability = Capability.Create(ev, file.Code, file.Name, ScenarioJson.FromCode<CapabilityKind>(file.Kind), file.TypeLevel,
                file.Persons ?? 1, file.Dogs ?? 0, file.Description);
            errors.AddRange(capability.Errors.Select(e => e.Under($"capabilities[{i}]")));
            if (capability.IsSuccess)
            {
                created.TryAdd(file.Code, capability.Value);
            }
        }

        return created;
    }

    private static Dictionary<string, Site> CreateSites(Event ev, IReadOnlyList<ScenarioSite> files, List<DomainError> errors)
    {
        var byCode = IndexByCode(files, s => s.Code, "sites", errors);
        var created = new Dictionary<string, Site>(StringComparer.Ordinal);
        foreach (var (index, file) in OrderParentsFirst(files, s => s.Code, s => s.Parent))
        {
            var path = $"sites[{index}]";
            Site? parent = null;
            if (file.Parent is not null && !created.TryGetValue(file.Parent, out parent))
            {
                errors.Add(new DomainError($"{path}.parent",
                    byCode.ContainsKey(file.Parent) ? $"site '{file.Parent}' has errors or is part of a cycle" : $"no site '{file.Parent}' in this file"));
                continue;
            }

            var location = GeoPoint.Create(file.Location.Lat, file.Location.Lon);
            errors.AddRange(location.Errors.Select(e => e.Under($"{path}.location")));
            var area = (file.Area ?? []).Select((p, i) => (Point: GeoPoint.Create(p.Lat, p.Lon), Index: i)).ToList();
            errors.AddRange(area.SelectMany(a => a.Point.Errors.Select(e => e.Under($"{path}.area[{a.Index}]"))));
            if (!location.IsSuccess || area.Any(a => !a.Point.IsSuccess))
            {
                continue;
            }

            var details = new SiteDetails(file.Code, file.Name, ScenarioJson.FromCode<SiteKind>(file.Kind), location.Value, file.City,
                [.. area.Select(a => a.Point.Value)], file.Capacity, file.Description);
            var site = Site.Create(ev, details, parent);
            errors.AddRange(site.Errors.Select(e => e.Under(path)));
            if (site.IsSuccess)
            {
                created.TryAdd(file.Code, site.Value);
            }
        }

        return created;
    }

    private static List<Requirement> CreateRequirements(Event ev, IReadOnlyList<ScenarioRequirement> files,
        Dictionary<string, Site> sites, Dictionary<string, Capability> capabilities, List<DomainError> errors)
    {
        var zone = ev.TimeZone;
        var created = new List<Requirement>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var path = $"requirements[{i}]";
            var check = new Check()
                .That(sites.ContainsKey(file.Site), $"{path}.site", $"no site '{file.Site}' in this file")
                .That(capabilities.ContainsKey(file.Capability), $"{path}.capability", $"no capability '{file.Capability}' in this file");
            var start = ScenarioTimes.Parse(file.Start, zone, $"{path}.start");
            var end = ScenarioTimes.Parse(file.End, zone, $"{path}.end");
            check.Add(start.Errors).Add(end.Errors);
            if (check.Failed)
            {
                errors.AddRange(check.Errors);
                continue;
            }

            var window = TimeWindow.Create(start.Value, end.Value);
            if (!window.IsSuccess)
            {
                errors.AddRange(window.Errors.Select(e => e.Under(path)));
                continue;
            }

            var requirement = Requirement.Create(ev, sites[file.Site], capabilities[file.Capability],
                new RequirementDetails(window.Value, file.Quantity, file.AlertLevel, file.Priority, file.Note, file.Armed == true));
            errors.AddRange(requirement.Errors.Select(e => e.Under(path)));
            if (requirement.IsSuccess)
            {
                created.Add(requirement.Value);
            }
        }

        return created;
    }

    private static List<VisitorExpectation> CreateVisitors(Event ev, IReadOnlyList<ScenarioVisitors> files, Dictionary<string, Site> sites, List<DomainError> errors)
    {
        var created = new List<VisitorExpectation>(files.Count);
        var seen = new HashSet<(string, DateOnly, string)>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var path = $"visitors[{i}]";
            if (!sites.TryGetValue(file.Site, out var site))
            {
                errors.Add(new DomainError($"{path}.site", $"no site '{file.Site}' in this file"));
                continue;
            }

            if (!seen.Add((file.Site, file.Day, file.Country)))
            {
                errors.Add(new DomainError($"{path}.country", $"visitors from '{file.Country}' at '{file.Site}' on {file.Day:yyyy-MM-dd} are listed twice"));
                continue;
            }

            var visitors = VisitorExpectation.Create(ev, site, file.Day, file.Country, file.Languages ?? [], file.Speakers, file.Note);
            errors.AddRange(visitors.Errors.Select(e => e.Under(path)));
            if (visitors.IsSuccess)
            {
                created.Add(visitors.Value);
            }
        }

        return created;
    }

    private static Dictionary<string, int> IndexByCode<T>(IReadOnlyList<T> items, Func<T, string> code, string list, List<DomainError> errors)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!index.TryAdd(code(items[i]), i))
            {
                errors.Add(new DomainError($"{list}[{i}].code", $"'{code(items[i])}' is already used by {list}[{index[code(items[i])]}]"));
            }
        }

        return index;
    }

    /// <summary>
    /// Items in dependency order: parents before their children, keeping file order among equals. An item in a
    /// cycle comes last, so that its parent is never found and the cycle is reported.
    /// </summary>
    private static IEnumerable<(int Index, T Item)> OrderParentsFirst<T>(IReadOnlyList<T> items, Func<T, string> code, Func<T, string?> parent)
    {
        var byCode = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byCode.TryAdd(code(item), item);
        }

        int Depth(T item)
        {
            var depth = 0;
            for (var current = parent(item); current is not null && byCode.TryGetValue(current, out var next); current = parent(next))
            {
                if (++depth > items.Count)
                {
                    return int.MaxValue;
                }
            }

            return depth;
        }

        return items.Select((item, index) => (index, item)).OrderBy(p => Depth(p.item));
    }
}
