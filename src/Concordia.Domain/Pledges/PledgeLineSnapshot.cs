using Concordia.Domain.Requests;

namespace Concordia.Domain.Pledges;

/// <summary>A pledge line as it stood in one version of the pledge, with the host's decision at that time.</summary>
public sealed record PledgeLineSnapshot(
    int Number,
    Guid? RequestLineId,
    PledgeAnswer Answer,
    Guid CapabilityId,
    int Quantity,
    DateOnly From,
    DateOnly To,
    ArmedCondition Armed,
    string? Note,
    HostDecision Decision,
    int? AcceptedQuantity,
    string? DecisionNote,
    PledgeConditions? Conditions = null);
