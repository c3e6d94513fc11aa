using Concordia.Domain.Pledges;
using Concordia.Domain.Requests;

namespace Concordia.Web.Features.Pledges;

public sealed record PledgeLineDto(Guid Id, int Number, Guid? RequestLineId, PledgeAnswer Answer, Guid CapabilityId, int Quantity, DateOnly From, DateOnly To,
    ArmedCondition Armed, string? Note, HostDecision Decision, int? AcceptedQuantity, string? DecisionNote, DateTime? DecidedAt, string? DecidedBy,
    PledgeConditions Conditions)
{
    public static PledgeLineDto Of(PledgeLine l) => new(l.Id, l.Number, l.RequestLineId, l.Answer, l.CapabilityId, l.Quantity, l.From, l.To, l.Armed, l.Note,
        l.Decision, l.AcceptedQuantity, l.DecisionNote, l.DecidedAt, l.DecidedBy, l.Conditions);
}

public sealed record PledgeDto(Guid Id, Guid EventId, string Country, Guid? AskId, Guid? RequestId, Guid AgencyId, int Version, DateTime SubmittedAt,
    DateTime UpdatedAt, IReadOnlyList<PledgeLineDto> Lines)
{
    public static PledgeDto From(Pledge p) => new(p.Id, p.EventId, p.Country, p.AskId, p.RequestId, p.AgencyId, p.Version, p.SubmittedAt, p.UpdatedAt,
        [.. p.Lines.OrderBy(l => l.Number).Select(PledgeLineDto.Of)]);
}

public sealed record PledgeVersionDto(int Number, DateTime ChangedAt, string ChangedBy, string Change, IReadOnlyList<PledgeLineSnapshot> Lines);

/// <param name="Conditions">The languages, equipment, lodging and other conditions set on the line; none when left out.</param>
public sealed record PledgeLineWriteDto(Guid? RequestLineId, PledgeAnswer Answer, Guid CapabilityId, int Quantity, DateOnly From, DateOnly To,
    ArmedCondition Armed, string? Note, PledgeConditions? Conditions = null)
{
    public PledgeLineDetails ToDetails() => new(RequestLineId, Answer, CapabilityId, Quantity, From, To, Armed, Note, Conditions);
}

/// <summary>
/// A pledge (or amendment): one line per ask line. When amending, list only the lines the host has not accepted, and
/// send the <see cref="Version"/> you last read.
/// </summary>
public sealed record PledgeWriteDto(IReadOnlyList<PledgeLineWriteDto>? Lines, int? Version, Guid? AgencyId)
{
    public IReadOnlyList<PledgeLineDetails> Details => [.. (Lines ?? []).Select(l => l.ToDetails())];
}

public enum DecisionKind
{
    Accept,
    Decline,
    Revise,
}

/// <summary>The host's decision on one pledge line; <see cref="Quantity"/> may accept less than pledged.</summary>
public sealed record DecisionDto(DecisionKind Decision, int? Quantity, string? Note, int Version);

public sealed record CommitmentDto(Guid Id, Guid EventId, string Country, Guid AgencyId, Guid PledgeId, Guid PledgeLineId, Guid? RequestId, Guid CapabilityId,
    int Quantity, DateOnly From, DateOnly To, ArmedCondition Armed, DateTime AcceptedAt, string AcceptedBy, DateTime? WithdrawnAt, string? WithdrawnBy,
    string? WithdrawalReason, int Version)
{
    public static CommitmentDto Of(Commitment c) => new(c.Id, c.EventId, c.Country, c.AgencyId, c.PledgeId, c.PledgeLineId, c.RequestId, c.CapabilityId,
        c.Quantity, c.From, c.To, c.Armed, c.AcceptedAt, c.AcceptedBy, c.WithdrawnAt, c.WithdrawnBy, c.WithdrawalReason, c.Version);
}

public sealed record WithdrawalDto(string Reason, int Version);
