using Concordia.Domain.Requests;

namespace Concordia.Domain.Pledges;

/// <summary>One answered line of a pledge, with the host's decision on it.</summary>
public sealed class PledgeLine
{
    private PledgeLine()
    {
    }

    public Guid Id { get; private set; }

    public Guid PledgeId { get; private set; }

    public int Number { get; private set; }

    /// <summary>The request line answered; null for an unsolicited offer.</summary>
    public Guid? RequestLineId { get; private set; }

    public PledgeAnswer Answer { get; private set; }

    public Guid CapabilityId { get; private set; }

    public int Quantity { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public ArmedCondition Armed { get; private set; }

    /// <summary>The languages, equipment, lodging and other conditions the country sets on this line.</summary>
    public PledgeConditions Conditions { get; private set; } = PledgeConditions.None;

    /// <summary>A decline reason, or what a counter-offer means.</summary>
    public string? Note { get; private set; }

    public HostDecision Decision { get; private set; }

    public int? AcceptedQuantity { get; private set; }

    public string? DecisionNote { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public PledgeLineDetails Details => new(RequestLineId, Answer, CapabilityId, Quantity, From, To, Armed, Note, Conditions);

    public PledgeLineSnapshot Snapshot =>
        new(Number, RequestLineId, Answer, CapabilityId, Quantity, From, To, Armed, Note, Decision, AcceptedQuantity, DecisionNote, Conditions);

    internal static PledgeLine Create(Guid pledgeId, int number, PledgeLineDetails details) => new()
    {
        Id = Guid.CreateVersion7(),
        PledgeId = pledgeId,
        Number = number,
        RequestLineId = details.RequestLineId,
        Answer = details.Answer,
        CapabilityId = details.CapabilityId,
        Quantity = details.Quantity,
        From = details.From,
        To = details.To,
        Armed = details.Armed,
        Note = string.IsNullOrWhiteSpace(details.Note) ? null : details.Note.Trim(),
        Conditions = (details.Conditions ?? PledgeConditions.None).Normalised(),
        Decision = HostDecision.Pending,
    };

    internal void Renumber(int number) => Number = number;

    internal void Decide(HostDecision decision, int? acceptedQuantity, string? note, string by, DateTime at)
    {
        Decision = decision;
        AcceptedQuantity = acceptedQuantity;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DecidedBy = by;
        DecidedAt = at;
    }
}
