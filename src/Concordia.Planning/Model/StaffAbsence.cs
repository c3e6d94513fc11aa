namespace Concordia.Planning.Model;

/// <summary>A member who did not arrive or left: unavailable from <see cref="From"/> on.</summary>
public sealed record StaffAbsence(string StaffId, DateTimeOffset From);
