using System.Net;
using System.Net.Http.Json;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Api;

public sealed class AlertsApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Lowering_the_level_is_recorded_and_the_totals_follow_it(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        using var response = await client.PutAsJsonAsync($"/api/v1/events/{id}/alert-level", new { level = "vigilance", reason = "Threat assessment lowered", version = 0 });

        response.EnsureSuccessStatusCode();
        var status = await client.GetObjectAsync($"/api/v1/events/{id}/alert-level");
        Assert.Equal("vigilance", status["current"]!["code"]!.GetValue<string>());
        var change = status["history"]![0]!;
        Assert.Equal(("urgence-attentat", "vigilance", "Threat assessment lowered"),
            (change["fromLevel"]!.GetValue<string>(), change["toLevel"]!.GetValue<string>(), change["reason"]!.GetValue<string>()));
        var totals = await client.GetObjectAsync($"/api/v1/events/{id}/requirements/totals");
        Assert.Equal(("vigilance", 200), (totals["level"]!.GetValue<string>(), totals["persons"]!.GetValue<int>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_unknown_level_is_a_400_naming_the_level_field(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        using var response = await client.PutAsJsonAsync($"/api/v1/events/{id}/alert-level", new { level = "red", version = 0 });

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["level"], ApiClient.Fields(problem));
        Assert.Equal("urgence-attentat", (await client.GetObjectAsync($"/api/v1/events/{id}"))["currentAlertLevel"]!.GetValue<string>());
    }
}
