using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Tests.Shared;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Api;

public sealed class SitesApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_new_site_is_created_and_listed(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        using var response = await client.PostAsJsonAsync($"/api/v1/events/{id}/sites",
            new { code = "BCY", name = "Bercy Arena", kind = "venue", city = "Paris 12e", location = new { lat = 48.83863, lon = 2.37860 }, capacity = 15000 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var sites = await client.GetArrayAsync($"/api/v1/events/{id}/sites?kind=venue");
        Assert.Equal(["Bercy Arena", "Stade de France"], sites.Select(s => s!["name"]!.GetValue<string>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_latitude_off_the_globe_is_a_400_naming_location_lat_and_nothing_is_stored(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        using var response = await client.PostAsJsonAsync($"/api/v1/events/{id}/sites",
            new { code = "BAD", name = "Bad", kind = "venue", location = new { lat = 123.0, lon = 2.0 } });

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["location.lat"], ApiClient.Fields(problem));
        Assert.Equal(3, (await client.GetArrayAsync($"/api/v1/events/{id}/sites")).Count);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_sector_under_a_site_of_another_event_is_refused_on_parentId(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var mine = await client.ImportAsync(TestScenario.Small());
        var other = await client.ImportAsync(TestScenario.Small());
        var foreignParent = (await client.GetArrayAsync($"/api/v1/events/{other}/sites"))[0]!["id"]!.GetValue<Guid>();

        using var response = await client.PostAsJsonAsync($"/api/v1/events/{mine}/sites",
            new { code = "S1", name = "Sector", kind = "ceremony-sector", location = new { lat = 48.85, lon = 2.35 }, parentId = foreignParent });

        Assert.Equal(["parentId"], ApiClient.Fields(await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_code_already_used_in_the_event_is_a_409(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        using var response = await client.PostAsJsonAsync($"/api/v1/events/{id}/sites",
            new { code = "STA", name = "Another", kind = "venue", location = new { lat = 48.9, lon = 2.3 } });

        await ApiClient.ProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_site_with_requirements_cannot_be_deleted(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());
        var stade = (await client.GetArrayAsync($"/api/v1/events/{id}/sites?q=stade"))[0]!["id"]!.GetValue<Guid>();

        using var response = await client.DeleteAsync($"/api/v1/events/{id}/sites/{stade}");

        await ApiClient.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(3, (await client.GetArrayAsync($"/api/v1/events/{id}/sites")).Count);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_stale_version_on_update_is_a_409(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());
        var stade = (await client.GetArrayAsync($"/api/v1/events/{id}/sites?q=stade"))[0]!.AsObject();
        var change = new { code = "STA", name = "Stade de France (North)", kind = "venue", location = new { lat = 48.92448, lon = 2.36013 }, version = 0 };
        (await client.PutAsJsonAsync($"/api/v1/events/{id}/sites/{stade["id"]}", change)).EnsureSuccessStatusCode();

        using var late = await client.PutAsJsonAsync($"/api/v1/events/{id}/sites/{stade["id"]}", change with { name = "Late edit" });

        await ApiClient.ProblemAsync(late, HttpStatusCode.Conflict);
        Assert.Equal("Stade de France (North)", (await client.GetObjectAsync($"/api/v1/events/{id}/sites/{stade["id"]}"))["name"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task GeoJson_gives_longitude_first_and_closes_sector_outlines(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        var geo = await client.GetObjectAsync($"/api/v1/events/{id}/sites/geojson");

        Assert.Equal("FeatureCollection", geo["type"]!.GetValue<string>());
        var features = geo["features"]!.AsArray();
        var stade = features.First(f => f!["properties"]!["code"]!.GetValue<string>() == "STA" && f["geometry"]!["type"]!.GetValue<string>() == "Point")!;
        Assert.Equal([2.36013, 48.92448], stade["geometry"]!["coordinates"]!.AsArray().Select(c => c!.GetValue<double>()));
        var outline = features.First(f => f!["geometry"]!["type"]!.GetValue<string>() == "Polygon")!["geometry"]!["coordinates"]![0]!.AsArray();
        Assert.Equal(4, outline.Count);
        Assert.Equal(outline[0]!.ToJsonString(), outline[3]!.ToJsonString());
        Assert.Equal("SEINE", features.First(f => f!["properties"]!["code"]!.GetValue<string>() == "SEINE-01")!["properties"]!["parent"]!.GetValue<string>());
    }

    [Fact]
    public async Task GeoJson_is_served_as_geo_json_with_anticlockwise_outer_rings_and_passes_an_outside_checker()
    {
        // Issue 13, point 8. One outline drawn clockwise (as the Paris data are) and one anticlockwise.
        var client = await (await apps.GetAsync(Databases.Sqlite)).ClientAsync(Roles.HostCoordinator);
        var file = TestScenario.Small();
        var clockwise = file.Sites.First(s => s.Area is not null);
        var anticlockwise = clockwise with { Code = "SEINE-02", Area = [.. clockwise.Area!.Reverse()] };
        var id = await client.ImportAsync(file with { Sites = [.. file.Sites, anticlockwise] });

        using var response = await client.GetAsync($"/api/v1/events/{id}/sites/geojson");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var rings = JsonNode.Parse(text)!["features"]!.AsArray().Where(f => f!["geometry"]!["type"]!.GetValue<string>() == "Polygon")
            .Select(f => f!["geometry"]!["coordinates"]![0]!.AsArray().Select(p => (Lon: p![0]!.GetValue<double>(), Lat: p[1]!.GetValue<double>())).ToList()).ToList();
        Assert.Equal(2, rings.Count);
        Assert.All(rings, ring => Assert.True(
            ring.Zip(ring.Skip(1), (a, b) => (a.Lon * b.Lat) - (b.Lon * a.Lat)).Sum() > 0, "the outer ring runs anticlockwise (RFC 7946, section 3.1.6)"));

        var checker = NodeTools.Package("@placemarkio/check-geojson");
        var folder = Directory.CreateTempSubdirectory("concordia-geojson-").FullName;
        try
        {
            var geojson = Path.Combine(folder, "sites.geojson");
            var script = Path.Combine(folder, "check.js");
            await File.WriteAllTextAsync(geojson, text);
            await File.WriteAllTextAsync(script, """
                const { getIssues } = require(process.argv[2]);
                const issues = getIssues(require('fs').readFileSync(process.argv[3], 'utf8'));
                if (issues.length > 0) { console.error(JSON.stringify(issues)); process.exit(1); }
                """);
            await ExternalTool.RunAsync(ExternalTool.Require("node", "nodejs"), script, checker, geojson);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
