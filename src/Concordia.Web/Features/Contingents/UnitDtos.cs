using Concordia.Domain.Contingents;

namespace Concordia.Web.Features.Contingents;

/// <summary>A unit to create or change: its name, the commitment it fulfils, its members and leader. <see cref="Version"/> is required when changing.</summary>
public sealed record UnitRequest(string? Name, Guid? CommitmentId, Guid? LeaderId, IReadOnlyList<Guid>? MemberIds, int? Version);

public sealed record UnitDto(Guid Id, Guid EventId, string Country, string Name, Guid? CommitmentId, Guid? LeaderId, IReadOnlyList<Guid> MemberIds, int Version)
{
    public static UnitDto From(Unit unit, IEnumerable<Member> members) =>
        new(unit.Id, unit.EventId, unit.Country, unit.Name, unit.CommitmentId, unit.LeaderId, [.. members.Where(m => m.UnitId == unit.Id).Select(m => m.Id)], unit.Version);
}
