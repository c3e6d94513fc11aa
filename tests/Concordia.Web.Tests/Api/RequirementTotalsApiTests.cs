using System.Net;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Api;

/// <summary>Every figure here is computed by hand from <see cref="TestScenario.Small"/>.</summary>
public sealed class RequirementTotalsApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Totals_at_the_level_in_force_count_people_per_local_day(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        var totals = await client.GetObjectAsync($"/api/v1/events/{id}/requirements/totals");

        var days = totals["days"]!.AsArray();
        Assert.Equal(["2024-07-26", "2024-07-27"], days.Select(d => d!["day"]!.GetValue<string>()));
        Assert.Equal((215, 77, 0), (days[0]!["persons"]!.GetValue<int>(), days[0]!["units"]!.GetValue<int>(), days[0]!["dogs"]!.GetValue<int>()));
        Assert.Equal((3, 3), (days[1]!["persons"]!.GetValue<int>(), days[1]!["dogs"]!.GetValue<int>()));
        Assert.Equal(140, days[0]!["personsByCapability"]!["crs"]!.GetValue<int>());
        Assert.Equal(("2024-07-26", 215, 218), (totals["peakDay"]!.GetValue<string>(), totals["peakPersons"]!.GetValue<int>(), totals["persons"]!.GetValue<int>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Totals_at_a_lower_level_use_the_rows_of_that_level(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        var totals = await client.GetObjectAsync($"/api/v1/events/{id}/requirements/totals?level=vigilance");

        Assert.Equal(200, totals["persons"]!.GetValue<int>());
        Assert.Single(totals["days"]!.AsArray());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Totals_at_an_unknown_level_is_a_400_naming_level(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        using var response = await client.GetAsync($"/api/v1/events/{id}/requirements/totals?level=red");

        Assert.Equal(["level"], ApiClient.Fields(await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest)));
    }
}
