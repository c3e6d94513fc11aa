using Concordia.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.Auditing;

/// <summary>
/// Appends entries to the hash chain. Appending is serialised: within the process by a lock, across processes on
/// PostgreSQL by a transaction-scoped advisory lock (SQLite allows one writer at a time anyway).
/// </summary>
internal static class AuditChain
{
    private const long AdvisoryLockKey = 0x436F6E636F7264; // "Concord"
    private static readonly SemaphoreSlim ProcessLock = new(1, 1);

    public static async Task<IDisposable> LockAsync(ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        await ProcessLock.WaitAsync(cancellationToken);
        try
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
            }
        }
        catch
        {
            ProcessLock.Release();
            throw;
        }

        return new Releaser();
    }

    /// <summary>Adds the entries to the context, keyed with the audit key; returns the new head.</summary>
    public static async Task<AuditEntry> AppendAsync(ConcordiaDbContext db, AuditActor actor, DateTime at, IReadOnlyList<AuditRecorder.Pending> pending,
        CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var key = db.Seal.KeyForNew((last?.Sequence ?? 0) + 1);
        foreach (var item in pending)
        {
            last = AuditEntry.Append(last, at, actor.UserId, actor.UserName, actor.Origin, item.Action, item.EntityType, item.EntityId, item.Changes, key);
            db.AuditEntries.Add(last);
        }

        return last!;
    }

    private sealed class Releaser : IDisposable
    {
        public void Dispose() => ProcessLock.Release();
    }
}
