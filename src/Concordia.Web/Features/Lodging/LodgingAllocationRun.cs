using Concordia.Data;
using Concordia.Domain.Events;
using Concordia.Domain.Lodging;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Lodging;

/// <summary>
/// Runs the allocator over the members without a bed (or over everyone, starting afresh), and stores its placements
/// in one transaction with one audit entry.
/// </summary>
public static class LodgingAllocationRun
{
    public static async Task<LodgingAllocationResult> RunAsync(ConcordiaDbContext db, Event ev, bool fresh, string by, CancellationToken cancellationToken)
    {
        var sites = await db.AccommodationSites.AsNoTracking().Where(s => s.EventId == ev.Id).ToListAsync(cancellationToken);
        var existing = await db.LodgingAssignments.Where(a => a.EventId == ev.Id).ToListAsync(cancellationToken);
        if (fresh)
        {
            db.LodgingAssignments.RemoveRange(existing);
        }

        List<LodgingAssignment> kept = fresh ? [] : existing;
        var needs = await LodgingNeeds.LoadAsync(db, ev, cancellationToken);
        var allocation = LodgingAllocator.Allocate(sites, kept, needs);
        var at = db.Access.Clock.GetUtcNow().UtcDateTime;
        var countries = needs.ToDictionary(n => n.MemberId, n => n.Country);
        db.LodgingAssignments.AddRange(allocation.Placed.Select(p => LodgingAssignment.Of(ev.Id, countries[p.MemberId], p.MemberId, p.SiteId, p.Nights, by, at)));
        var result = new LodgingAllocationResult(allocation.Placed.Count, allocation.Unplaced.Count, kept.Count);
        await db.SaveChangesAsOneAuditEntryAsync("LodgingAllocated", "Event", ev.Id.ToString(), new { ev.Code, fresh, result.Placed, result.Unplaced, result.AlreadyLodged },
            cancellationToken);
        return result;
    }
}
