using System.Text.Json;
using Concordia.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.Scenarios;

/// <summary>Writes an event of the database back as a scenario file that imports to the same data.</summary>
public sealed class ScenarioExporter(ConcordiaDbContext db)
{
    public async Task<Result<ScenarioGraph>> LoadAsync(string eventCode, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Code == eventCode, cancellationToken);
        if (ev is null)
        {
            return Result<ScenarioGraph>.Failure("event", $"no event '{eventCode}'");
        }

        return new ScenarioGraph(
            ev,
            await db.Agencies.AsNoTracking().Where(a => a.EventId == ev.Id).ToListAsync(cancellationToken),
            await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToListAsync(cancellationToken),
            await db.Sites.AsNoTracking().Where(s => s.EventId == ev.Id).ToListAsync(cancellationToken),
            await db.Requirements.AsNoTracking().Where(r => r.EventId == ev.Id).ToListAsync(cancellationToken),
            await db.Pledges.AsNoTracking().Include(p => p.Lines).Where(p => p.EventId == ev.Id).ToListAsync(cancellationToken),
            await db.Commitments.AsNoTracking().Where(c => c.EventId == ev.Id).ToListAsync(cancellationToken),
            await db.Visitors.AsNoTracking().Where(v => v.EventId == ev.Id).ToListAsync(cancellationToken));
    }

    public async Task<Result<string>> ExportAsync(string eventCode, CancellationToken cancellationToken)
    {
        var graph = await LoadAsync(eventCode, cancellationToken);
        return graph.IsSuccess
            ? JsonSerializer.Serialize(ScenarioMapper.FromDomain(graph.Value), ScenarioJson.Options)
            : Result<string>.Failure(graph.Errors);
    }
}
