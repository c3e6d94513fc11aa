using System.Security.Claims;
using Concordia.Data;
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
        var byId = api.MapGroup("/members").WithTags("Contingents");
        byId.MapGet("/{memberId:guid}", GetAsync).RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("Reads a member; personal data are shown to vetting officers and the member's own liaison.");
        byId.MapPut("/{memberId:guid}", UpdateAsync).RequireAuthorization(Policies.CountryRecordWrite).WithSummary("Changes a member of the caller's contingent.");
        byId.MapDelete("/{memberId:guid}", DeleteAsync).RequireAuthorization(Policies.CountryRecordWrite).WithSummary("Removes a member of the caller's contingent.");
        byId.MapPost("/{memberId:guid}/resubmit", ResubmitAsync).RequireAuthorization(Policies.CountryRecordWrite)
            .WithSummary("Submits a refused member of the caller's contingent for accreditation again.");
        return api;
    }

    private static async Task<Results<Ok<List<MemberDto>>, ProblemHttpResult>> ListAsync(Guid eventId, string country, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var members = await db.Members.AsNoTracking().Include(m => m.Badges).Where(m => m.AgencyId == null && m.EventId == eventId && m.Country == country).ToListAsync(cancellationToken);
        return TypedResults.Ok(members.OrderBy(m => m.FamilyName, StringComparer.CurrentCulture).ThenBy(m => m.GivenName, StringComparer.CurrentCulture)
            .Select(m => MemberDto.From(m, reveal: false)).ToList());
    }

    private static async Task<Results<Created<MemberDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid eventId, string country, MemberRequest request, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var member = await MemberCommands.CreateAsync(db, ev, country, request, cancellationToken);
        return member.IsSuccess
            ? TypedResults.Created($"/api/v1/members/{member.Value.Id}", MemberDto.From(member.Value, reveal: true))
            : ApiProblems.Invalid(member.Errors);
    }

    private static async Task<Results<Ok<MemberDto>, ProblemHttpResult>> GetAsync(Guid memberId, ConcordiaDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Include(m => m.Badges).FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        return member is null
            ? ApiProblems.NotFound(NotFound(memberId))
            : TypedResults.Ok(MemberDto.From(member, PersonalDataAccess.CanReveal(CurrentUser.From(user), member)));
    }

    private static async Task<Results<Ok<MemberDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid memberId, MemberRequest request, ConcordiaDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var member = await db.Members.Include(m => m.Badges).FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
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

        var updated = await MemberCommands.UpdateAsync(db, member, request, CurrentUser.From(user).Name, cancellationToken);
        return updated.IsSuccess ? TypedResults.Ok(MemberDto.From(member, reveal: true)) : ApiProblems.Invalid(updated.Errors);
    }

    private static async Task<Results<Ok<MemberDto>, ValidationProblem, ProblemHttpResult>> ResubmitAsync(
        Guid memberId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var member = await db.Members.Include(m => m.Badges).FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return ApiProblems.NotFound(NotFound(memberId));
        }

        var resubmitted = member.Resubmit(db.Access.Clock.GetUtcNow().UtcDateTime);
        if (!resubmitted.IsSuccess)
        {
            return ApiProblems.Invalid(resubmitted.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MemberDto.From(member, reveal: true));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid memberId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var member = await db.Members.Include(m => m.Badges).FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return ApiProblems.NotFound(NotFound(memberId));
        }

        // A badge's QR code must keep verifying (as revoked) as long as the card may be in someone's hands.
        if (member.Badges.Count > 0)
        {
            return ApiProblems.Conflict("This member was issued a badge, so the record stays: ask a vetting officer to revoke the badge if the member does not come.");
        }

        db.Members.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static string NotFound(Guid memberId) => $"There is no member {memberId} that you can see.";
}
