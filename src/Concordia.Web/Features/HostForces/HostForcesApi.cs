using System.Security.Claims;
using Concordia.Data;
using Concordia.Data.Contingents;
using Concordia.Domain.Agencies;
using Concordia.Domain.Events;
using Concordia.Web.Features.Contingents;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.HostForces;

/// <summary>
/// The host's own forces, per host agency: figures, members page by page, and the roster import (the same file format,
/// rules and preview-then-commit as a contingent's, into the agency instead of a country). Their absences and leave go
/// through <c>/members/{id}/absences</c>, as every member's do.
/// </summary>
public static class HostForcesApi
{
    public static RouteGroupBuilder MapHostForcesApi(this RouteGroupBuilder api)
    {
        var ev = api.MapGroup("/events/{eventId:guid}").WithTags("Host forces");
        ev.MapGet("/host-forces", SummaryAsync).RequireAuthorization(Policies.HostForces)
            .WithSummary("The host's own forces per host agency: members, canine teams, units and absent today.");
        var agency = ev.MapGroup("/agencies/{agencyId:guid}");
        agency.MapGet("/members", MembersAsync).RequireAuthorization(Policies.HostForces)
            .WithSummary("A host agency's members by name, page by page (skip, take ≤ 500); search= matches name, personnel number or rank.");
        agency.MapPost("/roster/preview", PreviewAsync).RequireAuthorization(Policies.HostForces)
            .WithMetadata(new RequestSizeLimitAttribute(RosterUpload.MaxHostRequestBytes))
            .AcceptsDocument("The roster file (CSV or XLSX), or a multipart/form-data form with it.", ApiContract.Csv, ApiContract.Xlsx, ApiContract.OctetStream)
            .WithSummary("Reads a roster file for a host agency's forces: each row's errors, and what committing it would do. Writes nothing.");
        agency.MapPost("/roster", CommitAsync).RequireAuthorization(Policies.HostForces)
            .WithMetadata(new RequestSizeLimitAttribute(RosterUpload.MaxHostRequestBytes))
            .AcceptsDocument("The roster file (CSV or XLSX), or a multipart/form-data form with it.", ApiContract.Csv, ApiContract.Xlsx, ApiContract.OctetStream)
            .WithSummary("Imports a roster file into a host agency's forces, all or nothing; members are matched by personnel number, units by name.");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<HostAgencyForcesDto>>, ProblemHttpResult>> SummaryAsync(Guid eventId, ConcordiaDbContext db, TimeProvider time,
        CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        return ev is null
            ? ApiProblems.NotFound(EventLookup.NotFound(eventId))
            : TypedResults.Ok(await HostForceQueries.SummaryAsync(db, ev, time.GetUtcNow().UtcDateTime, ct));
    }

    private static async Task<Results<Ok<HostMemberPageDto>, ProblemHttpResult>> MembersAsync(Guid eventId, Guid agencyId, string? search, int? skip, int? take,
        ConcordiaDbContext db, CancellationToken ct)
    {
        var (_, agency, missing) = await FindAsync(db, eventId, agencyId, ct);
        if (missing is not null)
        {
            return missing;
        }

        return TypedResults.Ok(await HostForceQueries.MembersAsync(db, agency!, search, skip ?? 0, take ?? 100, ct));
    }

    private static async Task<Results<Ok<RosterPreviewDto>, ValidationProblem, ProblemHttpResult>> PreviewAsync(Guid eventId, Guid agencyId, string? fileName,
        string? encoding, HttpRequest request, ConcordiaDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var (ev, agency, missing) = await FindAsync(db, eventId, agencyId, ct);
        if (missing is not null)
        {
            return missing;
        }

        return await RosterApi.PreviewForAsync(ev!, RosterOwner.HostAgency(ev!, agency!), fileName, encoding, request, db, user, ct);
    }

    private static async Task<Results<Ok<RosterPlanDto>, ValidationProblem, ProblemHttpResult>> CommitAsync(Guid eventId, Guid agencyId, string? fileName,
        string? encoding, HttpRequest request, ConcordiaDbContext db, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        var (ev, agency, missing) = await FindAsync(db, eventId, agencyId, ct);
        if (missing is not null)
        {
            return missing;
        }

        return await RosterApi.CommitForAsync(ev!, RosterOwner.HostAgency(ev!, agency!), fileName, encoding, request, db, user, logs, ct);
    }

    private static async Task<(Event? Event, Agency? Agency, ProblemHttpResult? Missing)> FindAsync(ConcordiaDbContext db, Guid eventId, Guid agencyId, CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        if (ev is null)
        {
            return (null, null, ApiProblems.NotFound(EventLookup.NotFound(eventId)));
        }

        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId && a.EventId == eventId, ct);
        return agency is null ? (ev, null, ApiProblems.NotFound($"The event has no host agency with id {agencyId}.")) : (ev, agency, null);
    }
}
