using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Contingents;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Contingents;

/// <summary>
/// Units of a contingent (a military section, a public-order unit) with their leader and members. Lists and creation
/// sit under the country; a unit by id answers 404 to another country's liaison, as members do.
/// </summary>
public static class UnitsApi
{
    public static RouteGroupBuilder MapUnitsApi(this RouteGroupBuilder api)
    {
        var country = api.MapGroup("/events/{eventId:guid}/countries/{country}/units").WithTags("Contingents");
        country.MapGet("/", ListAsync).RequireAuthorization(Policies.CountryRead).WithSummary("A country's units with their leaders and members.");
        country.MapPost("/", CreateAsync).RequireAuthorization(Policies.CountryWrite).WithSummary("Forms a unit in the caller's contingent.");
        var byId = api.MapGroup("/units/{unitId:guid}").WithTags("Contingents");
        byId.MapGet("/", GetAsync).RequireAuthorization(Policies.CountryRecordRead).WithSummary("Reads a unit.");
        byId.MapPut("/", UpdateAsync).RequireAuthorization(Policies.CountryRecordWrite).WithSummary("Renames a unit or changes its members and leader.");
        byId.MapDelete("/", DeleteAsync).RequireAuthorization(Policies.CountryRecordWrite).WithSummary("Dissolves a unit; its members stay in the contingent.");
        return api;
    }

    private static async Task<Results<Ok<List<UnitDto>>, ProblemHttpResult>> ListAsync(Guid eventId, string country, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var units = await db.Units.AsNoTracking().Where(u => u.AgencyId == null && u.EventId == eventId && u.Country == country).OrderBy(u => u.Name).ToListAsync(cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => m.AgencyId == null && m.EventId == eventId && m.Country == country && m.UnitId != null).ToListAsync(cancellationToken);
        return TypedResults.Ok(units.Select(u => UnitDto.From(u, members)).ToList());
    }

    private static async Task<Results<Created<UnitDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(Guid eventId, string country, UnitRequest request,
        ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var unit = Unit.Create(ev, country, request.Name ?? string.Empty, request.CommitmentId);
        var errors = unit.Errors.ToList();
        if (await CheckCommitmentAsync(db, eventId, country, request.CommitmentId, cancellationToken) is { } wrongCommitment)
        {
            errors.Add(wrongCommitment);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var assigned = await AssignAsync(db, unit.Value, request, cancellationToken);
        if (!assigned.IsSuccess)
        {
            return ApiProblems.Invalid(assigned.Errors);
        }

        db.Units.Add(unit.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/units/{unit.Value.Id}", assigned.Value);
    }

    private static async Task<Results<Ok<UnitDto>, ProblemHttpResult>> GetAsync(Guid unitId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(NotFound(unitId));
        }

        var members = await db.Members.AsNoTracking().Where(m => m.UnitId == unitId).ToListAsync(cancellationToken);
        return TypedResults.Ok(UnitDto.From(unit, members));
    }

    private static async Task<Results<Ok<UnitDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(Guid unitId, UnitRequest request, ConcordiaDbContext db,
        CancellationToken cancellationToken)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(NotFound(unitId));
        }

        if (request.Version is not { } version)
        {
            return ApiProblems.Invalid("version", "is required when changing a unit");
        }

        if (version != unit.Version)
        {
            return ApiProblems.StaleVersion("The unit", version, unit.Version);
        }

        if (await CheckCommitmentAsync(db, unit.EventId, unit.Country, request.CommitmentId, cancellationToken) is { } wrong)
        {
            return ApiProblems.Invalid([wrong]);
        }

        var renamed = unit.Rename(request.Name ?? string.Empty, request.CommitmentId);
        if (!renamed.IsSuccess)
        {
            return ApiProblems.Invalid(renamed.Errors);
        }

        var assigned = await AssignAsync(db, unit, request, cancellationToken);
        if (!assigned.IsSuccess)
        {
            return ApiProblems.Invalid(assigned.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(assigned.Value);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid unitId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(NotFound(unitId));
        }

        var members = await db.Members.Where(m => m.UnitId == unitId).ToListAsync(cancellationToken);
        unit.Assign(members, [], null);
        db.Units.Remove(unit);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Makes the request's members the unit's; every listed id must be a member of the unit's contingent.</summary>
    private static async Task<Result<UnitDto>> AssignAsync(ConcordiaDbContext db, Unit unit, UnitRequest request, CancellationToken cancellationToken)
    {
        var ids = request.MemberIds ?? [];
        var listed = await db.Members.Where(m => m.EventId == unit.EventId && m.Country == unit.Country && ids.Contains(m.Id)).ToListAsync(cancellationToken);
        var missing = ids.Select((id, i) => (id, i)).Where(p => listed.All(m => m.Id != p.id))
            .Select(p => new DomainError($"memberIds[{p.i}]", $"there is no member {p.id} in this contingent")).ToList();
        if (request.LeaderId is { } leaderId && !ids.Contains(leaderId))
        {
            missing.Add(new DomainError("leaderId", "the leader must be one of the unit's members"));
        }

        if (missing.Count > 0)
        {
            return Result<UnitDto>.Failure(missing);
        }

        var current = await db.Members.Where(m => m.UnitId == unit.Id).ToListAsync(cancellationToken);
        var ordered = ids.Select(id => listed.First(m => m.Id == id)).ToList();
        var assigned = unit.Assign(current, ordered, ordered.FirstOrDefault(m => m.Id == request.LeaderId));
        return assigned.IsSuccess ? UnitDto.From(unit, current.Concat(listed).DistinctBy(m => m.Id)) : Result<UnitDto>.Failure(assigned.Errors);
    }

    private static async Task<DomainError?> CheckCommitmentAsync(ConcordiaDbContext db, Guid eventId, string country, Guid? commitmentId, CancellationToken cancellationToken) =>
        commitmentId is { } id && !await db.Commitments.AnyAsync(c => c.Id == id && c.EventId == eventId && c.Country == country && c.WithdrawnAt == null, cancellationToken)
            ? new DomainError("commitmentId", $"there is no active commitment {id} of this contingent")
            : null;

    private static string NotFound(Guid unitId) => $"There is no unit {unitId} that you can see.";
}
