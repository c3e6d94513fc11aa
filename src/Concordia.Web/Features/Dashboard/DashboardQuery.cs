using System.Text.Json;
using Concordia.Data;
using Concordia.Domain.Events;
using Concordia.Domain.Sites;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Requirements;
using Concordia.Web.Features.Sites;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Dashboard;

public static class DashboardQuery
{
    /// <summary>Loads the dashboard; requirement figures only when <paramref name="withRequirements"/> (the caller may read them).</summary>
    public static async Task<DashboardModel> LoadAsync(ConcordiaDbContext db, Event ev, DateOnly? mapDay, bool withRequirements, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var sites = await SiteQueries.ListAsync(db, ev.Id, null, null, null, cancellationToken);
        var dto = EventDto.From(ev);
        if (!withRequirements)
        {
            return new DashboardModel(dto, sites.Count(s => !s.IsSector), sites.Count(s => s.IsSector),
                sites.GroupBy(s => Infrastructure.KebabCase.Of(s.Kind)).ToDictionary(g => g.Key, g => g.Count()),
                null, null, [], mapDay ?? ev.Start, GeoJsonFeatureCollection.From(sites), MapFocus.Of(sites), CeremonyRoute(sites));
        }

        var requirements = await db.Requirements.AsNoTracking().Where(r => r.EventId == ev.Id).ToListAsync(cancellationToken);
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToListAsync(cancellationToken);
        var rows = requirements.Count;
        var totals = RequirementQueries.Totals(ev, requirements, capabilities, ev.CurrentAlertLevel);
        var levels = new List<LevelSummary>();
        foreach (var level in dto.AlertScale.Levels)
        {
            var atLevel = level.Code == ev.CurrentAlertLevel ? totals : RequirementQueries.Totals(ev, requirements, capabilities, level.Code);
            levels.Add(new LevelSummary(level, atLevel.Persons, atLevel.PeakDay, atLevel.PeakPersons));
        }

        var day = mapDay ?? DefaultDay(ev, totals, time);
        var demand = await RequirementQueries.DemandBySiteAsync(db, ev, day, cancellationToken);
        return new DashboardModel(dto, sites.Count(s => !s.IsSector), sites.Count(s => s.IsSector),
            sites.GroupBy(s => Infrastructure.KebabCase.Of(s.Kind)).ToDictionary(g => g.Key, g => g.Count()),
            rows, totals, levels, day, GeoJsonFeatureCollection.From(sites, demand), MapFocus.Of(sites), CeremonyRoute(sites));
    }

    /// <summary>Today when the event is on, else the busiest day.</summary>
    private static DateOnly DefaultDay(Event ev, RequirementTotalsDto totals, TimeProvider time)
    {
        var today = ev.LocalDay(time.GetUtcNow().UtcDateTime);
        return today >= ev.Start && today <= ev.End ? today : totals.PeakDay ?? ev.Start;
    }

    /// <summary>The ceremony sectors in code order, which is route order in the scenario files.</summary>
    private static IReadOnlyList<PointDto> CeremonyRoute(IReadOnlyList<Site> sites) =>
        sites.Where(s => s.Kind == SiteKind.CeremonySector && s.IsSector)
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => new PointDto(s.Location.Lat, s.Location.Lon)).ToList();
}
