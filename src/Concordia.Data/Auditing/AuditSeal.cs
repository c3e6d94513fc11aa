using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Concordia.Data.Auditing;

/// <summary>
/// What keeps the audit trail honest against someone who can write the database, both kept outside it:
/// <list type="bullet">
/// <item>the audit key, a random secret in the key ring folder (<see cref="KeyFileName"/>, encrypted by the key ring like
/// personal data), created when the first entry is appended after it was missing; entries from that sequence on carry
/// an HMAC-SHA256 under a key derived from it, so that a rewritten chain cannot be re-hashed without it;</item>
/// <item>the checkpoint file, to which the head of the chain (sequence and hash) is appended after every commit that
/// added entries, each line signed (HMAC-SHA256) with another key derived from the audit key, so that entries removed
/// from the end of the chain are missed.</item>
/// </list>
/// </summary>
public sealed class AuditSeal
{
    public const string KeyFileName = "audit-chain.key";

    private static readonly Lock FileLock = new();
    private readonly IDataProtector protector;
    private readonly string? keyFile;
    private readonly Lock keyLock = new();
    private Material? material;
    private bool looked;

    public AuditSeal(IDataProtectionProvider provider, string? keyFile, string? checkpointFile)
    {
        protector = provider.CreateProtector("Concordia.Audit.v1");
        this.keyFile = keyFile;
        CheckpointFile = checkpointFile;
    }

    /// <summary>For design-time tools and model checks: a key held in memory only, and no checkpoints.</summary>
    public static AuditSeal Ephemeral() => new(new EphemeralDataProtectionProvider(), null, null);

    public string? KeyFile => keyFile;

    public string? CheckpointFile { get; }

    /// <summary>The key to hash a new entry at <paramref name="sequence"/> with; creates the audit key when there is none.</summary>
    internal byte[] KeyForNew(long sequence)
    {
        lock (keyLock)
        {
            material = Current() ?? Create(sequence);
            return material.ChainKey;
        }
    }

    /// <summary>
    /// The key an entry at <paramref name="sequence"/> was hashed with: none before the chain was keyed, or when the
    /// key file is missing. Throws when the key file exists but this key ring cannot read it.
    /// </summary>
    internal byte[]? KeyFor(long sequence)
    {
        lock (keyLock)
        {
            return Current() is { } key && sequence >= key.KeyedFrom ? key.ChainKey : null;
        }
    }

    /// <summary>The first sequence hashed with the key, or null when there is no key.</summary>
    internal long? KeyedFrom
    {
        get
        {
            lock (keyLock)
            {
                return Current()?.KeyedFrom;
            }
        }
    }

    /// <summary>Appends the committed head of the chain to the checkpoint file.</summary>
    internal void Checkpoint(long sequence, string hash, DateTime at)
    {
        if (CheckpointFile is null)
        {
            return;
        }

        var body = Body(sequence, hash, at);
        var line = $"{body} {Sign(body)}\n";
        lock (FileLock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(CheckpointFile))!);
            File.AppendAllText(CheckpointFile, line, Encoding.ASCII);
        }
    }

    /// <summary>Every line of the checkpoint file, with whether its signature holds.</summary>
    internal IEnumerable<AuditCheckpoint> ReadCheckpoints()
    {
        if (CheckpointFile is null || !File.Exists(CheckpointFile))
        {
            yield break;
        }

        var number = 0;
        foreach (var line in File.ReadLines(CheckpointFile, Encoding.ASCII))
        {
            number++;
            var parts = line.Split(' ');
            if (parts.Length != 4 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                yield return new AuditCheckpoint(number, 0, string.Empty, false);
                continue;
            }

            var body = string.Join(' ', parts[..3]);
            var valid = KeyedFrom is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(body)), Encoding.ASCII.GetBytes(parts[3]));
            yield return new AuditCheckpoint(number, sequence, parts[1], valid);
        }
    }

    private static string Body(long sequence, string hash, DateTime at) =>
        string.Create(CultureInfo.InvariantCulture, $"{sequence} {hash} {at:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}");

    private string Sign(string body)
    {
        var key = material?.CheckpointKey ?? throw new InvalidOperationException("The audit key is not loaded.");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(body)));
    }

    // The key file is read once; a missing one is looked for again only when an entry needs a key.
    private Material? Current()
    {
        if (!looked)
        {
            material = Load();
            looked = true;
        }

        return material;
    }

    private Material? Load()
    {
        if (keyFile is null || !File.Exists(keyFile))
        {
            return null;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<StoredKey>(protector.Unprotect(File.ReadAllText(keyFile)))
                ?? throw new CryptographicException("empty");
            return Material.From(Convert.FromBase64String(stored.Key), stored.KeyedFrom);
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            throw new InvalidOperationException(
                $"The audit key {keyFile} cannot be read with this key ring: restore the key ring and the key from the same backup.", e);
        }
    }

    private Material Create(long keyedFrom)
    {
        var secret = RandomNumberGenerator.GetBytes(32);
        if (keyFile is null)
        {
            return Material.From(secret, keyedFrom);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keyFile))!);
        try
        {
            using var file = new FileStream(keyFile, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            using var writer = new StreamWriter(file);
            writer.Write(protector.Protect(JsonSerializer.Serialize(new StoredKey(Convert.ToBase64String(secret), keyedFrom))));
        }
        catch (IOException) when (File.Exists(keyFile))
        {
            // Another process created it a moment ago: use theirs.
            return Load()!;
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return Material.From(secret, keyedFrom);
    }

    private sealed record StoredKey(string Key, long KeyedFrom);

    private sealed record Material(byte[] ChainKey, byte[] CheckpointKey, long KeyedFrom)
    {
        public static Material From(byte[] secret, long keyedFrom) => new(
            HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: Encoding.ASCII.GetBytes("concordia audit chain")),
            HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: Encoding.ASCII.GetBytes("concordia audit checkpoint")),
            keyedFrom);
    }
}

/// <summary>One line of the checkpoint file: the head it records, and whether its signature holds.</summary>
internal sealed record AuditCheckpoint(int Line, long Sequence, string Hash, bool Signed);
