namespace Concordia.Data.Scenarios.Format;

/// <summary>
/// One requirement row. <see cref="Start"/> and <see cref="End"/> are ISO 8601 texts: with an offset they are
/// instants, without one they are wall-clock times in the event's time zone. <see cref="Armed"/>: only armed officers
/// serve it (not when the file does not say; written only when true).
/// </summary>
public sealed record ScenarioRequirement(
    string Site,
    string Capability,
    string AlertLevel,
    string Start,
    string End,
    int Quantity,
    int Priority,
    string? Note,
    bool? Armed = null);
