using System.Net;
using System.Net.Http.Json;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Api;

public sealed class EventsApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_imported_event_reads_back_with_its_phases_time_zone_and_alert_level(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var code = TestScenario.Code();
        var id = await client.ImportAsync(TestScenario.Small(code));

        var ev = await client.GetObjectAsync($"/api/v1/events/{id}");

        Assert.Equal(code, ev["code"]!.GetValue<string>());
        Assert.Equal("Europe/Paris", ev["timeZone"]!.GetValue<string>());
        Assert.Equal("France", ev["hostCountryName"]!.GetValue<string>());
        Assert.Equal("urgence-attentat", ev["currentAlertLevel"]!.GetValue<string>());
        Assert.Equal("2024-07-26", ev["phases"]![0]!["start"]!.GetValue<string>());
        Assert.Equal(3, ev["alertScale"]!["levels"]!.AsArray().Count);
        Assert.Contains((await client.GetArrayAsync("/api/v1/events")), e => e!["id"]!.GetValue<Guid>() == id);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_unknown_event_is_a_404_problem(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);

        using var response = await client.GetAsync($"/api/v1/events/{Guid.NewGuid()}");

        await ApiClient.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Updating_with_a_stale_version_is_a_409_and_keeps_the_other_writers_change(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());
        var first = new { name = "Renamed once", description = (string?)null, start = "2024-07-26", end = "2024-07-28", phases = Array.Empty<object>(), version = 0 };
        (await client.PutAsJsonAsync($"/api/v1/events/{id}", first)).EnsureSuccessStatusCode();

        using var second = await client.PutAsJsonAsync($"/api/v1/events/{id}", first with { name = "Renamed by someone late" });

        var problem = await ApiClient.ProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal(1, problem["currentVersion"]!.GetValue<int>());
        Assert.Equal("Renamed once", (await client.GetObjectAsync($"/api/v1/events/{id}"))["name"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Shortening_an_event_past_its_requirements_is_a_409_and_changes_nothing(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        using var response = await client.PutAsJsonAsync($"/api/v1/events/{id}",
            new { name = "Test Games", start = "2024-07-27", end = "2024-07-28", phases = Array.Empty<object>(), version = 0 });

        await ApiClient.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("2024-07-26", (await client.GetObjectAsync($"/api/v1/events/{id}"))["start"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_update_with_a_phase_outside_the_dates_names_the_phase(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        using var response = await client.PutAsJsonAsync($"/api/v1/events/{id}", new
        {
            name = "Test Games", start = "2024-07-26", end = "2024-07-28", version = 0,
            phases = new[] { new { code = "late", name = "Late", start = "2024-08-01", end = "2024-08-02" } },
        });

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("phases[0]", ApiClient.Fields(problem));
    }
}
