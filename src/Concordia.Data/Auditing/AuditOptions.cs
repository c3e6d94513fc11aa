namespace Concordia.Data.Auditing;

/// <summary>Audit trail settings (section <c>Audit</c>).</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// File that every committed head of the audit chain is appended to, signed with the audit key. Keep it where the
    /// database's writers cannot change it (another disk, an append-only file, a log shipped elsewhere). Defaults to
    /// <c>audit-checkpoints.log</c> in the data folder.
    /// </summary>
    public string? CheckpointFile { get; set; }

    public string ResolveCheckpointFile(DatabaseOptions database) =>
        !string.IsNullOrWhiteSpace(CheckpointFile) ? CheckpointFile : Path.Combine(database.DataFolder, "audit-checkpoints.log");
}
