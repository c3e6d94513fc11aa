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
    IReadOnlyList<ScenarioRequirement> Requirements,
    IReadOnlyList<ScenarioContribution>? Contributions = null,
    IReadOnlyList<ScenarioVisitors>? Visitors = null)
{
    /// <summary>The version written when a file has no contributions, so that older readers still read it.</summary>
    public const string CurrentVersion = "1.0";

    /// <summary>The version that adds contributions.</summary>
    public const string ContributionsVersion = "1.1";

    /// <summary>The version that adds expected visitors.</summary>
    public const string VisitorsVersion = "1.2";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-1)]
    public string? Schema { get; init; }
}
