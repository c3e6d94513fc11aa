namespace Concordia.Planning.Model;

/// <summary>
/// A duty period (shift). <see cref="Kind"/> names the shift type ("early", "late", "night", or a benchmark's
/// shift id) used by succession and per-kind limits; <see cref="Night"/> feeds the fairness rule.
/// </summary>
public sealed record TimeWindow(string Id, DateTimeOffset Start, DateTimeOffset End, string Kind, bool Night = false);
