using System.Security.Claims;
using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Security;

/// <summary>Bearer tokens for scripts and the CLI, and the caller's own identity.</summary>
public static class AuthApi
{
    private const string BadCredentials =
        "Sign-in failed: the user name or password is wrong, the second-factor code is missing or wrong, or the account is locked for a while.";

    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Authentication");
        group.MapPost("/token", IssueAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn)
            .WithSummary("Exchanges a user name and password (and second-factor code) for a bearer token.");
        group.MapGet("/me", Me).RequireAuthorization(Policies.SignedIn).WithSummary("Who the caller is: roles and bindings.");
        group.MapGet("/tokens", ListAsync).RequireAuthorization(Policies.SignedIn).WithSummary("The caller's own tokens.");
        group.MapDelete("/tokens/{tokenId:guid}", RevokeAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Revokes one of the caller's tokens (administrators: anyone's). It stops working at once.");
        return api;
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> IssueAsync(
        TokenRequest request, UserManager<ConcordiaUser> users, SignInManager<ConcordiaUser> signIn, ApiTokens tokens, SignInThrottle throttle, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return ApiProblems.Invalid([
                .. string.IsNullOrWhiteSpace(request.UserName) ? new[] { new Domain.Common.DomainError("userName", "is required") } : [],
                .. string.IsNullOrEmpty(request.Password) ? new[] { new Domain.Common.DomainError("password", "is required") } : []]);
        }

        if (request.LifetimeHours is <= 0)
        {
            return ApiProblems.Invalid("lifetimeHours", "must be positive");
        }

        var source = SignInThrottle.SourceOf(http);
        if (throttle.IsBlocked(request.UserName, source))
        {
            return Unauthorized();
        }

        var user = await users.FindByNameAsync(request.UserName);
        var password = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: false);
        if (!password.Succeeded)
        {
            throttle.Failed(request.UserName, source);
            return Unauthorized();
        }

        if (await users.GetTwoFactorEnabledAsync(user!) &&
            (string.IsNullOrWhiteSpace(request.TotpCode) ||
             !await users.VerifyTwoFactorTokenAsync(user!, TokenOptions.DefaultAuthenticatorProvider, request.TotpCode.Replace(" ", "", StringComparison.Ordinal))))
        {
            throttle.Failed(request.UserName, source);
            return Unauthorized();
        }

        throttle.Succeeded(request.UserName, source);

        var lifetime = request.LifetimeHours is { } hours ? TimeSpan.FromHours(hours) : (TimeSpan?)null;
        var (record, token) = await tokens.IssueAsync(user!.Id, request.Name, lifetime, cancellationToken);
        return TypedResults.Ok(new TokenResponse(record.Id, token, record.ExpiresAt));
    }

    private static Ok<MeDto> Me(ClaimsPrincipal principal)
    {
        var user = CurrentUser.From(principal);
        return TypedResults.Ok(new MeDto(user.Id!.Value, user.Name, [.. user.Roles.Order(StringComparer.Ordinal)], user.Countries, user.Agencies, user.Sites));
    }

    private static async Task<Ok<List<TokenInfoDto>>> ListAsync(ClaimsPrincipal principal, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var id = CurrentUser.From(principal).Id;
        var list = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.OrderByDescending(t => t.CreatedAt)
            .Select(t => new TokenInfoDto(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt)).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(Guid tokenId, ClaimsPrincipal principal, ConcordiaDbContext db,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var isAdministrator = user.IsInRole(Roles.Administrator);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && (t.UserId == user.Id || isAdministrator), cancellationToken);
        if (token is null)
        {
            return ApiProblems.NotFound($"There is no token {tokenId} that you may revoke.");
        }

        token.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in", detail: BadCredentials);
}
