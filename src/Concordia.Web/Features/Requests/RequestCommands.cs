using System.Security.Claims;
using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Requests;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Notifications;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Requests;

/// <summary>What a host agency does with its requests, once, for the API and the pages alike.</summary>
public static class RequestCommands
{
    public static async Task<Outcome<AssistanceRequest>> CreateAsync(ConcordiaDbContext db, Guid eventId, RequestWriteDto body, ClaimsPrincipal user,
        IAuthorizationService authz, TimeProvider time, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return Outcome<AssistanceRequest>.Missing(EventLookup.NotFound(eventId));
        }

        if (!await db.Agencies.AnyAsync(a => a.Id == body.AgencyId && a.EventId == eventId, cancellationToken))
        {
            return Outcome<AssistanceRequest>.Invalid("agencyId", $"there is no agency {body.AgencyId} in this event");
        }

        if (!(await authz.AuthorizeAsync(user, new AgencyScope(body.AgencyId), Policies.AgencyWork)).Succeeded)
        {
            return Outcome<AssistanceRequest>.Refused("You may write requests only for your own agency.");
        }

        var errors = await CheckCapabilitiesAsync(db, eventId, body, cancellationToken);
        var created = errors.Count > 0 ? Result<AssistanceRequest>.Failure(errors) : AssistanceRequest.Create(ev, body.AgencyId, body.ToDraft(), time.GetUtcNow().UtcDateTime);
        if (!created.IsSuccess)
        {
            return Outcome<AssistanceRequest>.Invalid(created.Errors);
        }

        db.Requests.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<AssistanceRequest>.Ok(created.Value);
    }

    public static async Task<Outcome<AssistanceRequest>> ReviseAsync(ConcordiaDbContext db, Guid requestId, RequestWriteDto body, ClaimsPrincipal user,
        IAuthorizationService authz, TimeProvider time, CancellationToken cancellationToken)
    {
        var (request, refusal) = await LoadForWorkAsync(db, requestId, user, authz, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (body.Version is not { } version)
        {
            return Outcome<AssistanceRequest>.Invalid("version", "is required");
        }

        if (version != request.Version)
        {
            return Outcome<AssistanceRequest>.Conflicting(ApiProblems.StaleVersion("The request", version, request.Version));
        }

        var ev = (await EventLookup.FindAsync(db, request.EventId, cancellationToken))!;
        var errors = await CheckCapabilitiesAsync(db, request.EventId, body, cancellationToken);
        var revised = errors.Count > 0 ? Result<AssistanceRequest>.Failure(errors) : request.Revise(ev, body.ToDraft(), time.GetUtcNow().UtcDateTime);
        if (!revised.IsSuccess)
        {
            return Outcome<AssistanceRequest>.Invalid(revised.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<AssistanceRequest>.Ok(request);
    }

    /// <summary>Sends, closes or withdraws a request.</summary>
    public static async Task<Outcome<AssistanceRequest>> TransitionAsync(ConcordiaDbContext db, Guid requestId, int version,
        Func<AssistanceRequest, DateTime, Result<AssistanceRequest>> transition, ClaimsPrincipal user, IAuthorizationService authz, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (request, refusal) = await LoadForWorkAsync(db, requestId, user, authz, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (version != request.Version)
        {
            return Outcome<AssistanceRequest>.Conflicting(ApiProblems.StaleVersion("The request", version, request.Version));
        }

        var wasDraft = request.Status == RequestStatus.Draft;
        var at = time.GetUtcNow().UtcDateTime;
        var result = transition(request, at);
        if (!result.IsSuccess)
        {
            return Outcome<AssistanceRequest>.Invalid(result.Errors);
        }

        if (wasDraft && request.Status == RequestStatus.Sent)
        {
            await ChangeNotifications.RequestSentAsync(db, request, at, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<AssistanceRequest>.Ok(request);
    }

    private static async Task<(AssistanceRequest? Request, Outcome<AssistanceRequest>? Refusal)> LoadForWorkAsync(ConcordiaDbContext db, Guid requestId,
        ClaimsPrincipal user, IAuthorizationService authz, CancellationToken cancellationToken)
    {
        var request = await RequestViews.LoadAsync(db, requestId, cancellationToken);
        if (request is null)
        {
            return (null, Outcome<AssistanceRequest>.Missing($"There is no request {requestId}."));
        }

        return (await authz.AuthorizeAsync(user, new AgencyScope(request.AgencyId), Policies.AgencyWork)).Succeeded
            ? (request, null)
            : (null, Outcome<AssistanceRequest>.Refused("You may act only on requests of your own agency."));
    }

    private static async Task<List<DomainError>> CheckCapabilitiesAsync(ConcordiaDbContext db, Guid eventId, RequestWriteDto body, CancellationToken cancellationToken)
    {
        var known = await db.Capabilities.Where(c => c.EventId == eventId).Select(c => c.Id).ToListAsync(cancellationToken);
        return (body.Lines ?? []).Select((l, i) => (l, i)).Where(p => !known.Contains(p.l.CapabilityId))
            .Select(p => new DomainError($"lines[{p.i}].capabilityId", $"there is no capability {p.l.CapabilityId} in this event")).ToList();
    }
}
