namespace Concordia.Domain.Requests;

/// <summary>
/// A request as a coordinator writes it: its lines, and for each country one quantity per line (in line order;
/// 0 means that line is not asked of that country).
/// </summary>
public sealed record RequestDraft(
    string Title,
    string? Description,
    DateTime ReplyDeadline,
    IReadOnlyList<RequestLineDetails> Lines,
    IReadOnlyList<(string Country, IReadOnlyList<int> Quantities)> Countries);
