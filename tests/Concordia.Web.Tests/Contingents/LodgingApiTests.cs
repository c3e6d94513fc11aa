using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Rosters;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Contingents;

/// <summary>Units and lodging through the API (issue 5): a unit lodges whole, beds are counted night by night, shortfalls are flagged.</summary>
public sealed class LodgingApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Allocation_keeps_a_unit_in_one_site_and_flags_members_without_a_bed_and_nights_over_capacity(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await ContingentWorld.CreateAsync(app);
        await world.ImportAsync("PL", await RosterSamples.Csv([.. TestRoster.Three, TestRoster.Pawel with { PersonnelNumber = "PL-KGP-0004", FamilyName = "Nowak", DocumentNumber = "ED4444444" }]));
        var members = (await world.MembersAsync("PL")).ToDictionary(m => m!["personnelNumber"]!.GetValue<string>(), m => m!["id"]!.GetValue<Guid>());
        var liaison = await world.LiaisonAsync("PL");
        using var unit = await liaison.PostAsJsonAsync($"/api/v1/events/{world.EventId}/countries/PL/units",
            new { name = "Patrol pair", memberIds = new[] { members["PL-KGP-0001"], members["PL-KGP-0002"] }, leaderId = members["PL-KGP-0001"] });
        var (first, last) = (world.Start.AddDays(-1), world.End);
        var big = await CreateSiteAsync(world, "PAIR", 2, first, last);
        await CreateSiteAsync(world, "SINGLE", 1, first, last);

        var allocated = await (await world.Coordinator.PostAsync($"/api/v1/events/{world.EventId}/lodging/allocate", null)).Content.ReadFromJsonAsync<JsonObject>();
        var board = await world.Coordinator.GetObjectAsync($"/api/v1/events/{world.EventId}/lodging");
        var sites = await SitesOfAsync(app, [members["PL-KGP-0001"], members["PL-KGP-0002"]]);
        using var squeezed = await world.Coordinator.PutAsJsonAsync($"/api/v1/events/{world.EventId}/accommodation/{big["id"]}", new
        {
            code = "PAIR", name = "Site PAIR", beds = 2, firstNight = first, lastNight = last,
            exceptions = new[] { new { night = world.Start, beds = 1 } }, version = big["version"]!.GetValue<int>(),
        });
        var after = await world.Coordinator.GetObjectAsync($"/api/v1/events/{world.EventId}/lodging");
        using var byLiaison = await liaison.PostAsync($"/api/v1/events/{world.EventId}/lodging/allocate", null);

        Assert.Equal(HttpStatusCode.Created, unit.StatusCode);
        Assert.Equal((3, 1), (allocated!["placed"]!.GetValue<int>(), allocated["unplaced"]!.GetValue<int>()));
        Assert.Equal([big["id"]!.GetValue<Guid>()], sites.Distinct());
        Assert.Equal((4, 1), (board["membersNeedingBeds"]!.GetValue<int>(), board["membersWithoutBed"]!.GetValue<int>()));
        Assert.Equal(1, board["withoutBedByCountry"]!["PL"]!.GetValue<int>());
        Assert.All(board["unassigned"]!.AsArray().Zip(board["nights"]!.AsArray().Select(n => DateOnly.Parse(n!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))),
            p => Assert.Equal(p.Second >= first && p.Second <= last ? 1 : 0, p.First!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.OK, squeezed.StatusCode);
        var pair = after["sites"]!.AsArray().Single(s => s!["code"]!.GetValue<string>() == "PAIR")!;
        Assert.Equal([world.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], pair["overCapacity"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Empty(after["sites"]!.AsArray().Single(s => s!["code"]!.GetValue<string>() == "SINGLE")!["overCapacity"]!.AsArray());
        await ApiClient.ProblemAsync(byLiaison, HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_unit_has_its_leader_among_its_members_and_stays_within_its_contingent(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        await world.ImportAsync("PL", await RosterSamples.Csv(TestRoster.Three));
        var ids = (await world.MembersAsync("PL")).Select(m => m!["id"]!.GetValue<Guid>()).ToList();
        var liaison = await world.LiaisonAsync("PL");

        using var leaderOutside = await liaison.PostAsJsonAsync($"/api/v1/events/{world.EventId}/countries/PL/units",
            new { name = "Section 1", memberIds = ids.Take(2), leaderId = ids[2] });
        using var created = await liaison.PostAsJsonAsync($"/api/v1/events/{world.EventId}/countries/PL/units",
            new { name = "Section 1", memberIds = ids, leaderId = ids[2] });
        var unit = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        using var asGerman = await (await world.LiaisonAsync("DE")).GetAsync($"/api/v1/units/{unit["id"]}");
        using var germanMember = await (await world.LiaisonAsync("DE")).PostAsJsonAsync($"/api/v1/events/{world.EventId}/countries/DE/members",
            new { familyName = "Weiß", givenName = "Tobias", capabilityId = world.Patrol });
        var germanId = (await germanMember.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        using var foreign = await liaison.PutAsJsonAsync($"/api/v1/units/{unit["id"]}",
            new { name = "Section 1", memberIds = ids.Append(germanId), version = unit["version"]!.GetValue<int>() });
        using var dissolved = await liaison.DeleteAsync($"/api/v1/units/{unit["id"]}");

        Assert.Equal(["leaderId"], ApiClient.Fields(await ApiClient.ProblemAsync(leaderOutside, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(3, unit["memberIds"]!.AsArray().Count);
        await ApiClient.ProblemAsync(asGerman, HttpStatusCode.NotFound);
        Assert.Equal(["memberIds[3]"], ApiClient.Fields(await ApiClient.ProblemAsync(foreign, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.NoContent, dissolved.StatusCode);
        Assert.All(await world.MembersAsync("PL"), m => Assert.Null(m!["unitId"]?.GetValue<Guid>()));
        Assert.Equal(3, (await world.MembersAsync("PL")).Count);
    }

    private static async Task<JsonObject> CreateSiteAsync(ContingentWorld world, string code, int beds, DateOnly first, DateOnly last)
    {
        using var response = await world.Coordinator.PostAsJsonAsync($"/api/v1/events/{world.EventId}/accommodation",
            new { code, name = $"Site {code}", beds, firstNight = first, lastNight = last });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body?.ToJsonString());
        return body!;
    }

    private static async Task<List<Guid>> SitesOfAsync(ConcordiaApp app, IReadOnlyList<Guid> members)
    {
        await using var system = new SystemDb(app.Services);
        return await system.Db.LodgingAssignments.Where(a => members.Contains(a.MemberId)).Select(a => a.SiteId).ToListAsync();
    }
}
