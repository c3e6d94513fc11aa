using Concordia.Data;
using Concordia.Domain.Events;
using Concordia.Domain.Planning;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Planning;

/// <summary>Plans as jobs (202 and a job to follow), their versions, duties, coverage and comparisons, and the planning settings.</summary>
public static class PlanningApi
{
    public static RouteGroupBuilder MapPlanningApi(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events/{eventId:guid}").WithTags("Planning");
        events.MapPost("/plans", QueueAsync).RequireAuthorization(Policies.PlanManage)
            .WithSummary("Asks for a plan of the event's requirements at the level in force; answers 202 with the job to follow.");
        events.MapPost("/plans/rearrangements", RearrangeAsync).RequireAuthorization(Policies.PlanManage)
            .WithSummary("Asks for a re-plan that keeps the published duties of the frozen horizon and re-arranges the rest; answers 202 with the job to follow.");
        events.MapGet("/plans/jobs", JobsAsync).RequireAuthorization(Policies.PlanRead).WithSummary("Lists the event's latest plan jobs, newest first.");
        events.MapGet("/plans/versions", VersionsAsync).RequireAuthorization(Policies.DutyRead)
            .WithSummary("Lists the event's plan versions (liaisons and site commanders: the published one).");
        events.MapGet("/planning-settings", GetSettingsAsync).RequireAuthorization(Policies.PlanRead).WithSummary("Reads the event's planning settings.");
        events.MapPut("/planning-settings", PutSettingsAsync).RequireAuthorization(Policies.PlanManage).WithSummary("Changes the event's planning settings.");

        var plans = api.MapGroup("/plans").WithTags("Planning");
        plans.MapGet("/jobs/{jobId:guid}", JobAsync).RequireAuthorization(Policies.PlanRead).WithSummary("Reads a plan job: its state and latest progress.");
        plans.MapDelete("/jobs/{jobId:guid}", CancelAsync).RequireAuthorization(Policies.PlanManage)
            .WithSummary("Cancels a waiting job, or asks a running one to stop; refused for a finished job.");
        plans.MapGet("/versions/{versionId:guid}", VersionAsync).RequireAuthorization(Policies.DutyRead)
            .WithSummary("Reads a plan version with its cost per rule and its largest gaps.");
        plans.MapPost("/versions/{versionId:guid}/publish", PublishAsync).RequireAuthorization(Policies.PlanManage)
            .WithSummary("Publishes a draft: it becomes the event's plan and the people it concerns are told; refused when stale.");
        plans.MapPost("/versions/{versionId:guid}/discard", DiscardAsync).RequireAuthorization(Policies.PlanManage).WithSummary("Discards a draft.");
        plans.MapGet("/versions/{versionId:guid}/compare/{otherVersionId:guid}", CompareAsync).RequireAuthorization(Policies.PlanRead)
            .WithSummary("What the first version changes against the second: duties added, removed and moved, by site and by country.");
        plans.MapGet("/versions/{versionId:guid}/coverage", CoverageAsync).RequireAuthorization(Policies.PlanRead)
            .WithSummary("Units needed and planned per site and day (the coverage heat map).");
        plans.MapGet("/versions/{versionId:guid}/duties", DutiesAsync).RequireAuthorization(Policies.DutyRead)
            .WithSummary("Duties of a version, by site, country, day or member (liaisons: their country's; site commanders: their sites').");
        plans.MapGet("/versions/{versionId:guid}/duties/export", ExportAsync).RequireAuthorization(Policies.DutyRead)
            .WithSummary("The duties of a version as CSV or XLSX, filtered and scoped as the list is.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return api;
    }

    private static Task<Results<Accepted<PlanQueuedDto>, ValidationProblem, ProblemHttpResult>> QueueAsync(
        Guid eventId, ConcordiaDbContext db, PlanJobs jobs, HttpContext http, CancellationToken ct) =>
        QueuedAsync(eventId, db, http, (ev, by) => jobs.RequestAsync(ev, by, ct), ct);

    private static Task<Results<Accepted<PlanQueuedDto>, ValidationProblem, ProblemHttpResult>> RearrangeAsync(
        Guid eventId, ConcordiaDbContext db, PlanJobs jobs, HttpContext http, CancellationToken ct) =>
        QueuedAsync(eventId, db, http, (ev, by) => jobs.RearrangeAsync(ev, by, ct), ct);

    /// <summary>A planner's job queued for the event: 202 with the job to follow, or why not.</summary>
    private static async Task<Results<Accepted<PlanQueuedDto>, ValidationProblem, ProblemHttpResult>> QueuedAsync(
        Guid eventId, ConcordiaDbContext db, HttpContext http, Func<Event, string, Task<Outcome<PlanJob>>> queue, CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var queued = await queue(ev, CurrentUser.From(http.User).Name);
        return queued.ToHttp(Accepted);
    }

    private static Accepted<PlanQueuedDto> Accepted(PlanJob job)
    {
        var location = $"/api/v1/plans/jobs/{job.Id}";
        return TypedResults.Accepted(location, new PlanQueuedDto(job.Id, location));
    }

    private static async Task<Results<Ok<IReadOnlyList<PlanJobDto>>, ProblemHttpResult>> JobsAsync(Guid eventId, ConcordiaDbContext db, PlanQueries queries, CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        return ev is null ? ApiProblems.NotFound(EventLookup.NotFound(eventId)) : TypedResults.Ok(await queries.JobsAsync(ev, 50, ct));
    }

    private static async Task<Results<Ok<PlanJobDto>, ProblemHttpResult>> JobAsync(Guid jobId, PlanQueries queries, CancellationToken ct) =>
        await queries.JobAsync(jobId, ct) is { } found
            ? TypedResults.Ok(PlanQueries.Job(found.Event, found.Job))
            : ApiProblems.NotFound($"There is no plan job with id {jobId}.");

    private static async Task<Results<Ok<PlanJobDto>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        Guid jobId, PlanJobs jobs, PlanQueries queries, HttpContext http, CancellationToken ct)
    {
        var cancelled = await jobs.CancelAsync(jobId, CurrentUser.From(http.User).Name, ct);
        if (!cancelled.IsSuccess)
        {
            return cancelled.ToHttp(_ => TypedResults.Ok<PlanJobDto>(null!));
        }

        var (ev, job) = (await queries.JobAsync(jobId, ct))!.Value;
        return TypedResults.Ok(PlanQueries.Job(ev, job));
    }

    private static async Task<Results<Ok<IReadOnlyList<PlanVersionDto>>, ProblemHttpResult>> VersionsAsync(
        Guid eventId, ConcordiaDbContext db, PlanQueries queries, HttpContext http, CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        return ev is null
            ? ApiProblems.NotFound(EventLookup.NotFound(eventId))
            : TypedResults.Ok(await queries.VersionsAsync(ev, PublishedOnly(http), ct));
    }

    private static async Task<Results<Ok<PlanVersionDetailDto>, ProblemHttpResult>> VersionAsync(
        Guid versionId, PlanQueries queries, HttpContext http, CancellationToken ct) =>
        await queries.VersionAsync(versionId, PublishedOnly(http), ct) is { } found
            ? TypedResults.Ok(await queries.DetailAsync(found.Event, found.Version, ct))
            : ApiProblems.NotFound(VersionNotFound(versionId));

    private static async Task<Results<Ok<PlanVersionDto>, ValidationProblem, ProblemHttpResult>> PublishAsync(
        Guid versionId, VersionRequest request, PlanVersions versions, PlanQueries queries, HttpContext http, CancellationToken ct)
    {
        var published = await versions.PublishAsync(versionId, request.Version, CurrentUser.From(http.User).Name, ct);
        return await ReadBackAsync(published, queries, ct);
    }

    private static async Task<Results<Ok<PlanVersionDto>, ValidationProblem, ProblemHttpResult>> DiscardAsync(
        Guid versionId, VersionRequest request, PlanVersions versions, PlanQueries queries, HttpContext http, CancellationToken ct)
    {
        var discarded = await versions.DiscardAsync(versionId, request.Version, CurrentUser.From(http.User).Name, ct);
        return await ReadBackAsync(discarded, queries, ct);
    }

    private static async Task<Results<Ok<PlanComparisonDto>, ProblemHttpResult>> CompareAsync(
        Guid versionId, Guid otherVersionId, PlanQueries queries, CancellationToken ct)
    {
        var to = await queries.VersionAsync(versionId, false, ct);
        var from = await queries.VersionAsync(otherVersionId, false, ct);
        if (to is null || from is null)
        {
            return ApiProblems.NotFound(VersionNotFound(to is null ? versionId : otherVersionId));
        }

        if (to.Value.Event.Id != from.Value.Event.Id)
        {
            return ApiProblems.NotFound($"Version {otherVersionId} is a plan of another event.");
        }

        return TypedResults.Ok(await queries.CompareAsync(to.Value.Event, from.Value.Version, to.Value.Version, ct));
    }

    private static async Task<Results<Ok<CoverageDto>, ProblemHttpResult>> CoverageAsync(Guid versionId, PlanQueries queries, CancellationToken ct) =>
        await queries.VersionAsync(versionId, false, ct) is { } found
            ? TypedResults.Ok(await queries.CoverageAsync(found.Event, found.Version, ct))
            : ApiProblems.NotFound(VersionNotFound(versionId));

    private static async Task<Results<Ok<PlanDutyPageDto>, ValidationProblem, ProblemHttpResult>> DutiesAsync(
        Guid versionId, PlanQueries queries, HttpContext http, CancellationToken ct,
        [FromQuery] Guid? siteId = null, [FromQuery] string? country = null, [FromQuery] DateOnly? day = null, [FromQuery] Guid? memberId = null,
        [FromQuery] int offset = 0, [FromQuery] int limit = 200)
    {
        if (offset < 0 || limit is < 1 or > 2000)
        {
            return ApiProblems.Invalid(offset < 0 ? "offset" : "limit", offset < 0 ? "must not be negative" : "must be between 1 and 2000");
        }

        return await queries.VersionAsync(versionId, PublishedOnly(http), ct) is { } found
            ? TypedResults.Ok(await queries.DutiesAsync(found.Event, found.Version, new DutyFilter(siteId, country?.ToUpperInvariant(), day, memberId, offset, limit), ct))
            : ApiProblems.NotFound(VersionNotFound(versionId));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        Guid versionId, PlanQueries queries, ConcordiaDbContext db, HttpContext http, CancellationToken ct,
        [FromQuery] string format = "csv", [FromQuery] Guid? siteId = null, [FromQuery] string? country = null, [FromQuery] DateOnly? day = null, [FromQuery] Guid? memberId = null)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return ApiProblems.Invalid("format", "must be csv or xlsx");
        }

        if (await queries.VersionAsync(versionId, PublishedOnly(http), ct) is not { } found)
        {
            return ApiProblems.NotFound(VersionNotFound(versionId));
        }

        var duties = await queries.AllDutiesAsync(found.Event, found.Version, new DutyFilter(siteId, country?.ToUpperInvariant(), day, memberId), ct);
        return await PlanExport.FileAsync(db, found.Event, found.Version, duties, format, ct);
    }

    private static async Task<Results<Ok<PlanningSettingsDto>, ProblemHttpResult>> GetSettingsAsync(Guid eventId, ConcordiaDbContext db, PlanJobs jobs, CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        return ev is null ? ApiProblems.NotFound(EventLookup.NotFound(eventId)) : TypedResults.Ok(Settings(await jobs.SettingsAsync(ev, ct)));
    }

    private static async Task<Results<Ok<PlanningSettingsDto>, ValidationProblem, ProblemHttpResult>> PutSettingsAsync(
        Guid eventId, PlanningSettingsDto request, ConcordiaDbContext db, PlanningSettingsEditor editor, CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        return (await editor.ChangeAsync(ev, request, ct)).ToHttp(s => TypedResults.Ok(Settings(s)));
    }

    public static PlanningSettingsDto Settings(PlanningSettings s) => new(
        s.MaxShiftHours, s.MinRestHours, s.MaxHoursPer7Days, s.MaxConsecutiveDays, s.HostOfficersPerForeignOfficer, s.FrozenHorizonMinutes,
        s.PlanSeconds, s.ReplanSeconds, s.Version);

    /// <summary>Liaisons and site commanders read only the published version; host staff any.</summary>
    private static bool PublishedOnly(HttpContext http) => !CurrentUser.From(http.User).SeesAllCountries;

    private static async Task<Results<Ok<PlanVersionDto>, ValidationProblem, ProblemHttpResult>> ReadBackAsync(
        Outcome<PlanVersion> outcome, PlanQueries queries, CancellationToken ct)
    {
        if (!outcome.IsSuccess)
        {
            return outcome.ToHttp(_ => TypedResults.Ok<PlanVersionDto>(null!));
        }

        var found = (await queries.VersionAsync(outcome.Value!.Id, false, ct))!.Value;
        var versions = await queries.VersionsAsync(found.Event, false, ct);
        return TypedResults.Ok(versions.Single(v => v.Id == found.Version.Id));
    }

    private static string VersionNotFound(Guid id) => $"There is no plan version with id {id}.";

    /// <summary>The version (concurrency token) of the plan version the caller last read.</summary>
    public sealed record VersionRequest(int Version);
}
