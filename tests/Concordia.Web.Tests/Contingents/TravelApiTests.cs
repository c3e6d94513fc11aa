using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Rosters;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Contingents;

/// <summary>Travel, the arrivals board and check-in through the API (issue 5), with the status board's "arrived".</summary>
public sealed class TravelApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_group_journey_lands_on_the_arrivals_board_by_the_events_local_day(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        await world.ImportAsync("PL", await RosterSamples.Csv(TestRoster.Three));
        var ids = (await world.MembersAsync("PL")).OrderBy(m => m!["personnelNumber"]!.GetValue<string>()).Select(m => m!["id"]!.GetValue<Guid>()).ToList();
        var liaison = await world.LiaisonAsync("PL");
        var eve = world.Start.AddDays(-1);
        // 23:30 in Paris (UTC+1 or +2) is still the eve there, though it may be the next day nowhere else; 00:30 is the first day.
        var late = new DateTimeOffset(eve.ToDateTime(new TimeOnly(23, 30)), Offset(eve));
        var early = new DateTimeOffset(world.Start.ToDateTime(new TimeOnly(0, 30)), Offset(world.Start));

        using var group = await liaison.PostAsJsonAsync($"/api/v1/events/{world.EventId}/countries/PL/travel", new
        {
            memberIds = ids.Take(2),
            arrival = new { at = late, place = "Paris-Charles de Gaulle airport", reference = "LO 333" },
            departure = new { at = late.AddDays(12), place = "Paris-Charles de Gaulle airport", reference = "LO 334" },
        });
        using var single = await liaison.PostAsJsonAsync($"/api/v1/events/{world.EventId}/countries/PL/travel", new
        {
            memberIds = ids.Skip(2),
            arrival = new { at = early, place = "Paris Gare de l'Est", reference = "TGV 9574" },
        });
        using var backwards = await liaison.PostAsJsonAsync($"/api/v1/events/{world.EventId}/countries/PL/travel", new
        {
            memberIds = ids,
            arrival = new { at = early, place = "Paris Gare de l'Est" },
            departure = new { at = early.AddHours(-1), place = "Paris Gare de l'Est" },
        });
        var board = await world.Coordinator.GetObjectAsync($"/api/v1/events/{world.EventId}/arrivals");

        Assert.Equal(HttpStatusCode.OK, group.StatusCode);
        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        Assert.Equal(["departure.at"], ApiClient.Fields(await ApiClient.ProblemAsync(backwards, HttpStatusCode.BadRequest)));
        var days = board["days"]!.AsArray().ToDictionary(d => d!["day"]!.GetValue<string>(), d => d!);
        Assert.Equal(2, days[Iso(eve)]["expected"]!.GetValue<int>());
        Assert.Equal(1, days[Iso(world.Start)]["expected"]!.GetValue<int>());
        var flight = days[Iso(eve)]["groups"]!.AsArray().Single()!;
        Assert.Equal(("23:30", "LO 333", 2), (flight["localTime"]!.GetValue<string>(), flight["reference"]!.GetValue<string>(), flight["members"]!.GetValue<int>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Checked_in_members_of_active_commitments_count_as_arrived_on_the_status_board_and_on_the_contingent(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await ContingentWorld.CreateAsync(app);
        await world.ImportAsync("PL", await RosterSamples.Csv(TestRoster.Three));
        var members = await world.MembersAsync("PL");
        var extra = await AddMemberWithoutCommitmentAsync(world);
        await world.DecideAsync("accredit", [.. members.Select(m => m!["id"]!.GetValue<Guid>()), extra]);
        await world.DecideAsync("issue-badge", [.. members.Select(m => m!["id"]!.GetValue<Guid>()), extra]);
        var desk = world.Coordinator;
        foreach (var m in members)
        {
            (await desk.PostAsJsonAsync($"/api/v1/members/{m!["id"]}/check-in", new { place = "Reception desk" })).EnsureSuccessStatusCode();
        }

        using var twice = await desk.PostAsJsonAsync($"/api/v1/members/{members[0]!["id"]}/check-in", new { place = "Reception desk" });
        (await desk.PostAsJsonAsync($"/api/v1/members/{extra}/check-in", new { place = "Reception desk" })).EnsureSuccessStatusCode();
        var board = await (await app.ClientAsync(Roles.Observer)).GetObjectAsync($"/api/v1/events/{world.EventId}/status-board?by=capability");
        var contingent = await world.Coordinator.GetObjectAsync($"/api/v1/events/{world.EventId}/countries/PL/contingent");
        using var undone = await desk.DeleteAsync($"/api/v1/members/{members[0]!["id"]}/check-in");
        var afterUndo = await world.Coordinator.GetObjectAsync($"/api/v1/events/{world.EventId}/status-board");

        Assert.Equal(["member"], ApiClient.Fields(await ApiClient.ProblemAsync(twice, HttpStatusCode.BadRequest)));
        var rows = board["rows"]!.AsArray().ToDictionary(r => r!["key"]!.GetValue<Guid>(), r => r!["arrived"]!.GetValue<int>());
        Assert.Equal((2, 1), (rows[world.Patrol], rows[world.Canine]));
        Assert.Equal(3, board["total"]!["arrived"]!.GetValue<int>());
        Assert.Equal((22, 24, 21, 3), (contingent["total"]!["committed"]!.GetValue<int>(), contingent["total"]!["members"]!.GetValue<int>(),
            contingent["total"]!["inCommitment"]!.GetValue<int>(), contingent["total"]!["arrived"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Equal(2, afterUndo["total"]!["arrived"]!.GetValue<int>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_site_commander_checks_in_by_badge_only_while_the_badge_is_valid(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await ContingentWorld.CreateAsync(app);
        await world.ImportAsync("PL", await RosterSamples.Csv([TestRoster.Malgorzata, TestRoster.Pawel]));
        var ids = (await world.MembersAsync("PL")).OrderBy(m => m!["personnelNumber"]!.GetValue<string>()).Select(m => m!["id"]!.GetValue<Guid>()).ToList();
        await world.DecideAsync("accredit", ids);
        await world.DecideAsync("issue-badge", ids);
        await world.DecideAsync("revoke-badge", [ids[1]], "Lost.");
        var tokens = await TokensAsync(app, ids);
        var commander = await world.CommanderAsync();

        using var byId = await commander.PostAsJsonAsync($"/api/v1/members/{ids[0]}/check-in", new { place = "Stade de France" });
        using var byBadge = await commander.PostAsJsonAsync($"/api/v1/badges/{tokens[ids[0]]}/check-in", new { place = "Stade de France" });
        using var revoked = await commander.PostAsJsonAsync($"/api/v1/badges/{tokens[ids[1]]}/check-in", new { place = "Stade de France" });
        using var byLiaison = await (await world.LiaisonAsync("PL")).PostAsJsonAsync($"/api/v1/badges/{tokens[ids[0]]}/check-in", new { place = "Stade de France" });

        await ApiClient.ProblemAsync(byId, HttpStatusCode.NotFound);
        var checkedIn = await byBadge.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.OK, byBadge.StatusCode);
        Assert.Equal("Stade de France", checkedIn!["checkInPlace"]!.GetValue<string>());
        Assert.Contains("revoked", (await ApiClient.ProblemAsync(revoked, HttpStatusCode.BadRequest)).ToJsonString(), StringComparison.Ordinal);
        await ApiClient.ProblemAsync(byLiaison, HttpStatusCode.Forbidden);
    }

    private static async Task<Guid> AddMemberWithoutCommitmentAsync(ContingentWorld world)
    {
        var liaison = await world.LiaisonAsync("PL");
        var patrolPlaces = 20;
        Guid last = default;
        // Fill the patrol commitment, so that the last member has no commitment with room.
        for (var i = 0; i <= patrolPlaces; i++)
        {
            using var created = await liaison.PostAsJsonAsync($"/api/v1/events/{world.EventId}/countries/PL/members",
                new { familyName = "Nowak", givenName = "Jan " + (char)('A' + i), capabilityId = world.Patrol, personnelNumber = $"PL-X-{i:D3}" });
            var body = await created.Content.ReadFromJsonAsync<JsonObject>();
            Assert.True(created.StatusCode == HttpStatusCode.Created, body?.ToJsonString());
            last = body!["id"]!.GetValue<Guid>();
            Assert.Equal(i < patrolPlaces - 2, body["commitmentId"] is not null);
        }

        return last;
    }

    private static async Task<Dictionary<Guid, string>> TokensAsync(ConcordiaApp app, IReadOnlyList<Guid> members)
    {
        await using var system = new SystemDb(app.Services);
        return await system.Db.Badges.Where(b => members.Contains(b.MemberId)).ToDictionaryAsync(b => b.MemberId, b => b.Token);
    }

    private static TimeSpan Offset(DateOnly day) =>
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris").GetUtcOffset(day.ToDateTime(new TimeOnly(12, 0)));

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
