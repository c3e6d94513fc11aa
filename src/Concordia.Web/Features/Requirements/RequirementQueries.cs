using Concordia.Data;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Events;
using Concordia.Domain.Requirements;
using Concordia.Domain.Sites;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Requirements;

/// <summary>Requirement lists and totals, shared by the API and the pages.</summary>
public static class RequirementQueries
{
    public const int MaxLimit = 1000;

    public static async Task<Page<RequirementDto>> SearchAsync(ConcordiaDbContext db, Event ev, RequirementFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Requirements.AsNoTracking().Where(r => r.EventId == ev.Id);
        if (filter.SiteId is { } siteId)
        {
            query = query.Where(r => r.SiteId == siteId);
        }

        if (filter.CapabilityId is { } capabilityId)
        {
            query = query.Where(r => r.CapabilityId == capabilityId);
        }

        if (filter.Day is { } day)
        {
            var from = ev.StartOfDayUtc(day);
            var to = ev.StartOfDayUtc(day.AddDays(1));
            query = query.Where(r => r.Window.Start >= from && r.Window.Start < to);
        }

        // Which rows are in force depends on their siblings at other levels, so the level filters run in memory
        // over rows that the database has already narrowed to whole sibling groups.
        var rows = await query.ToListAsync(cancellationToken);
        var inForce = EffectiveRequirements.At(rows, ev.AlertScale, ev.CurrentAlertLevel).Select(r => r.Id).ToHashSet();
        IEnumerable<Requirement> selected = rows;
        if (filter.InForceOnly)
        {
            selected = selected.Where(r => inForce.Contains(r.Id));
        }

        if (!string.IsNullOrEmpty(filter.AlertLevel))
        {
            selected = selected.Where(r => r.AlertLevel == filter.AlertLevel);
        }

        if (filter.Priority is { } priority)
        {
            selected = selected.Where(r => r.Priority == priority);
        }

        var sites = await db.Sites.AsNoTracking().Where(s => s.EventId == ev.Id).ToDictionaryAsync(s => s.Id, cancellationToken);
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Id, cancellationToken);
        var ordered = selected
            .OrderBy(r => r.Window.Start).ThenBy(r => sites[r.SiteId].Name, StringComparer.CurrentCulture)
            .ThenBy(r => capabilities[r.CapabilityId].Code, StringComparer.Ordinal).ThenBy(r => ev.AlertScale.RankOf(r.AlertLevel))
            .ToList();
        var limit = Math.Clamp(filter.Limit, 1, MaxLimit);
        var offset = Math.Max(filter.Offset, 0);
        var items = ordered.Skip(offset).Take(limit)
            .Select(r => ToDto(ev, r, sites[r.SiteId], capabilities[r.CapabilityId], inForce.Contains(r.Id))).ToList();
        return new Page<RequirementDto>(items, ordered.Count, offset, limit);
    }

    public static async Task<RequirementTotalsDto> TotalsAsync(ConcordiaDbContext db, Event ev, string level, CancellationToken cancellationToken)
    {
        var rows = await db.Requirements.AsNoTracking().Where(r => r.EventId == ev.Id).ToListAsync(cancellationToken);
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToListAsync(cancellationToken);
        return Totals(ev, rows, capabilities, level);
    }

    /// <summary>Totals at one level from rows already loaded (the dashboard compares every level of the scale).</summary>
    public static RequirementTotalsDto Totals(Event ev, IReadOnlyList<Requirement> rows, IReadOnlyList<Capability> capabilities, string level)
    {
        var inForce = EffectiveRequirements.At(rows, ev.AlertScale, level);
        var daily = RequirementTotals.PerDayAndCapability(ev, inForce, capabilities.ToDictionary(c => c.Id));
        var codes = capabilities.ToDictionary(c => c.Id, c => c.Code);
        var days = daily.GroupBy(t => t.Day)
            .Select(g => new DayTotalDto(g.Key, ev.PhaseOn(g.Key)?.Name, g.Sum(t => t.Units), g.Sum(t => t.Persons), g.Sum(t => t.Dogs),
                g.ToDictionary(t => codes[t.CapabilityId], t => t.Units), g.ToDictionary(t => codes[t.CapabilityId], t => t.Persons)))
            .OrderBy(d => d.Day).ToList();
        var byCapability = capabilities
            .Select(c =>
            {
                var own = daily.Where(t => t.CapabilityId == c.Id).ToList();
                var peak = own.MaxBy(t => t.Persons);
                return new CapabilityTotalDto(c.Code, c.Name, own.Sum(t => t.Units), own.Sum(t => t.Persons), own.Sum(t => t.Dogs),
                    Math.Round(own.Sum(t => t.PersonHours), 1), peak?.Day, peak?.Persons ?? 0);
            })
            .OrderByDescending(c => c.Persons).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        var peakDay = days.MaxBy(d => d.Persons);
        return new RequirementTotalsDto(level, days.Sum(d => d.Units), days.Sum(d => d.Persons), peakDay?.Day, peakDay?.Persons ?? 0, days, byCapability);
    }

    /// <summary>Units needed per site at the level in force on one local day (for the map).</summary>
    public static async Task<Dictionary<Guid, int>> DemandBySiteAsync(ConcordiaDbContext db, Event ev, DateOnly day, CancellationToken cancellationToken)
    {
        var from = ev.StartOfDayUtc(day);
        var to = ev.StartOfDayUtc(day.AddDays(1));
        var rows = await db.Requirements.AsNoTracking()
            .Where(r => r.EventId == ev.Id && r.Window.Start >= from && r.Window.Start < to).ToListAsync(cancellationToken);
        return EffectiveRequirements.At(rows, ev.AlertScale, ev.CurrentAlertLevel)
            .GroupBy(r => r.SiteId).ToDictionary(g => g.Key, g => g.Sum(r => r.Quantity));
    }

    public static RequirementDto ToDto(Event ev, Requirement r, Site site, Capability capability, bool inForce) =>
        new(r.Id, r.SiteId, site.Code, site.Name, r.CapabilityId, capability.Code, capability.Name, ev.ToLocal(r.Window.Start), ev.ToLocal(r.Window.End),
            r.Quantity, r.AlertLevel, r.Priority, r.Note, inForce, r.Version, r.Armed);
}
