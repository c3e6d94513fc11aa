using System.Security.Claims;
using Concordia.Data;
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

        return TypedResults.Ok(await RequestViews.SummariesAsync(db, eventId, cancellationToken));
    }

    private static async Task<Results<Created<RequestDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(Guid eventId, RequestWriteDto body,
        ConcordiaDbContext db, IAuthorizationService authz, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await RequestCommands.CreateAsync(db, eventId, body, user, authz, time, cancellationToken);
        var dto = outcome.IsSuccess ? await RequestViews.ToDtoAsync(db, outcome.Value!, cancellationToken) : null;
        return outcome.ToHttp(r => TypedResults.Created($"/api/v1/requests/{r.Id}", dto!));
    }

    private static async Task<Results<Ok<RequestDto>, ProblemHttpResult>> GetAsync(Guid requestId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var request = await RequestViews.LoadAsync(db, requestId, cancellationToken);
        return request is null ? ApiProblems.NotFound($"There is no request {requestId}.") : TypedResults.Ok(await RequestViews.ToDtoAsync(db, request, cancellationToken));
    }

    private static async Task<Results<Ok<RequestDto>, ValidationProblem, ProblemHttpResult>> ReviseAsync(Guid requestId, RequestWriteDto body,
        ConcordiaDbContext db, IAuthorizationService authz, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await RequestCommands.ReviseAsync(db, requestId, body, user, authz, time, cancellationToken);
        var dto = outcome.IsSuccess ? await RequestViews.ToDtoAsync(db, outcome.Value!, cancellationToken) : null;
        return outcome.ToHttp(_ => TypedResults.Ok(dto!));
    }

    private static async Task<Results<Ok<RequestDto>, ValidationProblem, ProblemHttpResult>> TransitionAsync(Guid requestId, RequestTransitionDto body,
        Func<AssistanceRequest, DateTime, Domain.Common.Result<AssistanceRequest>> transition, ConcordiaDbContext db, IAuthorizationService authz,
        ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await RequestCommands.TransitionAsync(db, requestId, body.Version, transition, user, authz, time, cancellationToken);
        var dto = outcome.IsSuccess ? await RequestViews.ToDtoAsync(db, outcome.Value!, cancellationToken) : null;
        return outcome.ToHttp(_ => TypedResults.Ok(dto!));
    }
}
