namespace Concordia.Data.Auditing;

/// <summary>The result of checking the audit chain: how many entries were read and which ones break it.</summary>
public sealed record AuditVerification(long Checked, IReadOnlyList<AuditBreak> Breaks)
{
    public bool IsIntact => Breaks.Count == 0;
}

/// <summary>An entry whose stored hash, link to the previous entry, or position does not hold.</summary>
public sealed record AuditBreak(long Sequence, string Reason);
