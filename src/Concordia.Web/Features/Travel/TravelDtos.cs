namespace Concordia.Web.Features.Travel;

/// <summary>One way of a journey as clients send it: an instant with its offset, a place, a carrier's reference.</summary>
public sealed record TravelLegRequest(DateTimeOffset At, string? Place, string? Reference);

/// <summary>
/// The journey of several members at once (a group on one flight): the listed members, or every member of a unit.
/// An absent leg is cleared.
/// </summary>
public sealed record GroupTravelRequest(IReadOnlyList<Guid>? MemberIds, Guid? UnitId, TravelLegRequest? Arrival, TravelLegRequest? Departure);

public sealed record GroupTravelResult(int Members, int Changed);

/// <summary>
/// The arrivals of one day (the event's local date): members expected (planned arrival that day, not refused) and
/// members checked in that day, per country, and the groups expected (same place, time and reference).
/// </summary>
public sealed record ArrivalDayDto(DateOnly Day, int Expected, int CheckedIn, IReadOnlyList<ArrivalCountryDto> Countries, IReadOnlyList<ArrivalGroupDto> Groups);

public sealed record ArrivalCountryDto(string Country, string CountryName, int Expected, int CheckedIn);

/// <summary>A group travelling together: local time, place and reference, how many are expected and how many have checked in.</summary>
public sealed record ArrivalGroupDto(string Country, string LocalTime, string Place, string? Reference, int Members, int CheckedIn);

public sealed record ArrivalsBoardDto(DateOnly From, DateOnly To, IReadOnlyList<ArrivalDayDto> Days);
