using System.Collections.Concurrent;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Data.StatusBoard;

/// <summary>
/// The status board under load: the snapshot it is computed from is read once per change of the database and shared
/// by every caller, and each grouping and filter of it is computed once. Every change of state appends to the audit
/// trail (from the web app and the command line alike), so the head of the audit chain tells whether a snapshot is
/// current: one indexed read per request instead of the whole computation. Concurrent callers of a stale board wait
/// for one computation. The figures are those <see cref="StatusBoardQuery.RunAsync"/> computes uncached.
/// </summary>
public sealed class StatusBoardCache(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<Guid, Entry> entries = new();

    public async Task<StatusBoardDto> RunAsync(ConcordiaDbContext db, Event ev, BoardDimension dimension, BoardFilter filter, CancellationToken cancellationToken)
    {
        // The snapshot holds every country's figures: only callers who see every country share it.
        if (!db.Access.Scope.AllCountries)
        {
            return await StatusBoardQuery.RunAsync(db, ev, dimension, filter, cancellationToken);
        }

        var head = await db.AuditEntries.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        var entry = entries.AddOrUpdate(ev.Id, _ => Start(ev, head), (_, current) => current.Head >= head && !current.Snapshot.IsFaulted ? current : Start(ev, head));
        var snapshot = await entry.Snapshot.WaitAsync(cancellationToken);
        if (entry.Boards.TryGetValue((dimension, filter), out var board))
        {
            return board;
        }

        board = StatusBoardQuery.Board(snapshot, dimension, filter);
        // Groupings and filters are few in practice; a caller trying endless filters does not grow the cache past this.
        if (entry.Boards.Count < MaxBoardsPerSnapshot)
        {
            entry.Boards.TryAdd((dimension, filter), board);
        }

        return board;
    }

    private const int MaxBoardsPerSnapshot = 256;

    // The snapshot is read with a context of its own, so that one caller giving up does not fail the others waiting.
    private Entry Start(Event ev, long head) => new(head, new Lazy<Task<BoardSnapshot>>(async () =>
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = SystemContext.Create(scope.ServiceProvider, "status board");
        return await StatusBoardQuery.SnapshotAsync(db, ev, CancellationToken.None);
    }));

    /// <summary>A snapshot started at audit head <see cref="Head"/> (it may be newer, never older).</summary>
    private sealed record Entry(long Head, Lazy<Task<BoardSnapshot>> Started)
    {
        public Task<BoardSnapshot> Snapshot => Started.Value;

        /// <summary>The boards already grouped and filtered from this snapshot.</summary>
        public ConcurrentDictionary<(BoardDimension, BoardFilter), StatusBoardDto> Boards { get; } = new();
    }
}
