using Concordia.Data;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Events;

/// <summary>Finds the event named by a route; every event-scoped endpoint starts here.</summary>
public static class EventLookup
{
    public static Task<Event?> FindAsync(ConcordiaDbContext db, Guid eventId, CancellationToken cancellationToken) =>
        db.Events.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);

    public static string NotFound(Guid eventId) => $"There is no event with id {eventId}.";
}
