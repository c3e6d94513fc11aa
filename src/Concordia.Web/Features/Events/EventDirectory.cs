using Concordia.Data;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Events;

/// <summary>Finds the event a page is about: by code, or the most recent one when the address names none.</summary>
public static class EventDirectory
{
    public static async Task<Event?> FindAsync(ConcordiaDbContext db, string? code, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(code))
        {
            return await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Code == code, cancellationToken);
        }

        var all = await db.Events.AsNoTracking().ToListAsync(cancellationToken);
        return all.OrderByDescending(e => e.Start).FirstOrDefault();
    }
}
