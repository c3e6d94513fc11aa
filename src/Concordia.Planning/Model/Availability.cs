namespace Concordia.Planning.Model;

/// <summary>A period (arrival to departure, UTC) in which a member may be on duty.</summary>
public sealed record Availability(DateTimeOffset Start, DateTimeOffset End);
