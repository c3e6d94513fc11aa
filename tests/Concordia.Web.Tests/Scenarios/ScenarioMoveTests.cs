using System.Net;
using System.Text;
using Concordia.Data.Identity;
using Concordia.Data.Scenarios;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Scenarios;

/// <summary>The import option that makes a past event an upcoming one (issue 13, point 2): another code, name, start day.</summary>
public sealed class ScenarioMoveTests(Apps apps)
{
    [Fact]
    public void Moving_to_a_winter_start_keeps_every_wall_clock_time_of_the_event_zone_and_moves_phases_and_contributions()
    {
        var file = TestScenario.Small("move-unit") with
        {
            Contributions = [new(Country: "PL", Agency: "pn", Capability: "patrol", Quantity: 5, From: new(2024, 7, 26), To: new(2024, 7, 28), Note: null)],
        };

        var moved = new ScenarioMove("move-winter", "Winter Games", new DateOnly(2027, 1, 15)).Apply(file).Value;

        var days = new DateOnly(2027, 1, 15).DayNumber - new DateOnly(2024, 7, 26).DayNumber;
        Assert.Equal(("move-winter", "Winter Games", new DateOnly(2027, 1, 17)), (moved.Event.Code, moved.Event.Name, moved.Event.End));
        Assert.Equal(new DateOnly(2027, 1, 15), moved.Event.Phases![0].Start);
        Assert.Equal(new DateOnly(2027, 1, 15), moved.Contributions![0].From);
        // 19:30 in Paris in summer (UTC+2) is 19:30 in Paris in winter (UTC+1).
        var opening = file.Requirements.First(r => r.Start == "2024-07-26T19:30:00+02:00");
        Assert.Equal("2027-01-15T19:30:00", moved.Requirements[file.Requirements.ToList().IndexOf(opening)].Start);
        Assert.Equal(file.Requirements.Count, moved.Requirements.Count);
        Assert.Equal(file.Event.Start.AddDays(days), moved.Event.Start);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_api_imports_a_scenario_under_another_code_starting_on_another_day(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var code = "moved-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await client.PostAsync($"/api/v1/scenarios?code={code}&name=Upcoming%20Games&startOn=2031-03-03",
            new StringContent(TestScenario.Json(TestScenario.Small()), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var events = await client.GetArrayAsync("/api/v1/events");
        var ev = events.Single(e => e!["code"]!.GetValue<string>() == code)!;
        Assert.Equal(("Upcoming Games", "2031-03-03", "2031-03-05"),
            (ev["name"]!.GetValue<string>(), ev["start"]!.GetValue<string>(), ev["end"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_cli_imports_a_scenario_moved_to_another_start_day()
    {
        var folder = Directory.CreateTempSubdirectory("concordia-move-").FullName;
        try
        {
            var path = Path.Combine(folder, "small.json");
            await File.WriteAllTextAsync(path, TestScenario.Json(TestScenario.Small("cli-move-source")));

            var (exitCode, output) = await ConcordiaCli.RunAsync(folder, "scenario", "import", path, "--code", "cli-moved", "--start-on", "2030-05-06", "--create");
            var (_, listed) = await ConcordiaCli.RunAsync(folder, "events", "list");

            Assert.Equal(0, exitCode);
            Assert.Contains("Imported cli-moved", output, StringComparison.Ordinal);
            Assert.Contains("2030-05-06", listed, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
