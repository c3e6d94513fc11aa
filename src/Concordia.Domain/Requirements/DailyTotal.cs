namespace Concordia.Domain.Requirements;

/// <summary>Units of one capability needed on one local day, and the hours of duty they represent.</summary>
public sealed record DailyTotal(DateOnly Day, Guid CapabilityId, int Quantity, double Hours);
