using Concordia.Data;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Requests;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Pledges;

/// <summary>What each country was asked: a liaison sees only their own country's asks.</summary>
public static class AsksApi
{
    public static RouteGroupBuilder MapAsksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Asks and pledges");
        group.MapGet("/events/{eventId:guid}/countries/{country}/asks", ListAsync).RequireAuthorization(Policies.CountryRead)
            .WithSummary("A country's asks for an event.");
        group.MapGet("/asks/{askId:guid}", GetAsync).RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("One ask as its country sees it: lines and the quantities asked of that country.");
        return api;
    }

    private static async Task<Results<Ok<List<AskDto>>, ProblemHttpResult>> ListAsync(Guid eventId, string country, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var asks = await db.Asks.Where(a => a.EventId == eventId && a.Country == country).ToListAsync(cancellationToken);
        var result = new List<AskDto>();
        foreach (var ask in asks)
        {
            var request = await db.Requests.Include(r => r.Lines).FirstAsync(r => r.Id == ask.RequestId, cancellationToken);
            if (request.Status != Domain.Requests.RequestStatus.Draft)
            {
                result.Add(await RequestViews.ToAskDtoAsync(db, ask, request, cancellationToken));
            }
        }

        return TypedResults.Ok(result.OrderByDescending(a => a.ReplyDeadline).ToList());
    }

    private static async Task<Results<Ok<AskDto>, ProblemHttpResult>> GetAsync(Guid askId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var found = await RequestViews.LoadAskAsync(db, askId, cancellationToken);
        // A draft's asks are not sent yet: they do not exist for the country.
        return found is not { } pair || pair.Request.Status == Domain.Requests.RequestStatus.Draft
            ? ApiProblems.NotFound($"There is no ask {askId} that you can see.")
            : TypedResults.Ok(await RequestViews.ToAskDtoAsync(db, pair.Ask, pair.Request, cancellationToken));
    }
}
