using Concordia.Data;
using Concordia.Domain.Events;
using Concordia.Domain.Lodging;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Lodging;

/// <summary>Occupancy night by night, over-capacity nights and members without a bed, from the stored sites, assignments and needs.</summary>
public static class LodgingBoard
{
    public static async Task<LodgingBoardDto> RunAsync(ConcordiaDbContext db, Event ev, CancellationToken cancellationToken)
    {
        var sites = await db.AccommodationSites.AsNoTracking().Where(s => s.EventId == ev.Id).OrderBy(s => s.Code).ToListAsync(cancellationToken);
        var assignments = await db.LodgingAssignments.AsNoTracking().Where(a => a.EventId == ev.Id).ToListAsync(cancellationToken);
        var needs = await LodgingNeeds.LoadAsync(db, ev, cancellationToken);
        var first = new[] { ev.Start.AddDays(-3) }.Concat(sites.Select(s => s.FirstNight)).Concat(needs.Select(n => n.Nights.First)).Min();
        var last = new[] { ev.End }.Concat(sites.Select(s => s.LastNight)).Concat(needs.Select(n => n.Nights.Last)).Max();
        var range = new NightRange(first, last);
        var occupancy = LodgingOccupancy.Compute(range, sites, assignments, needs);
        var nights = range.Nights.ToList();
        var siteRows = sites.Select(s =>
        {
            var rows = occupancy.Sites.Where(o => o.SiteId == s.Id).OrderBy(o => o.Night).ToList();
            return new SiteOccupancyDto(s.Id, s.Code, s.Name, [.. rows.Select(r => r.Occupied)], [.. rows.Select(r => r.Capacity)],
                [.. rows.Where(r => r.OverCapacity).Select(r => r.Night)]);
        }).ToList();
        var lodged = assignments.Select(a => a.MemberId).ToHashSet();
        var without = needs.Where(n => !lodged.Contains(n.MemberId)).ToList();
        return new LodgingBoardDto(nights, siteRows, [.. nights.Select(n => occupancy.Unassigned[n])], needs.Count, without.Count,
            without.GroupBy(n => n.Country).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));
    }
}
