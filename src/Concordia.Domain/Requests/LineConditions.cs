namespace Concordia.Domain.Requests;

/// <summary>
/// What the host asks of the people on a line: languages wanted (ISO 639-1 codes), armed or not, their own vehicles
/// and equipment, and who lodges them.
/// </summary>
public sealed record LineConditions(IReadOnlyList<string> Languages, ArmedCondition Armed, bool OwnEquipment, LodgingCondition Lodging)
{
    public static readonly LineConditions None = new([], ArmedCondition.Either, false, LodgingCondition.HostSupported);
}
