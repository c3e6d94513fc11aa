using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Events;

public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events").WithTags("Events");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.EventRead).WithSummary("Lists the events, most recent first.");
        group.MapGet("/{eventId:guid}", GetAsync).RequireAuthorization(Policies.EventRead).WithSummary("Reads one event with its phases and alert scale.");
        group.MapPut("/{eventId:guid}", UpdateAsync).RequireAuthorization(Policies.EventManage).WithSummary("Changes an event's name, description, dates and phases.");
        return api;
    }

    private static async Task<Ok<List<EventSummaryDto>>> ListAsync(ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(events.OrderByDescending(e => e.Start).Select(EventSummaryDto.From).ToList());
    }

    private static async Task<Results<Ok<EventDto>, ProblemHttpResult>> GetAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        return ev is null ? ApiProblems.NotFound(EventLookup.NotFound(eventId)) : TypedResults.Ok(EventDto.From(ev));
    }

    private static async Task<Results<Ok<EventDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid eventId, UpdateEventRequest request, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        if (request.Version != ev.Version)
        {
            return ApiProblems.StaleVersion($"Event '{ev.Code}'", request.Version, ev.Version);
        }

        var phases = (request.Phases ?? []).Select((p, i) => (Phase: EventPhase.Create(p.Code, p.Name, p.Start, p.End), Index: i)).ToList();
        var phaseErrors = phases.SelectMany(p => p.Phase.Errors.Select(e => e.Under($"phases[{p.Index}]"))).ToList();
        if (phaseErrors.Count > 0)
        {
            return ApiProblems.Invalid(phaseErrors);
        }

        var updated = ev.Update(request.Name, request.Description, request.Start, request.End, [.. phases.Select(p => p.Phase.Value)]);
        if (!updated.IsSuccess)
        {
            return ApiProblems.Invalid(updated.Errors);
        }

        var span = ev.Span;
        var outside = await db.Requirements.CountAsync(r => r.EventId == ev.Id && (r.Window.Start < span.Start || r.Window.End > span.End), cancellationToken);
        if (outside > 0)
        {
            return ApiProblems.Conflict($"{outside} requirement(s) lie outside the new dates; move or delete them first.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EventDto.From(ev));
    }
}
