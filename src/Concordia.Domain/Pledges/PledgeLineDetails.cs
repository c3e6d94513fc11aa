using Concordia.Domain.Requests;

namespace Concordia.Domain.Pledges;

/// <summary>What a liaison states for one line of a pledge.</summary>
public sealed record PledgeLineDetails(
    Guid? RequestLineId,
    PledgeAnswer Answer,
    Guid CapabilityId,
    int Quantity,
    DateOnly From,
    DateOnly To,
    ArmedCondition Armed = ArmedCondition.Either,
    string? Note = null,
    PledgeConditions? Conditions = null);
