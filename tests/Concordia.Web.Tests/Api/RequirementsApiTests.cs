using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Api;

public sealed class RequirementsApiTests(Apps apps)
{
    private static async Task<(HttpClient Client, Guid Event, Guid Site, Guid Capability)> ArrangeAsync(Apps apps, string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());
        var site = (await client.GetArrayAsync($"/api/v1/events/{id}/sites?q=stade"))[0]!["id"]!.GetValue<Guid>();
        var capability = (await client.GetArrayAsync($"/api/v1/events/{id}/capabilities")).First(c => c!["code"]!.GetValue<string>() == "patrol")!["id"]!.GetValue<Guid>();
        return (client, id, site, capability);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_requirement_is_created_with_local_times_and_counted_in_the_totals(string database)
    {
        var (client, id, site, capability) = await ArrangeAsync(apps, database);

        using var response = await client.PostAsJsonAsync($"/api/v1/events/{id}/requirements", new
        {
            siteId = site, capabilityId = capability, start = "2024-07-28T14:00:00+02:00", end = "2024-07-28T22:00:00+02:00",
            quantity = 12, alertLevel = "vigilance", priority = 2,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("2024-07-28T14:00:00+02:00", created["start"]!.GetValue<string>());
        Assert.True(created["inForce"]!.GetValue<bool>());
        var totals = await client.GetObjectAsync($"/api/v1/events/{id}/requirements/totals");
        Assert.Equal(12, totals["days"]!.AsArray().Single(d => d!["day"]!.GetValue<string>() == "2024-07-28")!["persons"]!.GetValue<int>());
    }

    /// <summary>Issue 12, point 7: "08:00" alone would be read in the server's zone, two hours off in Paris; it is refused instead.</summary>
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_time_without_its_utc_offset_is_refused_naming_the_field_and_nothing_is_stored(string database)
    {
        var (client, id, site, capability) = await ArrangeAsync(apps, database);
        var before = (await client.GetObjectAsync($"/api/v1/events/{id}/requirements"))["total"]!.GetValue<int>();

        using var response = await client.PostAsJsonAsync($"/api/v1/events/{id}/requirements", new
        {
            siteId = site, capabilityId = capability, start = "2024-07-20T08:00:00", end = "2024-07-20T16:00:00+02:00",
            quantity = 12, alertLevel = "vigilance", priority = 2,
        });

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["start"], ApiClient.Fields(problem));
        Assert.Contains("with its UTC offset", problem["errors"]!["start"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, (await client.GetObjectAsync($"/api/v1/events/{id}/requirements"))["total"]!.GetValue<int>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_window_outside_the_event_and_a_zero_quantity_are_reported_together(string database)
    {
        var (client, id, site, capability) = await ArrangeAsync(apps, database);

        using var response = await client.PostAsJsonAsync($"/api/v1/events/{id}/requirements", new
        {
            siteId = site, capabilityId = capability, start = "2024-07-28T22:00:00+02:00", end = "2024-07-29T06:00:00+02:00",
            quantity = 0, alertLevel = "vigilance", priority = 2,
        });

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["end", "quantity"], ApiClient.Fields(problem).Order());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_unknown_site_is_a_400_naming_siteId(string database)
    {
        var (client, id, _, capability) = await ArrangeAsync(apps, database);

        using var response = await client.PostAsJsonAsync($"/api/v1/events/{id}/requirements", new
        {
            siteId = Guid.NewGuid(), capabilityId = capability, start = "2024-07-27T06:00:00+02:00", end = "2024-07-27T14:00:00+02:00",
            quantity = 3, alertLevel = "vigilance", priority = 2,
        });

        Assert.Equal(["siteId"], ApiClient.Fields(await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Filters_by_day_and_in_force_keep_only_the_rows_that_apply(string database)
    {
        var (client, id, site, _) = await ArrangeAsync(apps, database);

        var all = await client.GetObjectAsync($"/api/v1/events/{id}/requirements?siteId={site}&day=2024-07-26");
        var inForce = await client.GetObjectAsync($"/api/v1/events/{id}/requirements?siteId={site}&day=2024-07-26&inForce=true");

        Assert.Equal(3, all["total"]!.GetValue<int>());
        Assert.Equal([55, 20], inForce["items"]!.AsArray().Select(r => r!["quantity"]!.GetValue<int>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Pages_through_rows_with_offset_and_limit(string database)
    {
        var (client, id, _, _) = await ArrangeAsync(apps, database);

        var first = await client.GetObjectAsync($"/api/v1/events/{id}/requirements?limit=2");
        var rest = await client.GetObjectAsync($"/api/v1/events/{id}/requirements?limit=2&offset=2");

        Assert.Equal(5, first["total"]!.GetValue<int>());
        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.Equal(2, rest["items"]!.AsArray().Count);
        Assert.Empty(first["items"]!.AsArray().Select(r => r!["id"]!.GetValue<Guid>()).Intersect(rest["items"]!.AsArray().Select(r => r!["id"]!.GetValue<Guid>())));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_limit_above_the_maximum_is_a_400(string database)
    {
        var (client, id, _, _) = await ArrangeAsync(apps, database);

        using var response = await client.GetAsync($"/api/v1/events/{id}/requirements?limit=5000");

        Assert.Equal(["limit"], ApiClient.Fields(await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Deleting_a_requirement_of_another_event_is_a_404(string database)
    {
        var (client, id, site, _) = await ArrangeAsync(apps, database);
        var other = await client.ImportAsync(TestScenario.Small());
        var requirement = (await client.GetObjectAsync($"/api/v1/events/{id}/requirements?siteId={site}"))["items"]![0]!["id"]!.GetValue<Guid>();

        using var response = await client.DeleteAsync($"/api/v1/events/{other}/requirements/{requirement}");

        await ApiClient.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(5, (await client.GetObjectAsync($"/api/v1/events/{id}/requirements"))["total"]!.GetValue<int>());
    }
}
