namespace Concordia.Data.Scenarios.Format;

public sealed record ScenarioSite(
    string Code,
    string Name,
    string Kind,
    string? City,
    ScenarioPoint Location,
    IReadOnlyList<ScenarioPoint>? Area,
    string? Parent,
    int? Capacity,
    string? Description);
