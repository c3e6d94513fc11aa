using Concordia.Data;
using Concordia.Domain.Alerts;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Planning;
using Concordia.Web.Features.Planning;

namespace Concordia.Web.Features.Alerts;

/// <summary>
/// Puts another alert level in force and records the change; when a plan is published, proposes a re-plan of the new
/// level's requirements from it. Used by the API and the dashboard.
/// </summary>
public static class SetAlertLevel
{
    public static async Task<Result<AlertLevelChange>> RunAsync(ConcordiaDbContext db, Event ev, string level, string? reason, string changedBy,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var before = ev.CurrentLevel;
        var change = ev.SetAlertLevel(level, time.GetUtcNow().UtcDateTime, changedBy, reason);
        if (change.IsSuccess)
        {
            db.AlertLevelChanges.Add(change.Value);
            var after = ev.CurrentLevel;
            var words = $"Alert level {(after.Rank > before.Rank ? "raised" : "lowered")} from {before.Name} to {after.Name}";
            await new PlanJobs(db, time).ProposeAsync(ev, PlanTrigger.AlertLevelChanged, words, changedBy, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return change;
    }
}
