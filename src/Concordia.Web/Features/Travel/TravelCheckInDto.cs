using Concordia.Domain.Contingents;

namespace Concordia.Web.Features.Travel;

/// <summary>A member's arrival after a check-in or its undoing; <see cref="CheckInOverride"/> is the reason when the rule was overruled.</summary>
public sealed record TravelCheckInDto(Guid MemberId, string Country, string DisplayName, DateTime? CheckedInAt, string? CheckInPlace, string? CheckedInBy,
    string? CheckInOverride)
{
    public static TravelCheckInDto From(Member m) => new(m.Id, m.Country, m.DisplayName, m.CheckedInAt, m.CheckInPlace, m.CheckedInBy, m.CheckInOverride);
}
