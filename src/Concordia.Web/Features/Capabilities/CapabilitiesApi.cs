using Concordia.Data;
using Concordia.Domain.Capabilities;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Capabilities;

public static class CapabilitiesApi
{
    public static RouteGroupBuilder MapCapabilitiesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/capabilities").WithTags("Capabilities");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.EventRead).WithSummary("Lists the event's capability catalogue.");
        group.MapGet("/{capabilityId:guid}", GetAsync).RequireAuthorization(Policies.EventRead).WithSummary("Reads one capability.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.EventManage).WithSummary("Adds a capability to the catalogue.");
        group.MapPut("/{capabilityId:guid}", UpdateAsync).RequireAuthorization(Policies.EventManage).WithSummary("Changes a capability; send the version you last read.");
        group.MapDelete("/{capabilityId:guid}", DeleteAsync).RequireAuthorization(Policies.EventManage).WithSummary("Deletes a capability that no requirement uses and no plan version names.");
        return api;
    }

    private static async Task<Results<Ok<List<CapabilityDto>>, ProblemHttpResult>> ListAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var list = await db.Capabilities.AsNoTracking().Where(c => c.EventId == eventId).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.OrderBy(c => c.Kind).ThenBy(c => c.TypeLevel).ThenBy(c => c.Code, StringComparer.Ordinal).Select(CapabilityDto.From).ToList());
    }

    private static async Task<Results<Ok<CapabilityDto>, ProblemHttpResult>> GetAsync(Guid eventId, Guid capabilityId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var capability = await db.Capabilities.AsNoTracking().FirstOrDefaultAsync(c => c.Id == capabilityId && c.EventId == eventId, cancellationToken);
        return capability is null ? ApiProblems.NotFound(NotFound(eventId, capabilityId)) : TypedResults.Ok(CapabilityDto.From(capability));
    }

    private static async Task<Results<Created<CapabilityDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid eventId, CapabilityRequest request, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var capability = Capability.Create(ev, request.Code ?? string.Empty, request.Name ?? string.Empty, request.Kind, request.TypeLevel,
            request.Persons ?? 1, request.Dogs ?? 0, request.Description);
        if (!capability.IsSuccess)
        {
            return ApiProblems.Invalid(capability.Errors);
        }

        if (await db.Capabilities.AnyAsync(c => c.EventId == eventId && c.Code == request.Code, cancellationToken))
        {
            return ApiProblems.Conflict($"The code '{request.Code}' is already used by another capability of this event.");
        }

        db.Capabilities.Add(capability.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/events/{eventId}/capabilities/{capability.Value.Id}", CapabilityDto.From(capability.Value));
    }

    private static async Task<Results<Ok<CapabilityDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid eventId, Guid capabilityId, CapabilityRequest request, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var capability = await db.Capabilities.FirstOrDefaultAsync(c => c.Id == capabilityId && c.EventId == eventId, cancellationToken);
        if (capability is null)
        {
            return ApiProblems.NotFound(NotFound(eventId, capabilityId));
        }

        if (request.Version is not { } version)
        {
            return ApiProblems.Invalid("version", "is required when changing a capability");
        }

        if (version != capability.Version)
        {
            return ApiProblems.StaleVersion($"Capability '{capability.Code}'", version, capability.Version);
        }

        if (request.Code != capability.Code)
        {
            return ApiProblems.Invalid("code", "cannot be changed");
        }

        var updated = capability.Update(request.Name ?? string.Empty, request.Kind, request.TypeLevel, request.Persons ?? 1, request.Dogs ?? 0, request.Description);
        if (!updated.IsSuccess)
        {
            return ApiProblems.Invalid(updated.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CapabilityDto.From(capability));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid eventId, Guid capabilityId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var capability = await db.Capabilities.FirstOrDefaultAsync(c => c.Id == capabilityId && c.EventId == eventId, cancellationToken);
        if (capability is null)
        {
            return ApiProblems.NotFound(NotFound(eventId, capabilityId));
        }

        var used = await db.Requirements.CountAsync(r => r.CapabilityId == capabilityId, cancellationToken);
        if (used > 0)
        {
            return ApiProblems.Conflict($"Capability '{capability.Code}' is used by {used} requirement(s); remove them first.");
        }

        if (await db.PlanDuties.IgnoreQueryFilters().AnyAsync(d => d.CapabilityId == capabilityId, cancellationToken))
        {
            return ApiProblems.Conflict($"Capability '{capability.Code}' appears in plan versions of the event; it stays so that they keep their meaning.");
        }

        db.Capabilities.Remove(capability);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static string NotFound(Guid eventId, Guid capabilityId) => $"There is no capability {capabilityId} in event {eventId}.";
}
