namespace Concordia.Web.Features.Security;

/// <summary>
/// Asks for a bearer token. <see cref="TotpCode"/> is required when the account has a second factor;
/// <see cref="LifetimeHours"/> defaults to Security:TokenLifetime and is capped by Security:MaxTokenLifetime.
/// </summary>
public sealed record TokenRequest(string UserName, string Password, string? TotpCode, string? Name, double? LifetimeHours);

/// <summary>The token itself is shown this once; keep it secret, send it as <c>Authorization: Bearer …</c>.</summary>
public sealed record TokenResponse(Guid Id, string Token, DateTime ExpiresAt);

public sealed record TokenInfoDto(Guid Id, string Name, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

public sealed record MeDto(Guid Id, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Countries, IReadOnlyList<string> Agencies, IReadOnlyList<string> Sites);
