using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Data.Scenarios;
using Concordia.Data.Scenarios.Format;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Api;

public sealed class ScenariosApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Export_of_an_imported_scenario_reimports_to_the_same_document(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var original = TestScenario.Small();
        var id = await client.ImportAsync(original);

        var exported = ScenarioReader.Read(await client.GetStringAsync($"/api/v1/events/{id}/scenario")).Value;

        Assert.Equal(Normalise(original), Normalise(exported));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_broken_scenario_is_refused_with_every_path_and_nothing_is_stored(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var code = TestScenario.Code();
        var good = TestScenario.Small(code);
        var broken = good with
        {
            Sites = [.. good.Sites.Take(2), good.Sites[2] with { Parent = "NOWHERE" }],
            Requirements = [.. good.Requirements, good.Requirements[0] with { Site = "XYZ", Start = "2024-07-26T08:00", End = "2024-07-26T07:00" }],
        };

        using var response = await client.PostAsync("/api/v1/scenarios", new StringContent(TestScenario.Json(broken), Encoding.UTF8, "application/json"));

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("sites[2].parent", ApiClient.Fields(problem));
        Assert.Contains("requirements[5].site", ApiClient.Fields(problem));
        Assert.DoesNotContain(await client.GetArrayAsync("/api/v1/events"), e => e!["code"]!.GetValue<string>() == code);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Importing_an_existing_code_is_a_409_unless_replace_is_asked(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var code = TestScenario.Code();
        var first = await client.ImportAsync(TestScenario.Small(code));
        var changed = TestScenario.Small(code) with { Requirements = [TestScenario.Small().Requirements[0]] };
        var body = TestScenario.Json(changed);

        using var refused = await client.PostAsync("/api/v1/scenarios", new StringContent(body, Encoding.UTF8, "application/json"));
        await ApiClient.ProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal(5, (await client.GetObjectAsync($"/api/v1/events/{first}/requirements"))["total"]!.GetValue<int>());

        using var replaced = await client.PostAsync("/api/v1/scenarios?replace=true", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, replaced.StatusCode);
        var id = JsonNode.Parse(await replaced.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        Assert.Equal(1, (await client.GetObjectAsync($"/api/v1/events/{id}/requirements"))["total"]!.GetValue<int>());
        await ApiClient.ProblemAsync(await client.GetAsync($"/api/v1/events/{first}"), HttpStatusCode.NotFound);
    }

    /// <summary>Both documents as the app would write them, with the requirement order made canonical.</summary>
    private static string Normalise(ScenarioFile file)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(file.Event.TimeZone);
        var requirements = file.Requirements
            .Select(r => r with { Start = ScenarioTimes.Parse(r.Start, zone, "").Value.ToString("O"), End = ScenarioTimes.Parse(r.End, zone, "").Value.ToString("O") })
            .OrderBy(r => r.Start, StringComparer.Ordinal).ThenBy(r => r.Site, StringComparer.Ordinal).ThenBy(r => r.Capability, StringComparer.Ordinal)
            .ThenBy(r => r.AlertLevel, StringComparer.Ordinal).ToList();
        var canonical = file with
        {
            Schema = null,
            Agencies = [.. (file.Agencies ?? []).OrderBy(a => a.Code, StringComparer.Ordinal)],
            Capabilities = [.. file.Capabilities.OrderBy(c => c.Code, StringComparer.Ordinal)],
            Sites = [.. file.Sites.OrderBy(s => s.Code, StringComparer.Ordinal)],
            Requirements = requirements,
        };
        return JsonSerializer.Serialize(canonical, ScenarioJson.Options);
    }
}
