using System.Security.Claims;
using Concordia.Data;
using Concordia.Domain.Contingents;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Vetting;

/// <summary>
/// Badges as their QR codes reach the app: verifying one (host staff at gates, site commanders) and checking its
/// holder in on arrival. An unknown token answers 404, like a badge that does not exist.
/// </summary>
public static class BadgesApi
{
    public static RouteGroupBuilder MapBadgesApi(this RouteGroupBuilder api)
    {
        var badges = api.MapGroup("/badges").WithTags("Vetting");
        badges.MapGet("/{token}", VerifyAsync).RequireAuthorization(Policies.BadgeVerify)
            .WithSummary("Whether a badge is valid, revoked, expired or not yet valid, with what the card prints; nothing more.");
        badges.MapPost("/{token}/check-in", CheckInAsync).RequireAuthorization(Policies.CheckIn)
            .WithSummary("Checks the holder of a valid badge in on arrival, at a site or the reception desk.");
        return api;
    }

    private static async Task<Results<Ok<BadgeVerificationDto>, ProblemHttpResult>> VerifyAsync(string token, ConcordiaDbContext db, CancellationToken cancellationToken) =>
        await BadgeVerification.FindAsync(db, token, cancellationToken) is { } verification
            ? TypedResults.Ok(verification)
            : ApiProblems.NotFound("There is no badge with this code.");

    private static async Task<Results<Ok<BadgeVerificationDto>, ValidationProblem, ProblemHttpResult>> CheckInAsync(string token, CheckInRequest request,
        ConcordiaDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await BadgeCheckIn.RunAsync(db, token, request.Place, CurrentUser.From(user).Name, cancellationToken);
        if (result is null)
        {
            return ApiProblems.NotFound("There is no badge with this code.");
        }

        return result.IsSuccess ? TypedResults.Ok(result.Value) : ApiProblems.Invalid(result.Errors);
    }
}
