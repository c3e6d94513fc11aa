using Concordia.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.Scenarios;

/// <summary>
/// Writes a checked scenario into the database in one transaction: either all of it lands or nothing changes.
/// </summary>
public sealed class ScenarioImporter(ConcordiaDbContext db)
{
    /// <summary>
    /// Reads, checks and imports a scenario file, moved to another code, name or start day when
    /// <paramref name="move"/> says so; returns every error with its path, or the imported graph.
    /// </summary>
    public async Task<Result<ScenarioGraph>> ImportFileAsync(string path, bool replace, CancellationToken cancellationToken, ScenarioMove? move = null)
    {
        var file = await ScenarioReader.ReadFileAsync(path, cancellationToken);
        var graph = ToDomain(file, move);
        return graph.IsSuccess ? await ImportAsync(graph.Value, replace, cancellationToken) : graph;
    }

    /// <summary>A file read by <see cref="ScenarioReader"/>, moved if asked, as the domain's records.</summary>
    public static Result<ScenarioGraph> ToDomain(Result<Format.ScenarioFile> file, ScenarioMove? move = null)
    {
        var moved = !file.IsSuccess || move is null || move.IsEmpty ? file : move.Apply(file.Value);
        return moved.IsSuccess ? ScenarioMapper.ToDomain(moved.Value) : Result<ScenarioGraph>.Failure(moved.Errors);
    }

    public async Task<Result<ScenarioGraph>> ImportAsync(ScenarioGraph graph, bool replace, CancellationToken cancellationToken)
    {
        var code = graph.Event.Code;
        var existing = await db.Events.Where(e => e.Code == code).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null && !replace)
        {
            return Result<ScenarioGraph>.Failure("event.code", $"an event '{code}' already exists; replace it explicitly to overwrite it");
        }

        if (existing is { } current &&
            (await db.Members.IgnoreQueryFilters().AnyAsync(m => m.EventId == current, cancellationToken) ||
             await db.Requests.AnyAsync(r => r.EventId == current, cancellationToken)))
        {
            return Result<ScenarioGraph>.Failure("event.code",
                $"event '{code}' already has requests or contingent members; replacing it would delete them, so it cannot be replaced by a scenario file");
        }

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (existing is { } id)
            {
                await EventRemoval.DeleteAsync(db, id, cancellationToken);
            }

            db.Events.Add(graph.Event);
            db.Agencies.AddRange(graph.Agencies);
            db.Capabilities.AddRange(graph.Capabilities);
            db.Sites.AddRange(graph.Sites);
            db.Requirements.AddRange(graph.Requirements);
            db.Pledges.AddRange(graph.Contributions ?? []);
            db.Commitments.AddRange(graph.Commitments ?? []);
            db.Visitors.AddRange(graph.Visitors ?? []);
            await db.SaveChangesAsOneAuditEntryAsync(existing is null ? "ScenarioImported" : "ScenarioReplaced", "Event", graph.Event.Id.ToString(),
                new
                {
                    code,
                    replacedEventId = existing,
                    agencies = graph.Agencies.Count,
                    capabilities = graph.Capabilities.Count,
                    sites = graph.Sites.Count,
                    requirements = graph.Requirements.Count,
                    contributions = graph.Commitments?.Count ?? 0,
                    visitors = graph.Visitors?.Count ?? 0,
                },
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return graph;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }
}
