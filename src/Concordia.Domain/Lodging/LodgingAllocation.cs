namespace Concordia.Domain.Lodging;

/// <summary>What an allocation run decided: members placed, and members for whom no site had room.</summary>
public sealed record LodgingAllocation(IReadOnlyList<LodgingPlacement> Placed, IReadOnlyList<Guid> Unplaced);
