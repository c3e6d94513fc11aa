using Microsoft.EntityFrameworkCore;

namespace Concordia.Data;

/// <summary>Deletes an event and everything that belongs to it, children before parents.</summary>
public static class EventRemoval
{
    /// <summary>Call inside a transaction: the deletes are separate statements.</summary>
    public static async Task DeleteAsync(ConcordiaDbContext db, Guid eventId, CancellationToken cancellationToken)
    {
        await db.Commitments.IgnoreQueryFilters().Where(c => c.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        await db.Pledges.IgnoreQueryFilters().Where(p => p.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        await db.Requirements.Where(r => r.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        var versions = db.PlanVersions.Where(v => v.EventId == eventId).Select(v => v.Id);
        await db.PlanDutyRemovals.Where(r => versions.Contains(r.VersionId)).ExecuteDeleteAsync(cancellationToken);
        await db.PlanDuties.IgnoreQueryFilters().Where(d => versions.Contains(d.VersionId)).ExecuteDeleteAsync(cancellationToken);
        await db.PlanAgentMembers.IgnoreQueryFilters().Where(m => versions.Contains(m.VersionId)).ExecuteDeleteAsync(cancellationToken);
        await db.PlanAgents.IgnoreQueryFilters().Where(a => versions.Contains(a.VersionId)).ExecuteDeleteAsync(cancellationToken);
        await db.PlanVersions.Where(v => v.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        await db.PlanJobs.Where(j => j.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        await db.PlanningSettings.Where(s => s.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        await db.Visitors.Where(v => v.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        await db.SiteClosures.Where(c => c.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        await db.AlertLevelChanges.Where(c => c.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        await db.Sites.Where(s => s.EventId == eventId && s.ParentId != null).ExecuteDeleteAsync(cancellationToken);
        await db.Sites.Where(s => s.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        await db.Capabilities.Where(c => c.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        await db.Agencies.Where(a => a.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
        await db.Events.Where(e => e.Id == eventId).ExecuteDeleteAsync(cancellationToken);
    }
}
