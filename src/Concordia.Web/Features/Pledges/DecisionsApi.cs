using System.Security.Claims;
using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Domain.Common;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Pledges;

/// <summary>The host's side: accept, decline or send back each pledge line; accepted lines become commitments.</summary>
public static class DecisionsApi
{
    public static RouteGroupBuilder MapDecisionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Asks and pledges");
        group.MapPost("/pledges/{pledgeId:guid}/lines/{lineId:guid}/decision", DecideAsync).RequireAuthorization(Policies.AgencyWork)
            .WithSummary("Accepts (all or part), declines, or asks to revise one pledge line.");
        group.MapGet("/events/{eventId:guid}/commitments", ListAsync).RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("Accepted commitments: all for host staff, their own country's for a liaison.");
        group.MapPost("/commitments/{commitmentId:guid}/withdraw", WithdrawAsync).RequireAuthorization(Policies.CommitmentWithdraw)
            .WithSummary("Withdraws an accepted commitment (host or the country); it stays visible as withdrawn.");
        return api;
    }

    private static async Task<Results<Ok<PledgeDto>, ValidationProblem, ProblemHttpResult>> DecideAsync(Guid pledgeId, Guid lineId, DecisionDto body,
        ConcordiaDbContext db, IAuthorizationService authz, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken) =>
        (await PledgeCommands.DecideAsync(db, pledgeId, lineId, body.Decision, body.Quantity, body.Note, body.Version, user, authz, time, cancellationToken))
            .ToHttp(p => TypedResults.Ok(PledgeDto.From(p)));

    private static async Task<Ok<List<CommitmentDto>>> ListAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.EventId == eventId).ToListAsync(cancellationToken);
        return TypedResults.Ok(commitments.OrderBy(c => c.Country, StringComparer.Ordinal).ThenBy(c => c.From).Select(CommitmentDto.Of).ToList());
    }

    private static async Task<Results<Ok<CommitmentDto>, ValidationProblem, ProblemHttpResult>> WithdrawAsync(Guid commitmentId, WithdrawalDto body,
        ConcordiaDbContext db, IAuthorizationService authz, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken) =>
        (await PledgeCommands.WithdrawAsync(db, commitmentId, body.Reason, body.Version, user, authz, time, cancellationToken))
            .ToHttp(c => TypedResults.Ok(CommitmentDto.Of(c)));
}
