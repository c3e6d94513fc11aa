using Concordia.Data;
using Concordia.Domain.Planning;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Planning;

/// <summary>
/// A planner's decisions on versions: publishing one (it becomes everyone's plan; refused when stale or breaking
/// a hard rule, and the people concerned are told) and discarding a draft (its own duty rows are dropped; a root's rows
/// that other versions rely on stay).
/// </summary>
public sealed class PlanVersions(ConcordiaDbContext db, PlanNotices notices, TimeProvider time)
{
    public async Task<Outcome<PlanVersion>> PublishAsync(Guid versionId, int version, string by, CancellationToken ct)
    {
        var draft = await db.PlanVersions.SingleOrDefaultAsync(v => v.Id == versionId, ct);
        if (draft is null)
        {
            return Outcome<PlanVersion>.Missing($"There is no plan version with id {versionId}.");
        }

        if (draft.Version != version)
        {
            return Outcome<PlanVersion>.Conflicting(ApiProblems.StaleVersion($"Plan version {draft.Number}", version, draft.Version));
        }

        var current = await db.PlanVersions.SingleOrDefaultAsync(v => v.EventId == draft.EventId && v.State == PlanVersionState.Published, ct);
        if (draft.IsStaleAgainst(current))
        {
            return Outcome<PlanVersion>.Conflicting(ApiProblems.Conflict(
                $"Version {draft.Number} is stale: version {current!.Number} was published after it was made. Make a new plan or re-plan from version {current.Number}."));
        }

        var published = draft.Publish(current, by, Now());
        if (!published.IsSuccess)
        {
            return Outcome<PlanVersion>.Conflicting(ApiProblems.Conflict(published.Errors[0].Message));
        }

        await notices.PublishedAsync(draft, current, Now(), ct);
        await db.SaveChangesAsync(ct);
        return Outcome<PlanVersion>.Ok(draft);
    }

    public async Task<Outcome<PlanVersion>> DiscardAsync(Guid versionId, int version, string by, CancellationToken ct)
    {
        var draft = await db.PlanVersions.SingleOrDefaultAsync(v => v.Id == versionId, ct);
        if (draft is null)
        {
            return Outcome<PlanVersion>.Missing($"There is no plan version with id {versionId}.");
        }

        if (draft.Version != version)
        {
            return Outcome<PlanVersion>.Conflicting(ApiProblems.StaleVersion($"Plan version {draft.Number}", version, draft.Version));
        }

        var discarded = draft.Discard(by, Now());
        if (!discarded.IsSuccess)
        {
            return Outcome<PlanVersion>.Conflicting(ApiProblems.Conflict(discarded.Errors[0].Message));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);

        // A discarded draft keeps its summary; its own rows are dropped (a version kept against it keeps them all).
        if (await db.PlanVersions.AnyAsync(v => v.RootVersionId == versionId, ct))
        {
            await transaction.CommitAsync(ct);
            return Outcome<PlanVersion>.Ok(draft);
        }

        await db.PlanDutyRemovals.Where(r => r.VersionId == versionId).ExecuteDeleteAsync(ct);
        await db.PlanDuties.Where(d => d.VersionId == versionId).ExecuteDeleteAsync(ct);
        await db.PlanAgentMembers.Where(m => m.VersionId == versionId).ExecuteDeleteAsync(ct);
        await db.PlanAgents.Where(a => a.VersionId == versionId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome<PlanVersion>.Ok(draft);
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
