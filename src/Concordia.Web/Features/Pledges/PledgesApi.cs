using System.Security.Claims;
using Concordia.Data;
using Concordia.Domain.Pledges;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Requests;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Pledges;

/// <summary>Pledges: a liaison answers their own country's asks, amends until accepted, or offers help unasked.</summary>
public static class PledgesApi
{
    public static RouteGroupBuilder MapPledgesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Asks and pledges");
        group.MapPost("/asks/{askId:guid}/pledge", SubmitAsync).RequireAuthorization(Policies.CountryRecordWrite)
            .WithSummary("Answers an ask line by line: full, partial, declined (with a reason) or counter-offer.");
        group.MapPost("/events/{eventId:guid}/countries/{country}/offers", OfferAsync).RequireAuthorization(Policies.CountryWrite)
            .WithSummary("Offers help that was not asked for (an unsolicited offer) to a host agency.");
        group.MapGet("/events/{eventId:guid}/pledges", ListAsync).RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("The pledges of an event: all for host staff, their own country's for a liaison.");
        group.MapGet("/pledges/{pledgeId:guid}", GetAsync).RequireAuthorization(Policies.CountryRecordRead).WithSummary("Reads a pledge with the host's decisions.");
        group.MapGet("/pledges/{pledgeId:guid}/versions", VersionsAsync).RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("Every version of a pledge: submissions, amendments and decisions.");
        group.MapPut("/pledges/{pledgeId:guid}", AmendAsync).RequireAuthorization(Policies.CountryRecordWrite)
            .WithSummary("Amends the lines the host has not accepted; a stale version gets 409 with what changed.");
        return api;
    }

    private static async Task<Results<Created<PledgeDto>, ValidationProblem, ProblemHttpResult>> SubmitAsync(Guid askId, PledgeWriteDto body,
        ConcordiaDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken) =>
        (await PledgeCommands.SubmitAsync(db, askId, body.Details, user, time, cancellationToken))
            .ToHttp(p => TypedResults.Created($"/api/v1/pledges/{p.Id}", PledgeDto.From(p)));

    private static async Task<Results<Created<PledgeDto>, ValidationProblem, ProblemHttpResult>> OfferAsync(Guid eventId, string country, PledgeWriteDto body,
        ConcordiaDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken) =>
        (await PledgeCommands.OfferAsync(db, eventId, country, body.AgencyId, body.Details, user, time, cancellationToken))
            .ToHttp(p => TypedResults.Created($"/api/v1/pledges/{p.Id}", PledgeDto.From(p)));

    private static async Task<Ok<List<PledgeDto>>> ListAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var pledges = await db.Pledges.AsNoTracking().Include(p => p.Lines).Where(p => p.EventId == eventId).ToListAsync(cancellationToken);
        return TypedResults.Ok(pledges.OrderBy(p => p.Country, StringComparer.Ordinal).ThenBy(p => p.SubmittedAt).Select(PledgeDto.From).ToList());
    }

    private static async Task<Results<Ok<PledgeDto>, ProblemHttpResult>> GetAsync(Guid pledgeId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var pledge = await db.Pledges.AsNoTracking().Include(p => p.Lines).FirstOrDefaultAsync(p => p.Id == pledgeId, cancellationToken);
        return pledge is null ? ApiProblems.NotFound(NotFound(pledgeId)) : TypedResults.Ok(PledgeDto.From(pledge));
    }

    private static async Task<Results<Ok<List<PledgeVersionDto>>, ProblemHttpResult>> VersionsAsync(Guid pledgeId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var pledge = await db.Pledges.AsNoTracking().Include(p => p.Versions).FirstOrDefaultAsync(p => p.Id == pledgeId, cancellationToken);
        return pledge is null
            ? ApiProblems.NotFound(NotFound(pledgeId))
            : TypedResults.Ok(pledge.Versions.OrderBy(v => v.Number).Select(v => new PledgeVersionDto(v.Number, v.ChangedAt, v.ChangedBy, v.Change, v.Lines)).ToList());
    }

    private static async Task<Results<Ok<PledgeDto>, ValidationProblem, ProblemHttpResult>> AmendAsync(Guid pledgeId, PledgeWriteDto body,
        ConcordiaDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken) =>
        (await PledgeCommands.AmendAsync(db, pledgeId, body.Version, body.Details, user, time, cancellationToken)).ToHttp(p => TypedResults.Ok(PledgeDto.From(p)));

    private static string NotFound(Guid pledgeId) => $"There is no pledge {pledgeId} that you can see.";
}
