namespace Concordia.Data.Privacy;

/// <summary>Personal-data settings (section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// Folder of the Data Protection key ring that encrypts personal data. Without it the data cannot be read: back
    /// it up, and protect it (file permissions, or a certificate via <see cref="KeyCertificatePath"/>). Defaults to
    /// <c>keys</c> under the database's data folder.
    /// </summary>
    public string? KeyRingDirectory { get; set; }

    /// <summary>PFX certificate that encrypts the key ring itself at rest (one way to protect it).</summary>
    public string? KeyCertificatePath { get; set; }

    public string? KeyCertificatePassword { get; set; }

    /// <summary>
    /// 256-bit key-encryption key in base64 that encrypts the key ring at rest (the other way); keep it apart from the
    /// data folder, e.g. in the service's environment or secret store.
    /// </summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>
    /// Lets the web app start outside Development with a key ring in clear (neither a certificate nor a key-encryption
    /// key): for a disk that is encrypted and reachable by the service alone. Off by default.
    /// </summary>
    public bool AllowUnprotectedKeys { get; set; }

    /// <summary>Days after an event ends before its personal data may be purged.</summary>
    public int RetentionDays { get; set; } = 90;

    public string ResolveKeyRingDirectory(DatabaseOptions database) =>
        !string.IsNullOrWhiteSpace(KeyRingDirectory) ? KeyRingDirectory : Path.Combine(database.DataFolder, "keys");
}
