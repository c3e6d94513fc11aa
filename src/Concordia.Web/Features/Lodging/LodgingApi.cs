using System.Security.Claims;
using Concordia.Data;
using Concordia.Domain.Lodging;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Lodging;

/// <summary>
/// Lodging: accommodation sites with their capacity night by night, allocation of members keeping teams together,
/// manual placement, and the occupancy board with over-capacity nights and members without a bed. Host staff only.
/// </summary>
public static class LodgingApi
{
    public static RouteGroupBuilder MapLodgingApi(this RouteGroupBuilder api)
    {
        var sites = api.MapGroup("/events/{eventId:guid}/accommodation").WithTags("Lodging");
        sites.MapGet("/", ListAsync).RequireAuthorization(Policies.LodgingRead).WithSummary("The event's accommodation sites and their capacity.");
        sites.MapPost("/", CreateAsync).RequireAuthorization(Policies.LodgingManage).WithSummary("Adds an accommodation site.");
        sites.MapPut("/{accommodationId:guid}", UpdateAsync).RequireAuthorization(Policies.LodgingManage).WithSummary("Changes an accommodation site.");
        sites.MapDelete("/{accommodationId:guid}", DeleteAsync).RequireAuthorization(Policies.LodgingManage)
            .WithSummary("Removes an accommodation site; its members are left without a bed.");
        var lodging = api.MapGroup("/events/{eventId:guid}/lodging").WithTags("Lodging");
        lodging.MapGet("/", BoardAsync).RequireAuthorization(Policies.LodgingRead)
            .WithSummary("Occupancy night by night per site, over-capacity nights, and members without a bed.");
        lodging.MapPost("/allocate", AllocateAsync).RequireAuthorization(Policies.LodgingManage)
            .WithSummary("Places members without a bed (fresh=true: everyone, anew), keeping units whole and contingents together.");
        var member = api.MapGroup("/members/{memberId:guid}/lodging").WithTags("Lodging").RequireAuthorization(Policies.LodgingManage);
        member.MapPut("/", AssignAsync).WithSummary("Lodges one member at a site, for the nights the member needs unless others are given.");
        member.MapDelete("/", UnassignAsync).WithSummary("Takes a member out of their accommodation.");
        return api;
    }

    private static async Task<Results<Ok<List<AccommodationSiteDto>>, ProblemHttpResult>> ListAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken) =>
        await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken)
            ? TypedResults.Ok((await db.AccommodationSites.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.Code).ToListAsync(cancellationToken))
                .Select(AccommodationSiteDto.From).ToList())
            : ApiProblems.NotFound(EventLookup.NotFound(eventId));

    private static async Task<Results<Created<AccommodationSiteDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(Guid eventId, AccommodationSiteRequest request,
        ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var site = AccommodationSite.Create(ev, request.ToDetails());
        if (!site.IsSuccess)
        {
            return ApiProblems.Invalid(site.Errors);
        }

        if (await db.AccommodationSites.AnyAsync(s => s.EventId == eventId && s.Code == site.Value.Code, cancellationToken))
        {
            return ApiProblems.Invalid("code", $"'{site.Value.Code}' is the code of another accommodation site of this event");
        }

        db.AccommodationSites.Add(site.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/events/{eventId}/accommodation/{site.Value.Id}", AccommodationSiteDto.From(site.Value));
    }

    private static async Task<Results<Ok<AccommodationSiteDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(Guid eventId, Guid accommodationId,
        AccommodationSiteRequest request, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var site = await db.AccommodationSites.FirstOrDefaultAsync(s => s.Id == accommodationId && s.EventId == eventId, cancellationToken);
        if (site is null)
        {
            return ApiProblems.NotFound($"There is no accommodation site {accommodationId} in this event.");
        }

        if (request.Version is not { } version)
        {
            return ApiProblems.Invalid("version", "is required when changing an accommodation site");
        }

        if (version != site.Version)
        {
            return ApiProblems.StaleVersion("The accommodation site", version, site.Version);
        }

        if (request.Code != site.Code && await db.AccommodationSites.AnyAsync(s => s.EventId == eventId && s.Code == request.Code, cancellationToken))
        {
            return ApiProblems.Invalid("code", $"'{request.Code}' is the code of another accommodation site of this event");
        }

        var updated = site.Update(request.ToDetails());
        if (!updated.IsSuccess)
        {
            return ApiProblems.Invalid(updated.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AccommodationSiteDto.From(site));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid eventId, Guid accommodationId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var site = await db.AccommodationSites.FirstOrDefaultAsync(s => s.Id == accommodationId && s.EventId == eventId, cancellationToken);
        if (site is null)
        {
            return ApiProblems.NotFound($"There is no accommodation site {accommodationId} in this event.");
        }

        db.LodgingAssignments.RemoveRange(await db.LodgingAssignments.Where(a => a.SiteId == accommodationId).ToListAsync(cancellationToken));
        db.AccommodationSites.Remove(site);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<LodgingBoardDto>, ProblemHttpResult>> BoardAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        return ev is null ? ApiProblems.NotFound(EventLookup.NotFound(eventId)) : TypedResults.Ok(await LodgingBoard.RunAsync(db, ev, cancellationToken));
    }

    private static async Task<Results<Ok<LodgingAllocationResult>, ProblemHttpResult>> AllocateAsync(Guid eventId, bool? fresh, ConcordiaDbContext db,
        ClaimsPrincipal user, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var result = await LodgingAllocationRun.RunAsync(db, ev, fresh == true, CurrentUser.From(user).Name, cancellationToken);
        Contingents.ContingentLog.LodgingAllocated(logs.CreateLogger(typeof(LodgingApi)), ev.Code, result.Placed, result.Unplaced);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<MemberLodgingDto>, ValidationProblem, ProblemHttpResult>> AssignAsync(Guid memberId, MemberLodgingRequest request,
        ConcordiaDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return ApiProblems.NotFound($"There is no member {memberId} that you can see.");
        }

        var site = await db.AccommodationSites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SiteId && s.EventId == member.EventId, cancellationToken);
        if (site is null)
        {
            return ApiProblems.Invalid("siteId", $"there is no accommodation site {request.SiteId} in this member's event");
        }

        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == member.EventId, cancellationToken);
        var need = (await LodgingNeeds.LoadAsync(db, ev, cancellationToken)).FirstOrDefault(n => n.MemberId == memberId)?.Nights;
        var nights = request.FirstNight is { } first && request.LastNight is { } last ? new NightRange(first, last) : need;
        if (nights is null || nights.Count < 1)
        {
            return ApiProblems.Invalid(nights is null ? "firstNight" : "lastNight",
                nights is null ? "the member's nights are not known (no journey, no commitment): give firstNight and lastNight" : "must not be before firstNight");
        }

        db.LodgingAssignments.RemoveRange(await db.LodgingAssignments.Where(a => a.MemberId == memberId).ToListAsync(cancellationToken));
        var assignment = LodgingAssignment.Of(member.EventId, member.Country, member.Id, site.Id, nights, CurrentUser.From(user).Name, db.Access.Clock.GetUtcNow().UtcDateTime);
        db.LodgingAssignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new MemberLodgingDto(member.Id, site.Id, assignment.FirstNight, assignment.LastNight));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnassignAsync(Guid memberId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Members.AnyAsync(m => m.Id == memberId, cancellationToken))
        {
            return ApiProblems.NotFound($"There is no member {memberId} that you can see.");
        }

        db.LodgingAssignments.RemoveRange(await db.LodgingAssignments.Where(a => a.MemberId == memberId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
