namespace Concordia.Data.StatusBoard;

/// <summary>
/// What the board of one event is computed from, read once: capability and agency names, every figure before grouping,
/// and which countries answered which request. It holds no personal data (people are counted, not named).
/// </summary>
internal sealed record BoardSnapshot(
    IReadOnlyDictionary<Guid, string> Capabilities,
    IReadOnlyDictionary<Guid, string> Agencies,
    IReadOnlyList<BoardFact> Facts,
    IReadOnlyList<BoardAnswer> Answers);

/// <summary>A country's answer (pledge) to an ask, for counting the countries that answered.</summary>
internal sealed record BoardAnswer(string Country, Guid? RequestId, Guid AgencyId);
