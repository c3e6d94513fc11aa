using System.Security.Claims;
using Concordia.Data;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Features.Vetting;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Travel;

/// <summary>
/// Travel and arrival: a liaison states the journey of members or of a whole unit at once; the arrivals board shows
/// the days; the reception desk and site commanders check members in.
/// </summary>
public static class TravelApi
{
    public static RouteGroupBuilder MapTravelApi(this RouteGroupBuilder api)
    {
        api.MapPost("/events/{eventId:guid}/countries/{country}/travel", GroupTravelAsync).RequireAuthorization(Policies.CountryWrite).WithTags("Travel")
            .WithSummary("Sets the arrival and departure of several members of the caller's contingent, or of a whole unit, at once.");
        api.MapGet("/events/{eventId:guid}/arrivals", ArrivalsAsync).RequireAuthorization(Policies.CountryRecordRead).WithTags("Travel")
            .WithSummary("Arrivals day by day (the event's local dates): expected and checked in, per country and travelling group.");
        var member = api.MapGroup("/members/{memberId:guid}/check-in").WithTags("Travel").RequireAuthorization(Policies.CheckIn);
        member.MapPost("/", CheckInAsync)
            .WithSummary("Checks an accredited member with a badge valid today in on arrival (reception desk); site commanders check in by badge.");
        member.MapDelete("/", UndoCheckInAsync).WithSummary("Takes back a check-in recorded by mistake.");
        api.MapPost("/members/{memberId:guid}/check-in/override", OverrideCheckInAsync).WithTags("Travel").RequireAuthorization(Policies.CheckInOverride)
            .WithSummary("Checks in a member who is not accredited or has no valid badge, with the reason (coordinators and administrators).");
        return api;
    }

    private static async Task<Results<Ok<GroupTravelResult>, ValidationProblem, ProblemHttpResult>> GroupTravelAsync(Guid eventId, string country,
        GroupTravelRequest request, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var result = await GroupTravel.ApplyAsync(db, eventId, country, request, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : ApiProblems.Invalid(result.Errors);
    }

    private static async Task<Results<Ok<ArrivalsBoardDto>, ValidationProblem, ProblemHttpResult>> ArrivalsAsync(Guid eventId, DateOnly? from, DateOnly? to,
        ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var (first, last) = (from ?? ev.Start.AddDays(-14), to ?? ev.End);
        if (last < first || last.DayNumber - first.DayNumber >= ArrivalsBoard.MaxDays)
        {
            return ApiProblems.Invalid("to", $"must be on or after 'from', at most {ArrivalsBoard.MaxDays} days later");
        }

        return TypedResults.Ok(await ArrivalsBoard.RunAsync(db, ev, first, last, cancellationToken));
    }

    private static async Task<Results<Ok<TravelCheckInDto>, ValidationProblem, ProblemHttpResult>> CheckInAsync(Guid memberId, CheckInRequest request,
        ConcordiaDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await MemberCheckIn.CheckInAsync(db, memberId, request.Place, CurrentUser.From(user).Name, cancellationToken)).ToHttp(Answer);

    private static async Task<Results<Ok<TravelCheckInDto>, ValidationProblem, ProblemHttpResult>> OverrideCheckInAsync(Guid memberId,
        CheckInOverrideRequest request, ConcordiaDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await MemberCheckIn.OverrideAsync(db, memberId, request.Place, request.Reason, CurrentUser.From(user).Name, cancellationToken)).ToHttp(Answer);

    private static async Task<Results<Ok<TravelCheckInDto>, ValidationProblem, ProblemHttpResult>> UndoCheckInAsync(Guid memberId, ConcordiaDbContext db,
        CancellationToken cancellationToken) =>
        (await MemberCheckIn.UndoAsync(db, memberId, cancellationToken)).ToHttp(Answer);

    private static Ok<TravelCheckInDto> Answer(Domain.Contingents.Member member) => TypedResults.Ok(TravelCheckInDto.From(member));
}

