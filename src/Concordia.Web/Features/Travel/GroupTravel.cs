using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Contingents;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Travel;

/// <summary>Sets one journey for many members of a contingent, all or nothing.</summary>
public static class GroupTravel
{
    public const int MaxMembers = 2_000;

    public static async Task<Result<GroupTravelResult>> ApplyAsync(ConcordiaDbContext db, Guid eventId, string country, GroupTravelRequest request,
        CancellationToken cancellationToken)
    {
        var ids = request.MemberIds ?? [];
        if ((ids.Count == 0) == (request.UnitId is null))
        {
            return Result<GroupTravelResult>.Failure("memberIds", "name either the members (memberIds) or a unit (unitId)");
        }

        if (ids.Count > MaxMembers || ids.Distinct().Count() != ids.Count)
        {
            return Result<GroupTravelResult>.Failure("memberIds", $"must list at most {MaxMembers} different members");
        }

        var query = db.Members.Where(m => m.AgencyId == null && m.EventId == eventId && m.Country == country);
        var members = request.UnitId is { } unitId
            ? await query.Where(m => m.UnitId == unitId).ToListAsync(cancellationToken)
            : await query.Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        if (request.UnitId is not null && members.Count == 0)
        {
            return Result<GroupTravelResult>.Failure("unitId", $"there is no unit {request.UnitId} with members in this contingent");
        }

        var errors = ids.Select((id, i) => (id, i)).Where(p => members.All(m => m.Id != p.id))
            .Select(p => new DomainError($"memberIds[{p.i}]", $"there is no member {p.id} in this contingent")).ToList();
        var arrival = Leg(request.Arrival);
        var departure = Leg(request.Departure);
        var changed = 0;
        foreach (var member in members)
        {
            var version = member.Version;
            var planned = member.PlanTravel(arrival, departure);
            errors.AddRange(planned.Errors);
            changed += member.Version != version ? 1 : 0;
        }

        if (errors.Count > 0)
        {
            return Result<GroupTravelResult>.Failure([.. errors.Distinct()]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new GroupTravelResult(members.Count, changed);
    }

    private static TravelLeg? Leg(TravelLegRequest? leg) => leg is null ? null : new TravelLeg(leg.At.UtcDateTime, leg.Place ?? string.Empty, leg.Reference);
}
