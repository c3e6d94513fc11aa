namespace Concordia.Data.Identity;

/// <summary>
/// A bearer token for scripts and the command line. Only its SHA-256 hash is stored: the token itself is shown once,
/// when issued. It stops working when it expires, when it is revoked, or when its user is locked out.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string TokenHash { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}
