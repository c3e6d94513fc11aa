using Concordia.Data;
using Concordia.Domain.Contingents;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Planning;
using Concordia.Domain.Sites;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Planning;

/// <summary>What the planner must know beyond requirements and rosters: absences, closed sites and expected visitors.</summary>
public static class AvailabilityApi
{
    public static RouteGroupBuilder MapAvailabilityApi(this RouteGroupBuilder api)
    {
        var members = api.MapGroup("/members/{memberId:guid}/absences").WithTags("Planning");
        members.MapGet("/", AbsencesAsync).RequireAuthorization(Policies.AbsenceReport).WithSummary("Lists a member's absences.");
        members.MapPost("/", ReportAsync).RequireAuthorization(Policies.AbsenceReport)
            .WithSummary("Reports a member absent, sick or on leave; proposes a re-plan when the published plan has them on duty then.");
        members.MapPost("/{absenceId:guid}/withdrawal", WithdrawAsync).RequireAuthorization(Policies.AbsenceWithdraw)
            .WithSummary("Withdraws an absence whole (no backAt) or ends it early at backAt; proposes a re-plan when a plan is published and the time given back has not passed.");

        var events = api.MapGroup("/events/{eventId:guid}").WithTags("Planning");
        events.MapGet("/site-closures", ClosuresAsync).RequireAuthorization(Policies.PlanRead).WithSummary("Lists the sites closed for a while.");
        events.MapPost("/sites/{siteId:guid}/closures", CloseAsync).RequireAuthorization(Policies.SiteClose)
            .WithSummary("Closes a site (and its sectors) for a while; proposes a re-plan when a plan is published.");
        events.MapPost("/sites/{siteId:guid}/closures/{closureId:guid}/reopening", ReopenAsync).RequireAuthorization(Policies.SiteReopen)
            .WithSummary("Opens a closed site again at a time (now when none), or withdraws a closure that has not begun by then; refused for a closure already over; proposes a re-plan when a plan is published.");
        events.MapGet("/visitors", VisitorsAsync).RequireAuthorization(Policies.PlanRead).WithSummary("Lists the visitors expected per site and day.");
        events.MapPost("/visitors", AddVisitorsAsync).RequireAuthorization(Policies.VisitorsManage)
            .WithSummary("States that a site expects visitors from a country on a day (languages default to the country's).");
        api.MapDelete("/visitors/{visitorId:guid}", RemoveVisitorsAsync).RequireAuthorization(Policies.VisitorsManage).WithTags("Planning")
            .WithSummary("Removes an expectation of visitors.");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<AbsenceDto>>, ProblemHttpResult>> AbsencesAsync(Guid memberId, ConcordiaDbContext db, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null)
        {
            return ApiProblems.NotFound($"There is no member with id {memberId}.");
        }

        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == member.EventId, ct);
        var absences = await db.Absences.AsNoTracking().Where(a => a.MemberId == memberId).OrderBy(a => a.From).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<AbsenceDto>>([.. absences.Select(a => Dto(ev, a))]);
    }

    private static async Task<Results<Created<AbsenceDto>, ValidationProblem, ProblemHttpResult>> ReportAsync(
        Guid memberId, AbsenceRequest request, ReportAbsence report, ConcordiaDbContext db, HttpContext http, CancellationToken ct)
    {
        var reported = await report.RunAsync(memberId, request, CurrentUser.From(http.User), ct);
        if (!reported.IsSuccess)
        {
            return reported.ToHttp(_ => TypedResults.Created<AbsenceDto>((string?)null, null!));
        }

        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == reported.Value!.EventId, ct);
        return TypedResults.Created($"/api/v1/members/{memberId}/absences", Dto(ev, reported.Value!));
    }

    private static async Task<Results<Ok<AbsenceWithdrawalDto>, ValidationProblem, ProblemHttpResult>> WithdrawAsync(
        Guid memberId, Guid absenceId, AbsenceWithdrawalRequest request, WithdrawAbsence withdraw, ConcordiaDbContext db, HttpContext http, CancellationToken ct)
    {
        var withdrawn = await withdraw.RunAsync(memberId, absenceId, request, CurrentUser.From(http.User), ct);
        if (!withdrawn.IsSuccess)
        {
            return withdrawn.ToHttp(_ => TypedResults.Ok<AbsenceWithdrawalDto>(null!));
        }

        var w = withdrawn.Value!;
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == w.Absence.EventId, ct);
        return TypedResults.Ok(new AbsenceWithdrawalDto(Dto(ev, w.Absence), w.Withdrawn, w.ReplanProposed));
    }

    private static async Task<Results<Ok<SiteReopeningDto>, ValidationProblem, ProblemHttpResult>> ReopenAsync(
        Guid eventId, Guid siteId, Guid closureId, SiteReopeningRequest request, ReopenSite reopen, ConcordiaDbContext db, HttpContext http, CancellationToken ct)
    {
        var reopened = await reopen.RunAsync(eventId, siteId, closureId, request, CurrentUser.From(http.User).Name, ct);
        if (!reopened.IsSuccess)
        {
            return reopened.ToHttp(_ => TypedResults.Ok<SiteReopeningDto>(null!));
        }

        var r = reopened.Value!;
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
        return TypedResults.Ok(new SiteReopeningDto(Dto(ev, r.Closure), r.Withdrawn, r.ReplanProposed));
    }

    private static async Task<Results<Ok<IReadOnlyList<SiteClosureDto>>, ProblemHttpResult>> ClosuresAsync(Guid eventId, ConcordiaDbContext db, CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var closures = await db.SiteClosures.AsNoTracking().Where(c => c.EventId == eventId).OrderBy(c => c.From).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<SiteClosureDto>>([.. closures.Select(c => Dto(ev, c))]);
    }

    private static async Task<Results<Created<SiteClosureDto>, ValidationProblem, ProblemHttpResult>> CloseAsync(
        Guid eventId, Guid siteId, SiteClosureRequest request, CloseSite close, ConcordiaDbContext db, HttpContext http, CancellationToken ct)
    {
        var closed = await close.RunAsync(eventId, siteId, request, CurrentUser.From(http.User).Name, ct);
        if (!closed.IsSuccess)
        {
            return closed.ToHttp(_ => TypedResults.Created<SiteClosureDto>((string?)null, null!));
        }

        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
        return TypedResults.Created($"/api/v1/events/{eventId}/site-closures", Dto(ev, closed.Value!));
    }

    private static async Task<Results<Ok<IReadOnlyList<VisitorDto>>, ProblemHttpResult>> VisitorsAsync(
        Guid eventId, ConcordiaDbContext db, ExpectVisitors visitors, CancellationToken ct) =>
        await db.Events.AnyAsync(e => e.Id == eventId, ct)
            ? TypedResults.Ok(await visitors.ListAsync(eventId, ct))
            : ApiProblems.NotFound(EventLookup.NotFound(eventId));

    private static async Task<Results<Created<VisitorDto>, ValidationProblem, ProblemHttpResult>> AddVisitorsAsync(
        Guid eventId, VisitorRequest request, ExpectVisitors visitors, ConcordiaDbContext db, CancellationToken ct)
    {
        var added = await visitors.AddAsync(eventId, request, ct);
        if (!added.IsSuccess)
        {
            return added.ToHttp(_ => TypedResults.Created<VisitorDto>((string?)null, null!));
        }

        var sites = await db.Sites.AsNoTracking().Where(s => s.EventId == eventId).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return TypedResults.Created($"/api/v1/events/{eventId}/visitors", Dto(added.Value!, sites));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveVisitorsAsync(Guid visitorId, ExpectVisitors visitors, CancellationToken ct) =>
        (await visitors.RemoveAsync(visitorId, ct)).ToHttp(_ => TypedResults.NoContent());

    public static AbsenceDto Dto(Event ev, Absence a) =>
        new(a.Id, a.MemberId, a.Kind.ToString().ToLowerInvariant(), ev.ToLocal(a.From), ev.ToLocal(a.To), a.Note, a.ReportedBy, ev.ToLocal(a.ReportedAt));

    public static SiteClosureDto Dto(Event ev, SiteClosure c) =>
        new(c.Id, c.SiteId, ev.ToLocal(c.From), c.Until is { } u ? ev.ToLocal(u) : null, c.Reason, c.ClosedBy, ev.ToLocal(c.ClosedAt));

    public static VisitorDto Dto(VisitorExpectation v, IReadOnlyDictionary<Guid, string> sites) =>
        new(v.Id, v.SiteId, sites.GetValueOrDefault(v.SiteId, "?"), v.Day, v.Country, CountryCatalogue.Find(v.Country)?.Name ?? v.Country, v.Languages, v.Speakers, v.Note);
}
