namespace Concordia.Domain.Contingents;

/// <summary>
/// One way of a member's journey: when (a UTC instant), where (an airport, a station, a border crossing) and the
/// carrier's reference (flight or train number), so the reception desk knows whom to expect where.
/// </summary>
public sealed record TravelLeg(DateTime At, string Place, string? Reference = null);
