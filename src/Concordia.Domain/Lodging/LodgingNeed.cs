namespace Concordia.Domain.Lodging;

/// <summary>A member who needs a bed on <see cref="Nights"/>, with what keeps them with others: country, unit, commitment.</summary>
public sealed record LodgingNeed(Guid MemberId, string Country, Guid? UnitId, Guid? CommitmentId, NightRange Nights);
