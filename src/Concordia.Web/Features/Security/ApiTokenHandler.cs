using System.Text.Encodings.Web;
using Concordia.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Concordia.Web.Features.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer cdt_…</c>. A token that is unknown, revoked, expired, or whose user is
/// locked out is refused with the same answer, so that the answer reveals nothing about which it was.
/// </summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokens tokens, UserManager<ConcordiaUser> users, IUserClaimsPrincipalFactory<ConcordiaUser> claims)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        var record = token.StartsWith(ApiTokens.Prefix, StringComparison.Ordinal) ? await tokens.FindValidAsync(token, Context.RequestAborted) : null;
        var user = record is null ? null : await users.FindByIdAsync(record.UserId.ToString());
        if (record is null || user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The token is not valid: it is unknown, expired or revoked.");
        }

        var principal = await claims.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failed = (await HandleAuthenticateOnceSafeAsync()).Failure is not null;
        Response.Headers.WWWAuthenticate = failed ? "Bearer error=\"invalid_token\"" : "Bearer";
        await Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Not signed in",
            failed ? "The bearer token is not valid: it is unknown, expired or revoked. Ask for a new one at POST /api/v1/auth/token."
                   : "Sign in first: send a bearer token (POST /api/v1/auth/token) or use the web sign-in.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden", "Your roles do not allow this.");
}
