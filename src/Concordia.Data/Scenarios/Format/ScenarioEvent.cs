namespace Concordia.Data.Scenarios.Format;

public sealed record ScenarioEvent(
    string Code,
    string Name,
    string? Description,
    string HostCountry,
    string TimeZone,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<ScenarioPhase>? Phases);
