using Concordia.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.Auditing;

/// <summary>
/// Walks the audit chain in order and recomputes every hash (keyed with the audit key from the sequence the chain was
/// keyed at). An entry edited in place fails its own hash; a removed entry leaves a gap in the sequence and a broken
/// link; an inserted or reordered one breaks the links around it; a chain rewritten and re-hashed without the audit
/// key fails every keyed hash. Then the last signed checkpoint must still be in the chain, with the same hash:
/// entries removed from the end, or a chain replaced from some entry on, are missed there.
/// </summary>
public static class AuditVerifier
{
    private const int Batch = 5_000;

    public static async Task<AuditVerification> VerifyAsync(ConcordiaDbContext db, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var seal = db.Seal;
        var breaks = new List<AuditBreak>();
        var checkpoint = LastCheckpoint(seal, breaks);
        var expectedPrevious = AuditEntry.GenesisHash;
        long expectedSequence = 1, checkedCount = 0, after = 0;
        string? hashAtCheckpoint = null;
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

                if (entry.ComputeHash(seal.KeyFor(entry.Sequence)) != entry.Hash)
                {
                    breaks.Add(new AuditBreak(entry.Sequence, "its content does not match its hash: the row was changed"));
                }

                if (entry.Sequence == checkpoint?.Sequence)
                {
                    hashAtCheckpoint = entry.Hash;
                }

                expectedPrevious = entry.Hash;
                expectedSequence = entry.Sequence + 1;
                checkedCount++;
            }

            after = batch[^1].Sequence;
            progress?.Report(checkedCount);
        }

        if (checkpoint is not null && hashAtCheckpoint is null)
        {
            breaks.Add(new AuditBreak(checkpoint.Sequence,
                $"the checkpoint of {checkpoint.Sequence} entries is signed, but the trail ends at entry {after}: entries were removed from its end"));
        }
        else if (checkpoint is not null && hashAtCheckpoint != checkpoint.Hash)
        {
            breaks.Add(new AuditBreak(checkpoint.Sequence, "it is not the entry the signed checkpoint recorded: the trail was rewritten from here or before"));
        }

        return new AuditVerification(checkedCount, breaks, after, checkpoint?.Sequence);
    }

    /// <summary>The signed checkpoint furthest along the chain; unsigned or damaged lines are breaks of their own.</summary>
    private static AuditCheckpoint? LastCheckpoint(AuditSeal seal, List<AuditBreak> breaks)
    {
        AuditCheckpoint? last = null;
        var lines = seal.ReadCheckpoints();
        if (seal.KeyedFrom is null && lines.Any())
        {
            breaks.Add(new AuditBreak(0, $"the audit key {seal.KeyFile} is missing, so neither the keyed entries nor the checkpoints can be checked; " +
                "restore it with the key ring from a backup"));
            return null;
        }

        foreach (var line in lines)
        {
            if (!line.Signed)
            {
                breaks.Add(new AuditBreak(line.Sequence, $"line {line.Line} of the checkpoint file is not signed with this installation's audit key"));
            }
            else if (last is null || line.Sequence > last.Sequence)
            {
                last = line;
            }
        }

        return last;
    }
}
