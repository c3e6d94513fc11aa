using System.Security.Claims;
using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Requests;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Requests;

/// <summary>Requests for assistance (campaigns): written by host agencies, sent to many countries at once.</summary>
public static class RequestsApi
{
    public static RouteGroupBuilder MapRequestsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Requests");
        group.MapGet("/events/{eventId:guid}/requests", ListAsync).RequireAuthorization(Policies.RequestRead)
            .WithSummary("Lists the event's requests for assistance with their totals.");
        group.MapPost("/events/{eventId:guid}/requests", CreateAsync).RequireAuthorization(Policies.AgencyWork)
            .WithSummary("Drafts a request: lines, and the quantities asked of each country.");
        group.MapGet("/requests/{requestId:guid}", GetAsync).RequireAuthorization(Policies.RequestRead)
            .WithSummary("Reads a request with every country's ask and the campaign totals.");
        group.MapPut("/requests/{requestId:guid}", ReviseAsync).RequireAuthorization(Policies.AgencyWork).WithSummary("Revises a draft request.");
        group.MapPost("/requests/{requestId:guid}/send", (Guid requestId, RequestTransitionDto body, ConcordiaDbContext db, IAuthorizationService authz,
                ClaimsPrincipal user, TimeProvider time, CancellationToken ct) =>
            TransitionAsync(requestId, body, (r, at) => r.Send(at), db, authz, user, time, ct))
            .RequireAuthorization(Policies.AgencyWork).WithSummary("Sends a draft to every country on it; each gets its own ask.");
        group.MapPost("/requests/{requestId:guid}/close", (Guid requestId, RequestTransitionDto body, ConcordiaDbContext db, IAuthorizationService authz,
                ClaimsPrincipal user, TimeProvider time, CancellationToken ct) =>
            TransitionAsync(requestId, body, (r, at) => r.Close(at, body.Reason), db, authz, user, time, ct))
            .RequireAuthorization(Policies.AgencyWork).WithSummary("Closes a sent request: no more answers expected.");
        group.MapPost("/requests/{requestId:guid}/withdraw", (Guid requestId, RequestTransitionDto body, ConcordiaDbContext db, IAuthorizationService authz,
                ClaimsPrincipal user, TimeProvider time, CancellationToken ct) =>
            TransitionAsync(requestId, body, (r, at) => r.Withdraw(at, body.Reason), db, authz, user, time, ct))
            .RequireAuthorization(Policies.AgencyWork).WithSummary("Withdraws a request and its asks.");
        return api;
    }

    private static async Task<Results<Ok<List<RequestSummaryDto>>, ProblemHttpResult>> ListAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var requests = await db.Requests.AsNoTracking().Include(r => r.Asks).Where(r => r.EventId == eventId).ToListAsync(cancellationToken);
        var agencies = await db.Agencies.Where(a => a.EventId == eventId).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return TypedResults.Ok(requests.OrderByDescending(r => r.CreatedAt).Select(r => new RequestSummaryDto(r.Id, r.Title, r.AgencyId, agencies[r.AgencyId],
            r.Status, r.ReplyDeadline, r.Asks.Count, r.Asks.Sum(a => a.Total), r.Asks.Count(a => a.Status == AskStatus.Answered), r.CreatedAt, r.SentAt)).ToList());
    }

    private static async Task<Results<Created<RequestDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(Guid eventId, RequestWriteDto body,
        ConcordiaDbContext db, IAuthorizationService authz, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        if (!await db.Agencies.AnyAsync(a => a.Id == body.AgencyId && a.EventId == eventId, cancellationToken))
        {
            return ApiProblems.Invalid("agencyId", $"there is no agency {body.AgencyId} in this event");
        }

        if (!(await authz.AuthorizeAsync(user, new AgencyScope(body.AgencyId), Policies.AgencyWork)).Succeeded)
        {
            return ApiProblems.Forbidden("You may write requests only for your own agency.");
        }

        var errors = await CheckCapabilitiesAsync(db, eventId, body, cancellationToken);
        var created = errors.Count > 0 ? Result<AssistanceRequest>.Failure(errors) : AssistanceRequest.Create(ev, body.AgencyId, body.ToDraft(), time.GetUtcNow().UtcDateTime);
        if (!created.IsSuccess)
        {
            return ApiProblems.Invalid(created.Errors);
        }

        db.Requests.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/requests/{created.Value.Id}", await RequestViews.ToDtoAsync(db, created.Value, cancellationToken));
    }

    private static async Task<Results<Ok<RequestDto>, ProblemHttpResult>> GetAsync(Guid requestId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var request = await RequestViews.LoadAsync(db, requestId, cancellationToken);
        return request is null ? ApiProblems.NotFound(NotFound(requestId)) : TypedResults.Ok(await RequestViews.ToDtoAsync(db, request, cancellationToken));
    }

    private static async Task<Results<Ok<RequestDto>, ValidationProblem, ProblemHttpResult>> ReviseAsync(Guid requestId, RequestWriteDto body,
        ConcordiaDbContext db, IAuthorizationService authz, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var request = await RequestViews.LoadAsync(db, requestId, cancellationToken);
        if (request is null)
        {
            return ApiProblems.NotFound(NotFound(requestId));
        }

        if (!(await authz.AuthorizeAsync(user, new AgencyScope(request.AgencyId), Policies.AgencyWork)).Succeeded)
        {
            return ApiProblems.Forbidden("You may change requests only of your own agency.");
        }

        if (body.Version is not { } version)
        {
            return ApiProblems.Invalid("version", "is required");
        }

        if (version != request.Version)
        {
            return ApiProblems.StaleVersion("The request", version, request.Version);
        }

        var ev = (await EventLookup.FindAsync(db, request.EventId, cancellationToken))!;
        var errors = await CheckCapabilitiesAsync(db, request.EventId, body, cancellationToken);
        var revised = errors.Count > 0 ? Result<AssistanceRequest>.Failure(errors) : request.Revise(ev, body.ToDraft(), time.GetUtcNow().UtcDateTime);
        if (!revised.IsSuccess)
        {
            return ApiProblems.Invalid(revised.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await RequestViews.ToDtoAsync(db, request, cancellationToken));
    }

    private static async Task<Results<Ok<RequestDto>, ValidationProblem, ProblemHttpResult>> TransitionAsync(Guid requestId, RequestTransitionDto body,
        Func<AssistanceRequest, DateTime, Result<AssistanceRequest>> transition, ConcordiaDbContext db, IAuthorizationService authz, ClaimsPrincipal user,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var request = await RequestViews.LoadAsync(db, requestId, cancellationToken);
        if (request is null)
        {
            return ApiProblems.NotFound(NotFound(requestId));
        }

        if (!(await authz.AuthorizeAsync(user, new AgencyScope(request.AgencyId), Policies.AgencyWork)).Succeeded)
        {
            return ApiProblems.Forbidden("You may act only on requests of your own agency.");
        }

        if (body.Version != request.Version)
        {
            return ApiProblems.StaleVersion("The request", body.Version, request.Version);
        }

        var result = transition(request, time.GetUtcNow().UtcDateTime);
        if (!result.IsSuccess)
        {
            return ApiProblems.Invalid(result.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await RequestViews.ToDtoAsync(db, request, cancellationToken));
    }

    private static async Task<List<DomainError>> CheckCapabilitiesAsync(ConcordiaDbContext db, Guid eventId, RequestWriteDto body, CancellationToken cancellationToken)
    {
        var known = await db.Capabilities.Where(c => c.EventId == eventId).Select(c => c.Id).ToListAsync(cancellationToken);
        return (body.Lines ?? []).Select((l, i) => (l, i)).Where(p => !known.Contains(p.l.CapabilityId))
            .Select(p => new DomainError($"lines[{p.i}].capabilityId", $"there is no capability {p.l.CapabilityId} in this event")).ToList();
    }

    private static string NotFound(Guid requestId) => $"There is no request {requestId}.";
}
