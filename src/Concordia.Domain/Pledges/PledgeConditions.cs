using Concordia.Domain.Requests;

namespace Concordia.Domain.Pledges;

/// <summary>
/// The conditions a country sets on what it pledges on a line: the languages its people speak (ISO 639-1 codes),
/// whether they bring their own vehicles and equipment, who lodges them, and any other condition in words. Being armed
/// or not is the line's own <see cref="PledgeLine.Armed"/>.
/// </summary>
public sealed record PledgeConditions(IReadOnlyList<string> Languages, bool OwnEquipment, LodgingCondition Lodging, string? Other)
{
    public static readonly PledgeConditions None = new([], false, LodgingCondition.HostSupported, null);

    public const int OtherMaxLength = 1000;

    /// <summary>The same conditions with codes in lower case, in order, once each, and no blank "other".</summary>
    public PledgeConditions Normalised() => this with
    {
        Languages = [.. (Languages ?? []).Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().Order(StringComparer.Ordinal)],
        Other = string.IsNullOrWhiteSpace(Other) ? null : Other.Trim(),
    };

    public bool SameAs(PledgeConditions? other) =>
        other is not null && Languages.SequenceEqual(other.Languages) && OwnEquipment == other.OwnEquipment && Lodging == other.Lodging && Other == other.Other;

    /// <summary>"speaks de, en · own equipment · lodged by the host · only day shifts".</summary>
    public string Describe() => string.Join(" · ", new[]
    {
        Languages.Count > 0 ? "speaks " + string.Join(", ", Languages) : null,
        OwnEquipment ? "own equipment" : null,
        Lodging == LodgingCondition.HostSupported ? "lodged by the host" : "own lodging",
        Other,
    }.Where(s => s is not null));
}
