namespace Concordia.Planning.Model;

/// <summary>One rule's share of a plan's score: hard violation units, or soft cost.</summary>
public sealed record RuleTotal(string Rule, bool Hard, long Violations, long Cost);
