using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Concordia.Data.Auditing;

/// <summary>
/// Writes the audit checkpoint once the transaction that appended entries has committed (the context's own
/// transaction, or one its caller opened around several saves), never before: a checkpoint for entries that were
/// rolled back would look like a truncated trail.
/// </summary>
internal sealed class CheckpointOnCommit : DbTransactionInterceptor
{
    public static readonly CheckpointOnCommit Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ConcordiaDbContext)?.AuditCommitted();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ConcordiaDbContext)?.AuditCommitted();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ConcordiaDbContext)?.AuditRolledBack();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ConcordiaDbContext)?.AuditRolledBack();
        return Task.CompletedTask;
    }
}
