using Concordia.Data;
using Concordia.Domain.Alerts;
using Concordia.Domain.Common;
using Concordia.Domain.Events;

namespace Concordia.Web.Features.Alerts;

/// <summary>Puts another alert level in force and records the change; used by the API and the dashboard.</summary>
public static class SetAlertLevel
{
    public static async Task<Result<AlertLevelChange>> RunAsync(ConcordiaDbContext db, Event ev, string level, string? reason, string changedBy,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var change = ev.SetAlertLevel(level, time.GetUtcNow().UtcDateTime, changedBy, reason);
        if (change.IsSuccess)
        {
            db.AlertLevelChanges.Add(change.Value);
            await db.SaveChangesAsync(cancellationToken);
        }

        return change;
    }
}
