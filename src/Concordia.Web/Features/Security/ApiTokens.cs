using System.Security.Cryptography;
using System.Text;
using Concordia.Data;
using Concordia.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Security;

/// <summary>
/// Issues and checks bearer tokens. A token is 32 random bytes (URL-safe base64, prefixed <c>cdt_</c>); the
/// database keeps only its SHA-256, so a stolen database yields no usable token.
/// </summary>
public sealed class ApiTokens(ConcordiaDbContext db, TimeProvider time, SecurityOptions options)
{
    public const string Prefix = "cdt_";

    public async Task<(ApiToken Record, string Token)> IssueAsync(Guid userId, string? name, TimeSpan? lifetime, CancellationToken cancellationToken)
    {
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow().UtcDateTime;
        var wanted = lifetime ?? options.TokenLifetime;
        var record = new ApiToken
        {
            UserId = userId,
            Name = string.IsNullOrWhiteSpace(name) ? "token" : name.Trim(),
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + (wanted > options.MaxTokenLifetime ? options.MaxTokenLifetime : wanted),
        };
        db.ApiTokens.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return (record, token);
    }

    /// <summary>The token's record when it is known, not revoked and not expired; null otherwise.</summary>
    public async Task<ApiToken?> FindValidAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var now = time.GetUtcNow().UtcDateTime;
        var record = await db.ApiTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (record is null || record.RevokedAt is not null || record.ExpiresAt <= now)
        {
            return null;
        }

        // Record use at most once a minute: it shows in the token list without a write per request.
        if (record.LastUsedAt is null || now - record.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            record.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return record;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
