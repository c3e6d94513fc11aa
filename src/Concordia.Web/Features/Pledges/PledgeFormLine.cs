using Concordia.Domain.Pledges;
using Concordia.Domain.Requests;
using Concordia.Web.Features.Requests;

namespace Concordia.Web.Features.Pledges;

/// <summary>One line of the answer form, prefilled from the ask line (and from the current answer when amending).</summary>
public sealed class PledgeFormLine
{
    public Guid RequestLineId { get; init; }

    public int Number { get; init; }

    public string CapabilityName { get; init; } = string.Empty;

    public int Asked { get; init; }

    public PledgeAnswer Answer { get; set; } = PledgeAnswer.Full;

    public Guid CapabilityId { get; set; }

    public int Quantity { get; set; }

    public DateTime From { get; set; }

    public DateTime To { get; set; }

    public ArmedCondition Armed { get; set; }

    public string? Note { get; set; }

    /// <summary>Languages the people speak, as typed ("de, en").</summary>
    public string? Languages { get; set; }

    public bool OwnEquipment { get; set; }

    public LodgingCondition Lodging { get; set; }

    public string? OtherConditions { get; set; }

    public static PledgeFormLine For(AskLineDto line, PledgeLine? current) => new()
    {
        RequestLineId = line.LineId,
        Number = line.Number,
        CapabilityName = line.CapabilityName,
        Asked = line.Quantity,
        Answer = current?.Answer ?? PledgeAnswer.Full,
        CapabilityId = current?.CapabilityId ?? line.CapabilityId,
        Quantity = current?.Quantity ?? line.Quantity,
        From = (current?.From ?? line.From).ToDateTime(TimeOnly.MinValue),
        To = (current?.To ?? line.To).ToDateTime(TimeOnly.MinValue),
        Armed = current?.Armed ?? line.Conditions.Armed,
        Note = current?.Note,
        Languages = string.Join(", ", current?.Conditions.Languages ?? line.Conditions.Languages ?? []),
        OwnEquipment = current?.Conditions.OwnEquipment ?? line.Conditions.OwnEquipment,
        Lodging = current?.Conditions.Lodging ?? line.Conditions.Lodging,
        OtherConditions = current?.Conditions.Other,
    };

    public PledgeLineDetails ToDetails() => new(RequestLineId, Answer, CapabilityId, Answer == PledgeAnswer.Declined ? 0 : Quantity,
        DateOnly.FromDateTime(From), DateOnly.FromDateTime(To), Armed, Note,
        new PledgeConditions((Languages ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), OwnEquipment, Lodging,
            OtherConditions));
}
