namespace Concordia.Data.Auditing;

/// <summary>
/// The result of checking the audit chain: how many entries were read, which ones break it, the last entry, and the
/// last signed checkpoint it was compared with (none before the first one is written).
/// </summary>
public sealed record AuditVerification(long Checked, IReadOnlyList<AuditBreak> Breaks, long Head = 0, long? Checkpoint = null)
{
    public bool IsIntact => Breaks.Count == 0;
}

/// <summary>An entry whose stored hash, link to the previous entry, or position does not hold.</summary>
public sealed record AuditBreak(long Sequence, string Reason);
