using System.Net;
using System.Text;
using Concordia.Data.Identity;
using Concordia.Data.Scenarios;
using Concordia.Data.Scenarios.Format;
using Concordia.Tests.Shared;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Scenarios;

/// <summary>Visitors in the scenario format (1.2): imported for the planner, exported back, moved with the event, refused by path when wrong.</summary>
public sealed class ScenarioVisitorsTests(Apps apps)
{
    private static ScenarioFile WithVisitors(string code) => TestScenario.Small(code) with
    {
        FormatVersion = ScenarioFile.VisitorsVersion,
        Visitors =
        [
            new ScenarioVisitors("STA", new DateOnly(2024, 7, 26), "PL", ["pl"], 2, "Football: France - Poland"),
            new ScenarioVisitors("STA", new DateOnly(2024, 7, 26), "UA", ["uk", "ru"], 1, null),
        ],
    };

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Imported_visitors_reach_the_planner_and_export_back_unchanged(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var original = WithVisitors(TestScenario.Code());
        var id = await client.ImportAsync(original);

        var listed = await client.GetArrayAsync($"/api/v1/events/{id}/visitors");
        Assert.Equal(["PL", "UA"], listed.Select(v => v!["country"]!.GetValue<string>()).Order());
        var exported = ScenarioReader.Read(await client.GetStringAsync($"/api/v1/events/{id}/scenario")).Value;
        Assert.Equal(ScenarioFile.VisitorsVersion, exported.FormatVersion);
        Assert.Equal(
            original.Visitors!.Select(v => (v.Site, v.Day, v.Country, string.Join(",", v.Languages), v.Speakers, v.Note)),
            exported.Visitors!.Select(v => (v.Site, v.Day, v.Country, string.Join(",", v.Languages), v.Speakers, v.Note)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Visitors_at_an_unknown_site_out_of_the_event_or_twice_are_refused_by_path_and_nothing_is_stored(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var code = TestScenario.Code();
        var good = WithVisitors(code);
        var broken = good with { Visitors = [good.Visitors![0], good.Visitors[1] with { Languages = [] }] };

        // The schema speaks first: an empty list of languages.
        using var response = await client.PostAsync("/api/v1/scenarios", new StringContent(TestScenario.Json(broken), Encoding.UTF8, "application/json"));
        Assert.Contains(ApiClient.Fields(await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest)), f => f.StartsWith("visitors[1].languages", StringComparison.Ordinal));

        // Then the importer's own rules: a site not in the file, a day outside the event, the same visitors twice.
        var ruled = good with
        {
            Visitors = [good.Visitors[0] with { Site = "NOWHERE" }, good.Visitors[1] with { Day = new DateOnly(2024, 8, 30) }, good.Visitors[0], good.Visitors[0]],
        };
        using var second = await client.PostAsync("/api/v1/scenarios", new StringContent(TestScenario.Json(ruled), Encoding.UTF8, "application/json"));
        var fields = ApiClient.Fields(await ApiClient.ProblemAsync(second, HttpStatusCode.BadRequest));
        Assert.Contains("visitors[0].site", fields);
        Assert.Contains("visitors[1].day", fields);
        Assert.Contains("visitors[3].country", fields);
        Assert.DoesNotContain(await client.GetArrayAsync("/api/v1/events"), e => e!["code"]!.GetValue<string>() == code);
    }

    [Fact]
    public void Moving_an_event_moves_its_visitors_days()
    {
        var moved = new ScenarioMove("visitors-moved", "Later Games", new DateOnly(2027, 7, 16)).Apply(WithVisitors("visitors-unit")).Value;

        Assert.All(moved.Visitors!, v => Assert.Equal(new DateOnly(2027, 7, 16), v.Day));
    }

    [Fact]
    public async Task The_paris_demo_file_carries_the_first_football_day_s_visitors()
    {
        var file = (await ScenarioReader.ReadFileAsync(Path.Combine(RepositoryFolder.Root, "samples/paris-2024/scenario.json"), CancellationToken.None)).Value;
        var graph = ScenarioMapper.ToDomain(file).Value;

        Assert.Equal(11, graph.Visitors!.Count);
        Assert.Contains(file.Visitors!, v => v.Site == "STE" && v.Country == "AR" && v.Languages.Contains("es"));
    }
}
