using Concordia.Data;
using Concordia.Data.Planning;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Concordia.Domain.Planning;
using Concordia.Domain.Requirements;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Planning;

/// <summary>
/// Asking for plans: a planner's request (from the API or the planning page), a re-plan proposal after a change (the
/// alert level, an absence, a closed site), and cancelling a job. The jobs wait in the database for a worker.
/// </summary>
public sealed class PlanJobs(ConcordiaDbContext db, TimeProvider time)
{
    /// <summary>Queues a plan from scratch of the event's requirements at the level in force.</summary>
    public async Task<Outcome<PlanJob>> RequestAsync(Event ev, string by, CancellationToken ct)
    {
        var staff = await db.Members.AnyAsync(m => m.EventId == ev.Id && m.ErasedAt == null && m.CapabilityId != null
            && (m.AgencyId != null || (m.CommitmentId != null && (m.Status == AccreditationStatus.Accredited || m.Status == AccreditationStatus.BadgeIssued))), ct);
        if (!staff)
        {
            return Outcome<PlanJob>.Invalid("event", "there is nobody to plan: import host forces or accredit members of accepted commitments first");
        }

        var requirements = EffectiveRequirements.At(await db.Requirements.AsNoTracking().Where(r => r.EventId == ev.Id).ToListAsync(ct), ev.AlertScale, ev.CurrentAlertLevel);
        if (requirements.Count == 0)
        {
            return Outcome<PlanJob>.Invalid("event", $"no requirement is in force at the level {ev.CurrentLevel.Name}: there is nothing to plan");
        }

        return await QueueOnceAsync(ev, PlanTrigger.Requested, "Plan requested", null, "A plan", by, ct);
    }

    /// <summary>
    /// Queues a re-plan of the requirements at the level in force that keeps the published duties of the frozen horizon
    /// and re-arranges everything after it, searching as long as a plan. After a large change (a big alert rise) it can
    /// cover far more than a re-plan held to the published plan, at the price of many moved duties; the planner compares
    /// the two proposals and publishes one.
    /// </summary>
    public async Task<Outcome<PlanJob>> RearrangeAsync(Event ev, string by, CancellationToken ct)
    {
        if (await PublishedAsync(ev, ct) is not { } published)
        {
            return Outcome<PlanJob>.Invalid("event", "no plan is published yet: there is nothing to re-arrange; make a plan and publish it first");
        }

        return await QueueOnceAsync(ev, PlanTrigger.RearrangeRequested, "Re-arrangement of the published plan requested", published, "A re-arrangement of the plan", by, ct);
    }

    /// <summary>Queues a planner's job that searches as long as a plan, unless one of the same kind already waits; saves.</summary>
    private async Task<Outcome<PlanJob>> QueueOnceAsync(Event ev, PlanTrigger trigger, string reason, Guid? basedOn, string what, string by, CancellationToken ct)
    {
        if (await db.PlanJobs.AnyAsync(j => j.EventId == ev.Id && j.State == PlanJobState.Queued && j.Trigger == trigger, ct))
        {
            return Outcome<PlanJob>.Conflicting(ApiProblems.Conflict($"{what} of this event is already waiting to run; follow that job or cancel it first."));
        }

        var settings = await SettingsAsync(ev, ct);
        var job = PlanJob.Queue(ev, trigger, reason, basedOn, settings.PlanSeconds, by, Now());
        Queue(job);
        await db.SaveChangesAsync(ct);
        return Outcome<PlanJob>.Ok(job);
    }

    /// <summary>
    /// Queues a re-plan from the published plan after a change; nothing when no plan is published yet (the next
    /// plan sees the change anyway). The caller saves.
    /// </summary>
    public async Task<PlanJob?> ProposeAsync(Event ev, PlanTrigger trigger, string reason, string by, CancellationToken ct)
    {
        var published = await PublishedAsync(ev, ct);
        if (published is null)
        {
            return null;
        }

        var settings = await SettingsAsync(ev, ct);
        var job = PlanJob.Queue(ev, trigger, reason, published, settings.ReplanSeconds, by, Now());
        Queue(job);
        return job;
    }

    /// <summary>Adds a job; once it is saved, this process's idle worker is woken for it (<see cref="PlanJobSignal"/>).</summary>
    private void Queue(PlanJob job)
    {
        db.PlanJobs.Add(job);
        db.SavedChanges += (_, _) => PlanJobSignal.Queued();
    }

    /// <summary>Cancels a waiting job at once, or asks its worker to stop a running one.</summary>
    public async Task<Outcome<PlanJob>> CancelAsync(Guid jobId, string by, CancellationToken ct)
    {
        var job = await db.PlanJobs.SingleOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null)
        {
            return Outcome<PlanJob>.Missing($"There is no plan job with id {jobId}.");
        }

        var cancelled = job.RequestCancel(by, Now());
        if (!cancelled.IsSuccess)
        {
            return Outcome<PlanJob>.Conflicting(ApiProblems.Conflict(cancelled.Errors[0].Message));
        }

        await db.SaveChangesAsync(ct);
        return Outcome<PlanJob>.Ok(job);
    }

    private Task<Guid?> PublishedAsync(Event ev, CancellationToken ct) =>
        db.PlanVersions.AsNoTracking().Where(v => v.EventId == ev.Id && v.State == PlanVersionState.Published).Select(v => (Guid?)v.Id).SingleOrDefaultAsync(ct);

    public async Task<PlanningSettings> SettingsAsync(Event ev, CancellationToken ct) =>
        await db.PlanningSettings.AsNoTracking().SingleOrDefaultAsync(s => s.EventId == ev.Id, ct) ?? PlanningSettings.DefaultsFor(ev.Id);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
