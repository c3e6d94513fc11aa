using Concordia.Data;
using Concordia.Domain.Agencies;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Agencies;

public sealed record AgencyDto(Guid Id, string Code, string Name, AgencyKind Kind, Guid? ParentId);

public static class AgenciesApi
{
    public static RouteGroupBuilder MapAgenciesApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/events/{eventId:guid}/agencies").WithTags("Agencies")
            .MapGet("/", ListAsync).RequireAuthorization(Policies.EventRead).WithSummary("Lists the host agencies taking part in the event.");
        return api;
    }

    private static async Task<Results<Ok<List<AgencyDto>>, ProblemHttpResult>> ListAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var agencies = await db.Agencies.AsNoTracking().Where(a => a.EventId == eventId).ToListAsync(cancellationToken);
        return TypedResults.Ok(agencies.OrderBy(a => a.Name, StringComparer.CurrentCulture)
            .Select(a => new AgencyDto(a.Id, a.Code, a.Name, a.Kind, a.ParentId)).ToList());
    }
}
