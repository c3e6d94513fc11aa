using Concordia.Data;
using Concordia.Domain.Events;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Alerts;

public static class AlertsApi
{
    public static RouteGroupBuilder MapAlertsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/alert-level").WithTags("Alert levels");
        group.MapGet("/", GetAsync).RequireAuthorization(Policies.EventRead).WithSummary("Reads the alert scale, the level in force and the history of changes.");
        group.MapPut("/", SetAsync).RequireAuthorization(Policies.AlertLevelSet).WithSummary("Puts another level of the scale in force; the change is kept in the history.");
        return api;
    }

    private static async Task<Results<Ok<AlertStatusDto>, ProblemHttpResult>> GetAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        return ev is null ? ApiProblems.NotFound(EventLookup.NotFound(eventId)) : TypedResults.Ok(await StatusAsync(db, ev, cancellationToken));
    }

    private static async Task<Results<Ok<AlertStatusDto>, ValidationProblem, ProblemHttpResult>> SetAsync(
        Guid eventId, SetAlertLevelRequest request, ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
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

        var change = await SetAlertLevel.RunAsync(db, ev, request.Level ?? string.Empty, request.Reason, CurrentUser.From(http.User).Name, time, cancellationToken);
        if (!change.IsSuccess)
        {
            return ApiProblems.Invalid(change.Errors);
        }

        return TypedResults.Ok(await StatusAsync(db, ev, cancellationToken));
    }

    private static async Task<AlertStatusDto> StatusAsync(ConcordiaDbContext db, Event ev, CancellationToken cancellationToken)
    {
        var history = await db.AlertLevelChanges.AsNoTracking().Where(c => c.EventId == ev.Id)
            .OrderByDescending(c => c.ChangedAt).Take(200).ToListAsync(cancellationToken);
        var dto = EventDto.From(ev);
        return new AlertStatusDto(dto.AlertScale, dto.AlertScale.Levels.First(l => l.Code == ev.CurrentAlertLevel),
            [.. history.Select(c => new AlertLevelChangeDto(c.FromLevel, c.ToLevel, ev.ToLocal(c.ChangedAt), c.ChangedBy, c.Reason))],
            ev.Version);
    }
}
