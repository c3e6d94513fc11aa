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
        ConcordiaDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = await RequestViews.LoadAskAsync(db, askId, cancellationToken);
        if (found is not var (ask, request) || request.Status == Domain.Requests.RequestStatus.Draft)
        {
            return ApiProblems.NotFound($"There is no ask {askId} that you can see.");
        }

        if (await db.Pledges.Where(p => p.AskId == askId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return ApiProblems.Conflict($"This ask is already answered by pledge {existing}; amend that pledge instead.",
                new Dictionary<string, object?> { ["pledgeId"] = existing });
        }

        var ev = (await EventLookup.FindAsync(db, request.EventId, cancellationToken))!;
        var pledge = Pledge.Submit(ev, request, ask, body.Details, CurrentUser.From(user).Name, time.GetUtcNow().UtcDateTime);
        if (!pledge.IsSuccess)
        {
            return ApiProblems.Invalid(pledge.Errors);
        }

        db.Pledges.Add(pledge.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/pledges/{pledge.Value.Id}", PledgeDto.From(pledge.Value));
    }

    private static async Task<Results<Created<PledgeDto>, ValidationProblem, ProblemHttpResult>> OfferAsync(Guid eventId, string country, PledgeWriteDto body,
        ConcordiaDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        if (body.AgencyId is not { } agencyId || !await db.Agencies.AnyAsync(a => a.Id == agencyId && a.EventId == eventId, cancellationToken))
        {
            return ApiProblems.Invalid("agencyId", "name the host agency of this event that the offer is for");
        }

        var pledge = Pledge.Offer(ev, country, agencyId, body.Details, CurrentUser.From(user).Name, time.GetUtcNow().UtcDateTime);
        if (!pledge.IsSuccess)
        {
            return ApiProblems.Invalid(pledge.Errors);
        }

        db.Pledges.Add(pledge.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/pledges/{pledge.Value.Id}", PledgeDto.From(pledge.Value));
    }

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
        ConcordiaDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var pledge = await db.Pledges.Include(p => p.Lines).FirstOrDefaultAsync(p => p.Id == pledgeId, cancellationToken);
        if (pledge is null)
        {
            return ApiProblems.NotFound(NotFound(pledgeId));
        }

        if (body.Version is not { } version)
        {
            return ApiProblems.Invalid("version", "is required: send the version of the pledge you amend");
        }

        if (version != pledge.Version)
        {
            return await PledgeConflict.AnswerAsync(db, pledge, version, cancellationToken);
        }

        var ev = (await EventLookup.FindAsync(db, pledge.EventId, cancellationToken))!;
        var found = pledge.AskId is { } askId ? await RequestViews.LoadAskAsync(db, askId, cancellationToken) : null;
        var amended = pledge.Amend(ev, found?.Request, found?.Ask, body.Details, CurrentUser.From(user).Name, time.GetUtcNow().UtcDateTime);
        if (!amended.IsSuccess)
        {
            return ApiProblems.Invalid(amended.Errors);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: answer with what they changed.
            db.ChangeTracker.Clear();
            var current = await db.Pledges.Include(p => p.Lines).FirstAsync(p => p.Id == pledgeId, cancellationToken);
            return await PledgeConflict.AnswerAsync(db, current, version, cancellationToken);
        }

        return TypedResults.Ok(PledgeDto.From(pledge));
    }

    private static string NotFound(Guid pledgeId) => $"There is no pledge {pledgeId} that you can see.";
}
