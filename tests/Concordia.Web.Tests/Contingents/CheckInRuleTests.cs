using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Rosters;

namespace Concordia.Web.Tests.Contingents;

/// <summary>
/// Issue 12, point 5: the reception desk admits only accredited members with a badge valid today; anything else is an
/// explicit, reasoned, audited override by a coordinator, and a check-in can be taken back.
/// </summary>
public sealed class CheckInRuleTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Only_an_accredited_member_with_a_valid_badge_is_checked_in_and_the_refusal_says_why(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        var (submitted, accredited, revoked, badged) = await FourMembersAsync(world);

        using var never = await CheckInAsync(world.Coordinator, submitted);
        using var noBadge = await CheckInAsync(world.Coordinator, accredited);
        using var lost = await CheckInAsync(world.Coordinator, revoked);
        using var valid = await CheckInAsync(world.Coordinator, badged);

        Assert.Contains("was never accredited: the member is submitted", Detail(await ApiClient.ProblemAsync(never, HttpStatusCode.BadRequest)), StringComparison.Ordinal);
        Assert.Contains("has no badge yet", Detail(await ApiClient.ProblemAsync(noBadge, HttpStatusCode.BadRequest)), StringComparison.Ordinal);
        Assert.Contains("revoked", Detail(await ApiClient.ProblemAsync(lost, HttpStatusCode.BadRequest)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        var board = await world.Coordinator.GetObjectAsync($"/api/v1/events/{world.EventId}/countries/PL/contingent");
        Assert.Equal(1, board["total"]!["arrived"]!.GetValue<int>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_override_needs_a_coordinator_and_a_reason_is_audited_and_can_be_undone(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await ContingentWorld.CreateAsync(app);
        var (submitted, _, _, _) = await FourMembersAsync(world);
        var officer = await app.ClientAsync(Roles.HostAgencyOfficer, (await world.Coordinator.GetArrayAsync($"/api/v1/events/{world.EventId}/agencies"))[0]!["id"]!.ToString());

        using var byOfficer = await OverrideAsync(officer, submitted, "Badge being reprinted");
        using var withoutReason = await OverrideAsync(world.Coordinator, submitted, " ");
        using var overridden = await OverrideAsync(world.Coordinator, submitted, "Badge being reprinted; identity checked against the passport");
        var checkedIn = (await overridden.Content.ReadFromJsonAsync<JsonObject>())!;
        var audit = (await (await app.ClientAsync(Roles.Administrator)).GetObjectAsync($"/api/v1/audit?entityType=Member&entityId={submitted}"))["items"]![0]!;
        using var undone = await world.Coordinator.DeleteAsync($"/api/v1/members/{submitted}/check-in");
        var afterUndo = (await undone.Content.ReadFromJsonAsync<JsonObject>())!;

        await ApiClient.ProblemAsync(byOfficer, HttpStatusCode.Forbidden);
        Assert.Equal(["reason"], ApiClient.Fields(await ApiClient.ProblemAsync(withoutReason, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        Assert.Equal("Badge being reprinted; identity checked against the passport", checkedIn["checkInOverride"]!.GetValue<string>());
        Assert.Equal("Test HostCoordinator", checkedIn["checkedInBy"]!.GetValue<string>());
        var changes = JsonNode.Parse(audit["changes"]!.GetValue<string>())!;
        Assert.Equal("Badge being reprinted; identity checked against the passport", changes["CheckInOverride"]!["after"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Null(afterUndo["checkedInAt"]);
        Assert.Null(afterUndo["checkInOverride"]);
    }

    /// <summary>Four Polish members: still submitted, accredited without a badge, with a revoked badge, with a valid badge.</summary>
    private static async Task<(Guid Submitted, Guid Accredited, Guid Revoked, Guid Badged)> FourMembersAsync(ContingentWorld world)
    {
        await world.ImportAsync("PL", await RosterSamples.Csv([.. TestRoster.Three, TestRoster.Malgorzata with { PersonnelNumber = "PL-KGP-0004", DocumentNumber = "EA1234568" }]));
        var ids = (await world.MembersAsync("PL")).OrderBy(m => m!["personnelNumber"]!.GetValue<string>()).Select(m => m!["id"]!.GetValue<Guid>()).ToList();
        await world.DecideAsync("accredit", ids.Skip(1));
        await world.DecideAsync("issue-badge", ids.Skip(2));
        await world.DecideAsync("revoke-badge", [ids[2]], "Lost.");
        return (ids[0], ids[1], ids[2], ids[3]);
    }

    private static Task<HttpResponseMessage> CheckInAsync(HttpClient client, Guid member) =>
        client.PostAsJsonAsync($"/api/v1/members/{member}/check-in", new { place = "Reception desk" });

    private static Task<HttpResponseMessage> OverrideAsync(HttpClient client, Guid member, string reason) =>
        client.PostAsJsonAsync($"/api/v1/members/{member}/check-in/override", new { place = "Reception desk", reason });

    private static string Detail(JsonObject problem) => problem["detail"]!.GetValue<string>();
}
