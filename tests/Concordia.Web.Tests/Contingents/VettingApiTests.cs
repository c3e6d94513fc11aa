using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Rosters;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Contingents;

/// <summary>Vetting and accreditation through the API (issue 5): who decides, all-or-nothing bulk steps, badges and their verification.</summary>
public sealed class VettingApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Only_vetting_officers_decide_and_the_liaison_sees_each_members_status(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        await world.ImportAsync("PL", await RosterSamples.Csv(TestRoster.Three));
        var ids = (await world.MembersAsync("PL")).OrderBy(m => m!["personnelNumber"]!.GetValue<string>()).Select(m => m!["id"]!.GetValue<Guid>()).ToList();

        using var byLiaison = await (await world.LiaisonAsync("PL")).PostAsJsonAsync($"/api/v1/events/{world.EventId}/accreditations/decisions",
            new { action = "accredit", memberIds = ids });
        using var byCoordinator = await world.Coordinator.PostAsJsonAsync($"/api/v1/events/{world.EventId}/accreditations/decisions",
            new { action = "accredit", memberIds = ids });
        await world.DecideAsync("accredit", [ids[0]]);
        await world.DecideAsync("start-review", [ids[1]]);
        await world.DecideAsync("refuse", [ids[2]], "The passport expires during the deployment.");
        var statuses = (await world.MembersAsync("PL")).OrderBy(m => m!["personnelNumber"]!.GetValue<string>())
            .Select(m => (m!["accreditation"]!["status"]!.GetValue<string>(), m["accreditation"]!["refusalReason"]?.GetValue<string>())).ToList();
        var overview = await world.Coordinator.GetObjectAsync($"/api/v1/events/{world.EventId}/vetting");

        await ApiClient.ProblemAsync(byLiaison, HttpStatusCode.Forbidden);
        await ApiClient.ProblemAsync(byCoordinator, HttpStatusCode.Forbidden);
        Assert.Equal([("accredited", null), ("under-review", null), ("refused", "The passport expires during the deployment.")], statuses);
        var poland = overview["countries"]!.AsArray().Single(c => c!["country"]!.GetValue<string>() == "PL")!;
        Assert.Equal((0, 1, 1, 1, 1), (poland["submitted"]!.GetValue<int>(), poland["underReview"]!.GetValue<int>(), poland["accredited"]!.GetValue<int>(),
            poland["refused"]!.GetValue<int>(), poland["waiting"]!.GetValue<int>()));
        Assert.NotNull(poland["medianDaysToDecision"]?.GetValue<double>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_bulk_step_that_one_member_cannot_take_changes_no_member_and_names_the_one(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        await world.ImportAsync("PL", await RosterSamples.Csv(TestRoster.Three));
        var ids = (await world.MembersAsync("PL")).Select(m => m!["id"]!.GetValue<Guid>()).ToList();
        await world.DecideAsync("accredit", ids.Take(2));

        using var response = await (await world.VettingAsync()).PostAsJsonAsync($"/api/v1/events/{world.EventId}/accreditations/decisions",
            new { action = "issue-badge", memberIds = ids });
        using var noReason = await (await world.VettingAsync()).PostAsJsonAsync($"/api/v1/events/{world.EventId}/accreditations/decisions",
            new { action = "refuse", memberIds = ids.Skip(2) });

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["memberIds[2].status"], ApiClient.Fields(problem));
        Assert.Equal(["reason"], ApiClient.Fields(await ApiClient.ProblemAsync(noReason, HttpStatusCode.BadRequest)));
        Assert.All(await world.MembersAsync("PL"), m => Assert.Null(m!["accreditation"]!["badge"]));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_badge_renders_and_its_code_verifies_valid_then_revoked_for_a_site_commander_and_for_nobody_else(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await ContingentWorld.CreateAsync(app);
        await world.ImportAsync("PL", await RosterSamples.Csv([TestRoster.Malgorzata]));
        var id = (await world.MembersAsync("PL"))[0]!["id"]!.GetValue<Guid>();
        await world.DecideAsync("accredit", [id]);
        var issued = await world.DecideAsync("issue-badge", [id]);
        var vetting = await world.VettingAsync();

        using var pdf = await vetting.GetAsync($"/api/v1/members/{id}/badge.pdf");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var token = await BadgeTokenAsync(app, id);
        var commander = await world.CommanderAsync();
        var valid = await commander.GetObjectAsync($"/api/v1/badges/{token}");
        using var asLiaison = await (await world.LiaisonAsync("PL")).GetAsync($"/api/v1/badges/{token}");
        using var asObserver = await (await app.ClientAsync(Roles.Observer)).GetAsync($"/api/v1/badges/{token}");
        using var anonymous = await app.CreateClient().GetAsync($"/api/v1/badges/{token}");
        using var unknown = await commander.GetAsync("/api/v1/badges/no-such-badge-token-at-all");
        await world.DecideAsync("revoke-badge", [id], "Reported lost.");
        var revoked = await commander.GetObjectAsync($"/api/v1/badges/{token}");

        Assert.Equal("PL-000001", issued["members"]![0]!["badgeNumber"]!.GetValue<string>());
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes[..4]));
        Assert.Equal(("valid", "Wiśniewska-Łęcka", "PL-000001"), (valid["verdict"]!.GetValue<string>(), valid["familyName"]!.GetValue<string>(), valid["badgeNumber"]!.GetValue<string>()));
        Assert.Equal(world.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), valid["validUntil"]!.GetValue<string>());
        Assert.DoesNotContain(valid.Select(p => p.Key), key => key is "dateOfBirth" or "documentNumber" or "phone" or "memberId" or "revocationReason");
        Assert.Equal("revoked", revoked["verdict"]!.GetValue<string>());
        await ApiClient.ProblemAsync(asLiaison, HttpStatusCode.Forbidden);
        await ApiClient.ProblemAsync(asObserver, HttpStatusCode.Forbidden);
        await ApiClient.ProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        await ApiClient.ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Changing_a_badged_members_identity_revokes_the_badge_and_sends_the_member_back_to_vetting(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        await world.ImportAsync("PL", await RosterSamples.Csv([TestRoster.Malgorzata, TestRoster.Pawel]));
        var ids = (await world.MembersAsync("PL")).Select(m => m!["id"]!.GetValue<Guid>()).ToList();
        await world.DecideAsync("accredit", ids);
        await world.DecideAsync("issue-badge", ids);

        var updated = await world.ImportAsync("PL", await RosterSamples.Csv([TestRoster.Malgorzata with { DocumentNumber = "EA7777777" }, TestRoster.Pawel with { Rank = "Aspirant" }]));
        var members = (await world.MembersAsync("PL")).ToDictionary(m => m!["personnelNumber"]!.GetValue<string>(), m => m!["accreditation"]!);

        Assert.Equal(1, updated["sentBackToVetting"]!.GetValue<int>());
        Assert.Equal("submitted", members["PL-KGP-0001"]["status"]!.GetValue<string>());
        Assert.NotNull(members["PL-KGP-0001"]["badge"]!["revokedAt"]?.GetValue<DateTime>());
        Assert.Equal("badge-issued", members["PL-KGP-0002"]["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refused_member_is_submitted_again_by_the_liaison_and_a_badged_member_cannot_be_deleted()
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(Databases.Sqlite));
        await world.ImportAsync("PL", await RosterSamples.Csv([TestRoster.Malgorzata, TestRoster.Pawel]));
        var ids = (await world.MembersAsync("PL")).OrderBy(m => m!["personnelNumber"]!.GetValue<string>()).Select(m => m!["id"]!.GetValue<Guid>()).ToList();
        await world.DecideAsync("refuse", [ids[0]], "Missing passport.");
        await world.DecideAsync("accredit", [ids[1]]);
        await world.DecideAsync("issue-badge", [ids[1]]);
        var liaison = await world.LiaisonAsync("PL");

        using var resubmitted = await liaison.PostAsync($"/api/v1/members/{ids[0]}/resubmit", null);
        using var deleted = await liaison.DeleteAsync($"/api/v1/members/{ids[1]}");

        Assert.Equal("submitted", (await resubmitted.Content.ReadFromJsonAsync<JsonObject>())!["accreditation"]!["status"]!.GetValue<string>());
        await ApiClient.ProblemAsync(deleted, HttpStatusCode.Conflict);
    }

    /// <summary>The token the badge's QR code carries (the browser test reads it from the printed code itself).</summary>
    private static async Task<string> BadgeTokenAsync(ConcordiaApp app, Guid memberId)
    {
        await using var system = new SystemDb(app.Services);
        return await system.Db.Badges.Where(b => b.MemberId == memberId && b.RevokedAt == null).Select(b => b.Token).SingleAsync();
    }
}
