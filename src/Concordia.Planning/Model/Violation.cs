namespace Concordia.Planning.Model;

/// <summary>One broken rule, with its amount (units of violation) and cost (zero for hard rules).</summary>
public sealed record Violation(
    string Rule,
    bool Hard,
    long Amount,
    long Cost,
    string Message,
    string? StaffId = null,
    string? SiteId = null,
    string? WindowId = null);
