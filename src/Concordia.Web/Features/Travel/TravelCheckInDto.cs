using Concordia.Domain.Contingents;

namespace Concordia.Web.Features.Travel;

/// <summary>A member's arrival after a check-in or its undoing.</summary>
public sealed record TravelCheckInDto(Guid MemberId, string Country, string DisplayName, DateTime? CheckedInAt, string? CheckInPlace, string? CheckedInBy)
{
    public static TravelCheckInDto From(Member m) => new(m.Id, m.Country, m.DisplayName, m.CheckedInAt, m.CheckInPlace, m.CheckedInBy);
}
