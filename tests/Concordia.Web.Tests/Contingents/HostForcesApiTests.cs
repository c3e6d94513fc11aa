using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Data.Rosters;
using Concordia.Domain.Contingents;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Rosters;

namespace Concordia.Web.Tests.Contingents;

/// <summary>
/// The host's own forces: a host agency's roster imported with the contingents' format and rules (units and canine
/// teams included), kept out of the foreign contingents' views and hidden from liaisons.
/// </summary>
public sealed class HostForcesApiTests(Apps apps)
{
    private static RosterEntry Gendarme(string number, string family, string? unit, CanineDetails? dog = null) =>
        new(number, family, "Camille", "Maréchal des logis-chef", "Gendarmerie nationale", dog is null ? "patrol" : "k9",
            [new("fr", LanguageLevel.Native), new("en", LanguageLevel.B1)], [], true, WeaponAuthorisation.Granted, ["B"], new DateOnly(1987, 2, 11),
            null, null, dog, null, unit);

    private static readonly CanineDetails Dog = new("Uranus", "Berger belge malinois", DetectionSpeciality.Explosives, TestRoster.Vaccinated, "FR250268500012345");

    private static IReadOnlyList<RosterEntry> Squadron =>
    [
        Gendarme("GN-100001", "Lefèvre", "EGM 17/7"),
        Gendarme("GN-100002", "Moreau", "EGM 17/7"),
        Gendarme("GN-100003", "Garnier", "Groupe cynophile 75", Dog),
    ];

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_host_agency_roster_previews_then_imports_its_members_units_and_dog_teams_and_a_second_import_changes_nothing(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        var planner = await world.App.ClientAsync(Roles.Planner);
        var agency = await AgencyAsync(world, "pn");
        var file = await RosterSamples.Csv(Squadron, RosterLanguage.French);

        var preview = await PostAsync(planner, world, agency, file, commit: false);
        var beforeCommit = await MembersAsync(planner, world, agency);
        var imported = await PostAsync(planner, world, agency, file, commit: true);
        var again = await PostAsync(planner, world, agency, file, commit: true);
        var members = await MembersAsync(planner, world, agency);
        var summary = (await planner.GetArrayAsync($"/api/v1/events/{world.EventId}/host-forces")).Single(a => a!["agencyId"]!.GetValue<Guid>() == agency)!;

        Assert.Equal(3, preview["plan"]!["created"]!.GetValue<int>());
        Assert.Equal(0, beforeCommit["total"]!.GetValue<int>());
        Assert.Equal((3, 2), (imported["created"]!.GetValue<int>(), imported["unitsCreated"]!.GetValue<int>()));
        Assert.Equal((0, 3, 0), (again["created"]!.GetValue<int>(), again["unchanged"]!.GetValue<int>(), again["unitsCreated"]!.GetValue<int>()));
        Assert.Equal(3, members["total"]!.GetValue<int>());
        Assert.Equal("Uranus", members["members"]!.AsArray().Single(m => m!["personnelNumber"]!.GetValue<string>() == "GN-100003")!["dogName"]!.GetValue<string>());
        Assert.Equal(["EGM 17/7", "EGM 17/7", "Groupe cynophile 75"], members["members"]!.AsArray().Select(m => m!["unit"]!.GetValue<string>()).Order());
        Assert.Equal((3, 1, 2), (summary["members"]!.GetValue<int>(), summary["canineTeams"]!.GetValue<int>(), summary["units"]!.GetValue<int>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_bad_host_roster_is_refused_by_row_and_column_and_nothing_is_written(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        var coordinator = world.Coordinator;
        var agency = await AgencyAsync(world, "pn");
        var file = await RosterSamples.Csv([Gendarme("GN-1", "Lefèvre", null), Gendarme("GN-2", "Moreau", null) with { CapabilityCode = "nope" }]);

        using var refused = await Upload(coordinator, world, agency, file, commit: true);
        var problem = await ApiClient.ProblemAsync(refused, HttpStatusCode.BadRequest);
        var members = await MembersAsync(coordinator, world, agency);

        Assert.Contains(ApiClient.Fields(problem), f => f.StartsWith("row 3, column", StringComparison.Ordinal));
        Assert.Equal(0, members["total"]!.GetValue<int>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Host_members_stay_out_of_contingent_views_and_liaisons_never_see_them(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        var agency = await AgencyAsync(world, "pn");
        await PostAsync(world.Coordinator, world, agency, await RosterSamples.Csv(Squadron), commit: true);
        var hostMember = (await MembersAsync(world.Coordinator, world, agency))["members"]!.AsArray()[0]!["id"]!.GetValue<Guid>();
        var liaison = await world.LiaisonAsync("PL");

        var asHostCountry = await world.Coordinator.GetArrayAsync($"/api/v1/events/{world.EventId}/countries/FR/members");
        var vetting = await (await world.VettingAsync()).GetFromJsonAsync<JsonNode>($"/api/v1/events/{world.EventId}/accreditations", TestContext.Current.CancellationToken);
        using var byId = await liaison.GetAsync($"/api/v1/members/{hostMember}", TestContext.Current.CancellationToken);
        using var list = await liaison.GetAsync($"/api/v1/events/{world.EventId}/agencies/{agency}/members", TestContext.Current.CancellationToken);

        Assert.Empty(asHostCountry);
        Assert.DoesNotContain(hostMember.ToString(), vetting!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_planner_reports_leave_for_a_host_member(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        var planner = await world.App.ClientAsync(Roles.Planner);
        var agency = await AgencyAsync(world, "pn");
        await PostAsync(planner, world, agency, await RosterSamples.Csv(Squadron), commit: true);
        var member = (await MembersAsync(planner, world, agency))["members"]!.AsArray()[0]!["id"]!.GetValue<Guid>();
        var from = new DateTimeOffset(world.Start.ToDateTime(new TimeOnly(0, 0)), TimeSpan.FromHours(2));

        using var reported = await planner.PostAsJsonAsync($"/api/v1/members/{member}/absences",
            new { kind = "leave", from, to = from.AddDays(2), note = "congés" }, TestContext.Current.CancellationToken);
        var absences = await planner.GetArrayAsync($"/api/v1/members/{member}/absences");

        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        Assert.Single(absences);
    }

    private static async Task<Guid> AgencyAsync(ContingentWorld world, string code) =>
        (await world.Coordinator.GetArrayAsync($"/api/v1/events/{world.EventId}/agencies")).First(a => a!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<Guid>();

    private static async Task<JsonObject> MembersAsync(HttpClient client, ContingentWorld world, Guid agency) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/v1/events/{world.EventId}/agencies/{agency}/members?take=500", TestContext.Current.CancellationToken))!;

    private static Task<HttpResponseMessage> Upload(HttpClient client, ContingentWorld world, Guid agency, byte[] file, bool commit)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return client.PostAsync($"/api/v1/events/{world.EventId}/agencies/{agency}/roster{(commit ? "" : "/preview")}?fileName=roster.csv", content,
            TestContext.Current.CancellationToken);
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, ContingentWorld world, Guid agency, byte[] file, bool commit)
    {
        using var response = await Upload(client, world, agency, file, commit);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }
}
