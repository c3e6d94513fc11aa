namespace Concordia.Domain.Lodging;

/// <summary>Where the allocator placed a member.</summary>
public sealed record LodgingPlacement(Guid MemberId, Guid SiteId, NightRange Nights);
