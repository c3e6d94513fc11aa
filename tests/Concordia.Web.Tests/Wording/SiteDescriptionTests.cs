using System.Text.Json.Nodes;
using Concordia.Tests.Shared;

namespace Concordia.Web.Tests.Wording;

/// <summary>
/// Issue 13, point 4: the demo's site pages describe the place to its users; where each fact comes from is kept with the
/// reference files the scenario is generated from, not in the words a site commander reads.
/// </summary>
public sealed class SiteDescriptionTests
{
    [Fact]
    public void No_demo_site_description_carries_developer_provenance()
    {
        var scenario = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "samples", "paris-2024", "scenario.json")))!;
        string[] notes = ["Source:", "Sources:", ".csv", ".md", "github", "P24 dataset", "@"];

        var noted = scenario["sites"]!.AsArray()
            .Select(s => (Code: s!["code"]!.GetValue<string>(), Text: s["description"]?.GetValue<string>() ?? string.Empty))
            .Where(s => notes.Any(n => s.Text.Contains(n, StringComparison.Ordinal)))
            .Select(s => $"{s.Code}: {s.Text}").ToList();

        Assert.True(noted.Count == 0, string.Join(Environment.NewLine, noted));
    }
}
