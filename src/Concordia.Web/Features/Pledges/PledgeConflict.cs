using Concordia.Data;
using Concordia.Domain.Pledges;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Pledges;

/// <summary>
/// The answer to a writer who worked on an old version of a pledge: 409, the current version, and in words what
/// changed since the version they read — nothing of the other writer's work is lost.
/// </summary>
public static class PledgeConflict
{
    public static async Task<ProblemHttpResult> AnswerAsync(ConcordiaDbContext db, Pledge pledge, int sentVersion, CancellationToken cancellationToken)
    {
        var versions = await db.Set<PledgeVersion>().AsNoTracking().Where(v => v.PledgeId == pledge.Id && (v.Number == sentVersion || v.Number == pledge.Version))
            .ToListAsync(cancellationToken);
        var read = versions.FirstOrDefault(v => v.Number == sentVersion);
        var current = versions.First(v => v.Number == pledge.Version);
        var changes = read is null ? [$"version {sentVersion} does not exist; the pledge is at version {pledge.Version}"] : PledgeDiff.Between(read, current);
        var changedBy = await db.Set<PledgeVersion>().AsNoTracking().Where(v => v.PledgeId == pledge.Id && v.Number > sentVersion)
            .Select(v => v.ChangedBy).Distinct().ToListAsync(cancellationToken);
        return ApiProblems.Conflict(
            $"The pledge changed since you read version {sentVersion} (now version {pledge.Version}, by {string.Join(", ", changedBy)}): " +
            string.Join("; ", changes) + ". Review the current pledge and apply your change again.",
            new Dictionary<string, object?> { ["currentVersion"] = pledge.Version, ["changes"] = changes, ["current"] = PledgeDto.From(pledge) });
    }
}
