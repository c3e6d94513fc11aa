namespace Concordia.Domain.Lodging;

/// <summary>The beds an accommodation site offers on one night, where it differs from its usual number.</summary>
public sealed record NightCapacity(DateOnly Night, int Beds);
