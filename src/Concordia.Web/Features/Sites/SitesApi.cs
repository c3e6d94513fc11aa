using Concordia.Data;
using Concordia.Domain.Sites;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Sites;

public static class SitesApi
{
    public static RouteGroupBuilder MapSitesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/sites").WithTags("Sites");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.EventRead).WithSummary("Lists the sites and sectors of an event, optionally of one kind or under one parent.");
        group.MapGet("/geojson", GeoJsonAsync).RequireAuthorization(Policies.EventRead).Produces<GeoJsonFeatureCollection>(StatusCodes.Status200OK, GeoJsonFeatureCollection.MediaType)
            .WithSummary("The sites as a GeoJSON FeatureCollection (points and outlines), as application/geo+json.");
        group.MapGet("/{siteId:guid}", GetAsync).RequireAuthorization(Policies.EventRead).WithSummary("Reads one site.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.EventManage).WithSummary("Creates a site, or a sector when parentId is given.");
        group.MapPut("/{siteId:guid}", UpdateAsync).RequireAuthorization(Policies.EventManage).WithSummary("Changes a site; send the version you last read.");
        group.MapDelete("/{siteId:guid}", DeleteAsync).RequireAuthorization(Policies.EventManage).WithSummary("Deletes a site that has no sectors and no requirements and that no plan version, expected visitors or closure names.");
        return api;
    }

    private static async Task<Results<Ok<List<SiteDto>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        Guid eventId, string? kind, Guid? parentId, string? q, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        SiteKind? kindFilter = null;
        if (kind is not null)
        {
            var known = Enum.GetValues<SiteKind>().Where(k => KebabCase.Of(k) == kind).ToList();
            if (known.Count == 0)
            {
                return ApiProblems.Invalid("kind", "must be one of " + string.Join(", ", Enum.GetValues<SiteKind>().Select(k => KebabCase.Of(k))));
            }

            kindFilter = known[0];
        }

        var sites = await SiteQueries.ListAsync(db, eventId, kindFilter, parentId, q, cancellationToken);
        return TypedResults.Ok(sites.Select(SiteDto.From).ToList());
    }

    private static async Task<Results<JsonHttpResult<GeoJsonFeatureCollection>, ProblemHttpResult>> GeoJsonAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var sites = await SiteQueries.ListAsync(db, eventId, null, null, null, cancellationToken);
        return TypedResults.Json(GeoJsonFeatureCollection.From(sites), contentType: GeoJsonFeatureCollection.MediaType);
    }

    private static async Task<Results<Ok<SiteDto>, ProblemHttpResult>> GetAsync(Guid eventId, Guid siteId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == siteId && s.EventId == eventId, cancellationToken);
        return site is null ? ApiProblems.NotFound($"There is no site {siteId} in event {eventId}.") : TypedResults.Ok(SiteDto.From(site));
    }

    private static async Task<Results<Created<SiteDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid eventId, SiteRequest request, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var (details, parent, errors) = await SiteRequestMapping.ToDetailsAsync(request, ev, db, cancellationToken);
        if (details is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var site = Site.Create(ev, details, parent);
        if (!site.IsSuccess)
        {
            return ApiProblems.Invalid(site.Errors);
        }

        if (await db.Sites.AnyAsync(s => s.EventId == ev.Id && s.Code == details.Code, cancellationToken))
        {
            return ApiProblems.Conflict($"The code '{details.Code}' is already used by another site of this event.");
        }

        db.Sites.Add(site.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/events/{eventId}/sites/{site.Value.Id}", SiteDto.From(site.Value));
    }

    private static async Task<Results<Ok<SiteDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid eventId, Guid siteId, SiteRequest request, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        var site = ev is null ? null : await db.Sites.FirstOrDefaultAsync(s => s.Id == siteId && s.EventId == eventId, cancellationToken);
        if (ev is null || site is null)
        {
            return ApiProblems.NotFound($"There is no site {siteId} in event {eventId}.");
        }

        if (request.Version is not { } version)
        {
            return ApiProblems.Invalid("version", "is required when changing a site");
        }

        if (version != site.Version)
        {
            return ApiProblems.StaleVersion($"Site '{site.Code}'", version, site.Version);
        }

        var (details, parent, errors) = await SiteRequestMapping.ToDetailsAsync(request, ev, db, cancellationToken);
        if (details is null)
        {
            return ApiProblems.Invalid(errors);
        }

        if (parent is not null && await db.Sites.AnyAsync(s => s.ParentId == site.Id, cancellationToken))
        {
            return ApiProblems.Invalid("parentId", $"'{site.Code}' has sectors of its own, so it cannot become a sector");
        }

        var updated = site.Update(ev, details, parent);
        if (!updated.IsSuccess)
        {
            return ApiProblems.Invalid(updated.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SiteDto.From(site));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid eventId, Guid siteId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Id == siteId && s.EventId == eventId, cancellationToken);
        if (site is null)
        {
            return ApiProblems.NotFound($"There is no site {siteId} in event {eventId}.");
        }

        var sectors = await db.Sites.CountAsync(s => s.ParentId == siteId, cancellationToken);
        var requirements = await db.Requirements.CountAsync(r => r.SiteId == siteId, cancellationToken);
        if (sectors > 0 || requirements > 0)
        {
            return ApiProblems.Conflict($"Site '{site.Code}' still has {sectors} sector(s) and {requirements} requirement(s); remove them first.");
        }

        // Plan versions, visitors and closures keep the site's history; a site they name stays.
        if (await db.PlanDuties.IgnoreQueryFilters().AnyAsync(d => d.SiteId == siteId, cancellationToken) ||
            await db.Visitors.AnyAsync(v => v.SiteId == siteId, cancellationToken) ||
            await db.SiteClosures.AnyAsync(c => c.SiteId == siteId, cancellationToken))
        {
            return ApiProblems.Conflict($"Site '{site.Code}' appears in plan versions, expected visitors or closures of the event; it stays so that they keep their meaning.");
        }

        db.Sites.Remove(site);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
