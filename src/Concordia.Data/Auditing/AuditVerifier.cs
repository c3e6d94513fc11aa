using Concordia.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.Auditing;

/// <summary>
/// Walks the audit chain in order and recomputes every hash. An entry edited in place fails its own hash; a removed
/// entry leaves a gap in the sequence and a broken link; an inserted or reordered one breaks the links around it.
/// </summary>
public static class AuditVerifier
{
    private const int Batch = 5_000;

    public static async Task<AuditVerification> VerifyAsync(ConcordiaDbContext db, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var breaks = new List<AuditBreak>();
        var expectedPrevious = AuditEntry.GenesisHash;
        long expectedSequence = 1, checkedCount = 0, after = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var entry in batch)
            {
                if (entry.Sequence != expectedSequence)
                {
                    breaks.Add(new AuditBreak(entry.Sequence, $"expected entry {expectedSequence} here: entries are missing before it"));
                }

                if (entry.PreviousHash != expectedPrevious)
                {
                    breaks.Add(new AuditBreak(entry.Sequence, "its link to the previous entry does not match that entry's hash"));
                }

                if (entry.ComputeHash() != entry.Hash)
                {
                    breaks.Add(new AuditBreak(entry.Sequence, "its content does not match its hash: the row was changed"));
                }

                expectedPrevious = entry.Hash;
                expectedSequence = entry.Sequence + 1;
                checkedCount++;
            }

            after = batch[^1].Sequence;
            progress?.Report(checkedCount);
        }

        return new AuditVerification(checkedCount, breaks);
    }
}
