namespace Concordia.Web.Features.Security;

/// <summary>Security settings (section <c>Security</c>).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>How long a bearer token lives when the request does not say (default 8 hours).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The longest lifetime a token may ask for (default 30 days).</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Sign-in attempts (page and token endpoint) allowed per client address per minute.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>API requests allowed per user (or client address when anonymous) per minute.</summary>
    public int ApiPerMinute { get; set; } = 600;

    /// <summary>
    /// Failed passwords or codes from one client address before that address may no longer try that account, and for
    /// how long after its last failure (<see cref="SignInThrottle"/>).
    /// </summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How often a signed-in session is checked against its account (default 1 minute): the cookie at its next request,
    /// an open interactive page on its own (<see cref="SessionRecheck"/>). Changed roles or bindings, a lock or a new
    /// authenticator key sign the session out at that check.
    /// </summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Largest request body accepted, except where an endpoint says otherwise (scenario import).</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Optional OpenID Connect provider (a ministry's identity provider). Off when Authority is empty.</summary>
    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();
}

/// <summary>
/// An external identity provider. Users sign in there; Concordia matches them to an existing account by an e-mail
/// address the provider has verified (roles and bindings stay managed in Concordia), and asks for the account's second
/// factor if it has one. Accounts are never created from the provider's claims.
/// </summary>
public sealed class OpenIdConnectSettings
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string DisplayName { get; set; } = "Ministry sign-in";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
