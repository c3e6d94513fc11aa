using System.Text.Json.Serialization;

namespace Concordia.Data.Scenarios.Format;

/// <summary>A scenario file, format version 1 (docs/schemas/scenario.schema.json, docs/scenario-format.md).</summary>
public sealed record ScenarioFile(
    string FormatVersion,
    ScenarioEvent Event,
    ScenarioAlertScale AlertScale,
    IReadOnlyList<ScenarioAgency>? Agencies,
    IReadOnlyList<ScenarioCapability> Capabilities,
    IReadOnlyList<ScenarioSite> Sites,
    IReadOnlyList<ScenarioRequirement> Requirements)
{
    public const string CurrentVersion = "1.0";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-1)]
    public string? Schema { get; init; }
}
