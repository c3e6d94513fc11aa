using System.Security.Cryptography;
using System.Text;

namespace Concordia.Domain.Auditing;

/// <summary>
/// One recorded change of state: who, when, from where, what (entity, id, the changed fields before and after).
/// Entries are only ever appended. Each carries the hash of the previous entry and its own hash over both, so that
/// changing, removing or reordering any stored entry breaks the chain from that entry on. The hash is keyed
/// (HMAC-SHA256) with a secret kept outside the database, so that whoever can write the database cannot compute the
/// hashes of a rewritten chain; entries written before the installation had its key carry a plain SHA-256.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        UserName = string.Empty;
        Origin = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
        Changes = string.Empty;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    /// <summary>Position in the chain, from 1.</summary>
    public long Sequence { get; private set; }

    /// <summary>UTC instant of the change.</summary>
    public DateTime At { get; private set; }

    public Guid? UserId { get; private set; }

    public string UserName { get; private set; }

    /// <summary>Where the change came from: an IP address, or "cli@host" for the command line.</summary>
    public string Origin { get; private set; }

    /// <summary>Created, Updated, Deleted, or a named operation such as ScenarioImported.</summary>
    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    /// <summary>JSON object: for each changed field, its value before and after (personal data masked).</summary>
    public string Changes { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Appends an entry after <paramref name="previous"/> (null for the first entry of the chain), its hash keyed with
    /// <paramref name="key"/>.
    /// </summary>
    public static AuditEntry Append(AuditEntry? previous, DateTime at, Guid? userId, string userName, string origin,
        string action, string entityType, string entityId, string changes, byte[]? key)
    {
        var entry = new AuditEntry
        {
            Sequence = (previous?.Sequence ?? 0) + 1,
            At = DateTime.SpecifyKind(new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerMillisecond), at.Kind), DateTimeKind.Utc),
            UserId = userId,
            UserName = userName,
            Origin = origin,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Changes = changes,
            PreviousHash = previous?.Hash ?? GenesisHash,
        };
        entry.Hash = entry.ComputeHash(key);
        return entry;
    }

    /// <summary>
    /// The hash this entry should carry, recomputed from its stored fields: HMAC-SHA256 under <paramref name="key"/>, or
    /// SHA-256 for an entry written before the chain was keyed (no key).
    /// </summary>
    public string ComputeHash(byte[]? key)
    {
        // Fields joined with a separator that cannot occur unescaped, in a fixed order and format.
        var canonical = string.Join('\u001f',
            Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            At.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            UserId?.ToString("D") ?? string.Empty, UserName, Origin, Action, EntityType, EntityId, Changes, PreviousHash);
        var bytes = Encoding.UTF8.GetBytes(canonical);
        return Convert.ToHexStringLower(key is null ? SHA256.HashData(bytes) : HMACSHA256.HashData(key, bytes));
    }
}
