namespace Concordia.Domain.Requirements;

/// <summary>
/// What one capability needs on one local day: units (as requirements count them), the people and dogs in
/// those units, and the hours of duty of those people.
/// </summary>
public sealed record DailyTotal(DateOnly Day, Guid CapabilityId, int Units, int Persons, int Dogs, double PersonHours);
