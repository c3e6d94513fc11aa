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
        ConcordiaDbContext db, IAuthorizationService authz, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var pledge = await db.Pledges.Include(p => p.Lines).FirstOrDefaultAsync(p => p.Id == pledgeId, cancellationToken);
        if (pledge is null)
        {
            return ApiProblems.NotFound($"There is no pledge {pledgeId}.");
        }

        if (!(await authz.AuthorizeAsync(user, new AgencyScope(pledge.AgencyId), Policies.AgencyWork)).Succeeded)
        {
            return ApiProblems.Forbidden("You may decide only on pledges made to your own agency.");
        }

        if (body.Version != pledge.Version)
        {
            return await PledgeConflict.AnswerAsync(db, pledge, body.Version, cancellationToken);
        }

        var by = CurrentUser.From(user).Name;
        var at = time.GetUtcNow().UtcDateTime;
        IReadOnlyList<DomainError> errors = [];
        switch (body.Decision)
        {
            case DecisionKind.Accept:
                var commitment = pledge.Accept(lineId, body.Quantity, by, at);
                errors = commitment.Errors;
                if (commitment.IsSuccess)
                {
                    db.Commitments.Add(commitment.Value);
                }

                break;
            case DecisionKind.Decline:
                errors = pledge.Decline(lineId, body.Note ?? string.Empty, by, at).Errors;
                break;
            default:
                errors = pledge.RequestRevision(lineId, body.Note ?? string.Empty, by, at).Errors;
                break;
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Pledges.Include(p => p.Lines).FirstAsync(p => p.Id == pledgeId, cancellationToken);
            return await PledgeConflict.AnswerAsync(db, current, body.Version, cancellationToken);
        }

        return TypedResults.Ok(PledgeDto.From(pledge));
    }

    private static async Task<Ok<List<CommitmentDto>>> ListAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.EventId == eventId).ToListAsync(cancellationToken);
        return TypedResults.Ok(commitments.OrderBy(c => c.Country, StringComparer.Ordinal).ThenBy(c => c.From).Select(CommitmentDto.Of).ToList());
    }

    private static async Task<Results<Ok<CommitmentDto>, ValidationProblem, ProblemHttpResult>> WithdrawAsync(Guid commitmentId, WithdrawalDto body,
        ConcordiaDbContext db, IAuthorizationService authz, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.Id == commitmentId, cancellationToken);
        if (commitment is null)
        {
            return ApiProblems.NotFound($"There is no commitment {commitmentId} that you can see.");
        }

        // A liaison reaches only their own country's commitments (data layer); the host side must work for the agency.
        var caller = CurrentUser.From(user);
        var asCountry = caller.IsInRole(Roles.CountryLiaison) && caller.Countries.Contains(commitment.Country);
        if (!asCountry && !(await authz.AuthorizeAsync(user, new AgencyScope(commitment.AgencyId), Policies.AgencyWork)).Succeeded)
        {
            return ApiProblems.Forbidden("You may withdraw only your own country's commitments, or those made to your agency.");
        }

        if (body.Version != commitment.Version)
        {
            return ApiProblems.StaleVersion("The commitment", body.Version, commitment.Version);
        }

        var withdrawn = commitment.Withdraw($"{caller.Name} ({(asCountry ? commitment.Country : "host")})", time.GetUtcNow().UtcDateTime, body.Reason ?? string.Empty);
        if (!withdrawn.IsSuccess)
        {
            return ApiProblems.Invalid(withdrawn.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CommitmentDto.Of(commitment));
    }
}
