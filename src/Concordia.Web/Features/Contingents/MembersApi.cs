using System.Security.Claims;
using Concordia.Data;
using Concordia.Domain.Contingents;
using Concordia.Domain.Countries;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Contingents;

/// <summary>
/// Contingent members. Lists and creation sit under the country (<c>/countries/{country}/members</c>, checked by
/// the route policy); a member by id sits under <c>/members/{id}</c>, where the data layer answers 404 for a member of
/// another country, so that its existence does not leak.
/// </summary>
public static class MembersApi
{
    public static RouteGroupBuilder MapMembersApi(this RouteGroupBuilder api)
    {
        var country = api.MapGroup("/events/{eventId:guid}/countries/{country}/members").WithTags("Contingents");
        country.MapGet("/", ListAsync).RequireAuthorization(Policies.CountryRead).WithSummary("Lists a country's contingent (personal data masked).");
        country.MapPost("/", CreateAsync).RequireAuthorization(Policies.CountryWrite).WithSummary("Adds a member to the caller's own contingent.");
        api.MapGet("/events/{eventId:guid}/contingents", SummaryAsync).RequireAuthorization(Policies.CountryRecordRead).WithTags("Contingents")
            .WithSummary("Members per country; a liaison sees their own country only.");
        var byId = api.MapGroup("/members").WithTags("Contingents");
        byId.MapGet("/{memberId:guid}", GetAsync).RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("Reads a member; personal data are shown to vetting officers and the member's own liaison.");
        byId.MapPut("/{memberId:guid}", UpdateAsync).RequireAuthorization(Policies.CountryRecordWrite).WithSummary("Changes a member of the caller's contingent.");
        byId.MapDelete("/{memberId:guid}", DeleteAsync).RequireAuthorization(Policies.CountryRecordWrite).WithSummary("Removes a member of the caller's contingent.");
        return api;
    }

    private static async Task<Results<Ok<List<MemberDto>>, ProblemHttpResult>> ListAsync(Guid eventId, string country, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var members = await db.Members.AsNoTracking().Where(m => m.EventId == eventId && m.Country == country).ToListAsync(cancellationToken);
        return TypedResults.Ok(members.OrderBy(m => m.FamilyName, StringComparer.CurrentCulture).ThenBy(m => m.GivenName, StringComparer.CurrentCulture)
            .Select(m => MemberDto.From(m, reveal: false)).ToList());
    }

    private static async Task<Results<Ok<List<ContingentSummaryDto>>, ProblemHttpResult>> SummaryAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var counts = await db.Members.Where(m => m.EventId == eventId).GroupBy(m => m.Country)
            .Select(g => new { Country = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return TypedResults.Ok(counts.Select(c => new ContingentSummaryDto(c.Country, CountryCatalogue.Find(c.Country)?.Name, c.Count))
            .OrderBy(c => c.CountryName, StringComparer.Ordinal).ToList());
    }

    private static async Task<Results<Created<MemberDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid eventId, string country, MemberRequest request, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        if (request.CapabilityId is { } capabilityId && !await db.Capabilities.AnyAsync(c => c.Id == capabilityId && c.EventId == eventId, cancellationToken))
        {
            return ApiProblems.Invalid("capabilityId", $"there is no capability {capabilityId} in this event");
        }

        var member = Member.Create(ev, country, request.ToDetails());
        if (!member.IsSuccess)
        {
            return ApiProblems.Invalid(member.Errors);
        }

        db.Members.Add(member.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/members/{member.Value.Id}", MemberDto.From(member.Value, reveal: true));
    }

    private static async Task<Results<Ok<MemberDto>, ProblemHttpResult>> GetAsync(Guid memberId, ConcordiaDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        return member is null
            ? ApiProblems.NotFound(NotFound(memberId))
            : TypedResults.Ok(MemberDto.From(member, PersonalDataAccess.CanReveal(CurrentUser.From(user), member)));
    }

    private static async Task<Results<Ok<MemberDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid memberId, MemberRequest request, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return ApiProblems.NotFound(NotFound(memberId));
        }

        if (request.Version is not { } version)
        {
            return ApiProblems.Invalid("version", "is required when changing a member");
        }

        if (version != member.Version)
        {
            return ApiProblems.StaleVersion("The member", version, member.Version);
        }

        var updated = member.Update(request.ToDetails());
        if (!updated.IsSuccess)
        {
            return ApiProblems.Invalid(updated.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MemberDto.From(member, reveal: true));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid memberId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return ApiProblems.NotFound(NotFound(memberId));
        }

        db.Members.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static string NotFound(Guid memberId) => $"There is no member {memberId} that you can see.";
}
