using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Requirements;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Requirements;

public static class RequirementsApi
{
    public static RouteGroupBuilder MapRequirementsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/requirements").WithTags("Requirements");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.RequirementRead).WithSummary("Lists requirement rows, filtered and paged (limit at most 1000).");
        group.MapGet("/totals", TotalsAsync).RequireAuthorization(Policies.RequirementRead).WithSummary("Units needed per day and per capability at an alert level (default: the level in force).");
        group.MapGet("/{requirementId:guid}", GetAsync).RequireAuthorization(Policies.RequirementRead).WithSummary("Reads one requirement row.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.RequirementManage).WithSummary("Adds a requirement row.");
        group.MapPut("/{requirementId:guid}", UpdateAsync).RequireAuthorization(Policies.RequirementManage).WithSummary("Changes a requirement row; send the version you last read.");
        group.MapDelete("/{requirementId:guid}", DeleteAsync).RequireAuthorization(Policies.RequirementManage).WithSummary("Deletes a requirement row.");
        return api;
    }

    private static async Task<Results<Ok<Page<RequirementDto>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        Guid eventId, Guid? siteId, Guid? capabilityId, string? alertLevel, int? priority, DateOnly? day, bool? inForce, int? offset, int? limit,
        ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var check = new Check()
            .That(alertLevel is null || ev.AlertScale.Has(alertLevel), "alertLevel", $"'{alertLevel}' is not a level of the {ev.AlertScale.Name} scale")
            .That(limit is null or (>= 1 and <= RequirementQueries.MaxLimit), "limit", $"must be between 1 and {RequirementQueries.MaxLimit}")
            .That(offset is null or >= 0, "offset", "must not be negative");
        if (check.Failed)
        {
            return ApiProblems.Invalid(check.Errors);
        }

        var filter = new RequirementFilter(siteId, capabilityId, alertLevel, priority, day, inForce ?? false, offset ?? 0, limit ?? 100);
        return TypedResults.Ok(await RequirementQueries.SearchAsync(db, ev, filter, cancellationToken));
    }

    private static async Task<Results<Ok<RequirementTotalsDto>, ValidationProblem, ProblemHttpResult>> TotalsAsync(
        Guid eventId, string? level, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        if (level is not null && !ev.AlertScale.Has(level))
        {
            return ApiProblems.Invalid("level", $"'{level}' is not a level of the {ev.AlertScale.Name} scale");
        }

        return TypedResults.Ok(await RequirementQueries.TotalsAsync(db, ev, level ?? ev.CurrentAlertLevel, cancellationToken));
    }

    private static async Task<Results<Ok<RequirementDto>, ProblemHttpResult>> GetAsync(Guid eventId, Guid requirementId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        var requirement = ev is null ? null : await db.Requirements.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requirementId && r.EventId == eventId, cancellationToken);
        return ev is null || requirement is null
            ? ApiProblems.NotFound(NotFound(eventId, requirementId))
            : TypedResults.Ok(await ToDtoAsync(db, ev, requirement, cancellationToken));
    }

    private static async Task<Results<Created<RequirementDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid eventId, RequirementRequest request, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var (site, capability, details, errors) = await ChangeRequirement.ResolveAsync(db, ev, request, cancellationToken);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var created = Requirement.Create(ev, site!, capability!, details!);
        if (!created.IsSuccess)
        {
            return ApiProblems.Invalid(created.Errors);
        }

        db.Requirements.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/events/{eventId}/requirements/{created.Value.Id}", await ToDtoAsync(db, ev, created.Value, cancellationToken));
    }

    private static async Task<Results<Ok<RequirementDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid eventId, Guid requirementId, RequirementRequest request, ConcordiaDbContext db, CancellationToken cancellationToken) =>
        (await ChangeRequirement.ChangeAsync(db, eventId, requirementId, request, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid eventId, Guid requirementId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var requirement = await db.Requirements.FirstOrDefaultAsync(r => r.Id == requirementId && r.EventId == eventId, cancellationToken);
        if (requirement is null)
        {
            return ApiProblems.NotFound(NotFound(eventId, requirementId));
        }

        db.Requirements.Remove(requirement);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<RequirementDto> ToDtoAsync(ConcordiaDbContext db, Event ev, Requirement r, CancellationToken cancellationToken)
    {
        var site = await db.Sites.AsNoTracking().FirstAsync(s => s.Id == r.SiteId, cancellationToken);
        var capability = await db.Capabilities.AsNoTracking().FirstAsync(c => c.Id == r.CapabilityId, cancellationToken);
        var siblings = await db.Requirements.AsNoTracking()
            .Where(x => x.EventId == ev.Id && x.SiteId == r.SiteId && x.CapabilityId == r.CapabilityId && x.Window.Start == r.Window.Start && x.Window.End == r.Window.End)
            .ToListAsync(cancellationToken);
        var inForce = EffectiveRequirements.At(siblings, ev.AlertScale, ev.CurrentAlertLevel).Any(x => x.Id == r.Id);
        return RequirementQueries.ToDto(ev, r, site, capability, inForce);
    }

    private static string NotFound(Guid eventId, Guid requirementId) => $"There is no requirement {requirementId} in event {eventId}.";
}
