using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Planning;

/// <summary>Absences withdrawn or ended early and sites opened again: each proposes a re-plan, is audited, and bad requests change nothing.</summary>
public sealed class UndoneChangesApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_liaison_withdrawing_an_absence_gets_a_replan_that_may_plan_the_member_again(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var first = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        (await world.PublishAsync(first)).EnsureSuccessStatusCode();
        var polish = await app.ClientAsync(Roles.CountryLiaison, "PL");
        var member = world.Polish[0];
        var absence = await ReportAsync(polish, member, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(60));

        using var withdrawn = await polish.PostAsJsonAsync($"/api/v1/members/{member}/absences/{absence}/withdrawal", new { });
        var body = (await withdrawn.Content.ReadFromJsonAsync<JsonObject>())!;
        var proposal = await world.FinishedAsync((await world.JobsAsync("absence withdrawn")).Single()["id"]!.GetValue<Guid>());
        var draft = await world.VersionAsync(proposal["versionId"]!.GetValue<Guid>());

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.True(body["withdrawn"]!.GetValue<bool>());
        Assert.True(body["replanProposed"]!.GetValue<bool>());
        Assert.Empty(await polish.GetArrayAsync($"/api/v1/members/{member}/absences"));
        Assert.Equal("done", proposal["state"]!.GetValue<string>());
        Assert.Contains("withdrawn", proposal["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(first, draft["version"]!["basedOnVersionId"]!.GetValue<Guid>());
        Assert.Equal(100.0, draft["version"]!["coveragePercent"]!.GetValue<double>());
        await using var system = new SystemDb(app.Services);
        Assert.True(await system.Db.AuditEntries.AnyAsync(a => a.EntityType == "Absence" && a.EntityId == absence.ToString() && a.Action == "Deleted"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_absence_ended_early_keeps_its_start_and_ends_when_the_member_is_back(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var planner = await world.PlannerAsync();
        var member = world.Polish[1];
        var from = DateTimeOffset.UtcNow.AddDays(31);
        var absence = await ReportAsync(planner, member, from, from.AddDays(10));
        var back = new DateTimeOffset(from.AddDays(3).UtcDateTime.Date, TimeSpan.Zero);

        using var ended = await planner.PostAsJsonAsync($"/api/v1/members/{member}/absences/{absence}/withdrawal", new { backAt = back });
        var body = (await ended.Content.ReadFromJsonAsync<JsonObject>())!;
        var stored = (await planner.GetArrayAsync($"/api/v1/members/{member}/absences")).Single()!;

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.False(body["withdrawn"]!.GetValue<bool>());
        Assert.False(body["replanProposed"]!.GetValue<bool>()); // no plan is published yet
        Assert.Equal(back, stored["to"]!.GetValue<DateTimeOffset>());
        Assert.Equal(from.ToUnixTimeSeconds(), stored["from"]!.GetValue<DateTimeOffset>().ToUnixTimeSeconds());
        await using var system = new SystemDb(app.Services);
        Assert.True(await system.Db.AuditEntries.AnyAsync(a => a.EntityType == "Absence" && a.EntityId == absence.ToString() && a.Action == "Updated"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Withdrawing_an_absence_that_is_unknown_foreign_or_given_a_bad_return_changes_nothing(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var planner = await world.PlannerAsync();
        var polish = await app.ClientAsync(Roles.CountryLiaison, "PL");
        var from = DateTimeOffset.UtcNow.AddDays(31);
        var own = await ReportAsync(polish, world.Polish[2], from, from.AddDays(2));
        var german = await ReportAsync(planner, world.German[0], from, from.AddDays(2));

        using var unknown = await polish.PostAsJsonAsync($"/api/v1/members/{world.Polish[2]}/absences/{Guid.NewGuid()}/withdrawal", new { });
        using var otherCountry = await polish.PostAsJsonAsync($"/api/v1/members/{world.German[0]}/absences/{german}/withdrawal", new { });
        using var otherMember = await polish.PostAsJsonAsync($"/api/v1/members/{world.Polish[3]}/absences/{own}/withdrawal", new { });
        using var beforeStart = await polish.PostAsJsonAsync($"/api/v1/members/{world.Polish[2]}/absences/{own}/withdrawal", new { backAt = from.AddHours(-1) });
        using var afterEnd = await polish.PostAsJsonAsync($"/api/v1/members/{world.Polish[2]}/absences/{own}/withdrawal", new { backAt = from.AddDays(3) });

        Assert.Contains("absence", (await ApiClient.ProblemAsync(unknown, HttpStatusCode.NotFound))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await ApiClient.ProblemAsync(otherCountry, HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(otherMember, HttpStatusCode.NotFound);
        Assert.Equal(["backAt"], ApiClient.Fields(await ApiClient.ProblemAsync(beforeStart, HttpStatusCode.BadRequest)));
        Assert.Equal(["backAt"], ApiClient.Fields(await ApiClient.ProblemAsync(afterEnd, HttpStatusCode.BadRequest)));
        Assert.Single(await planner.GetArrayAsync($"/api/v1/members/{world.German[0]}/absences"));
        var kept = (await polish.GetArrayAsync($"/api/v1/members/{world.Polish[2]}/absences")).Single()!;
        Assert.Equal(from.AddDays(2).ToUnixTimeSeconds(), kept["to"]!.GetValue<DateTimeOffset>().ToUnixTimeSeconds());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Opening_a_closed_site_again_proposes_a_replan_that_plans_it_and_a_closure_over_cannot_be_ended(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var first = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        (await world.PublishAsync(first)).EnsureSuccessStatusCode();
        var closures = $"/api/v1/events/{world.EventId}/sites/{world.World.SiteId}/closures";
        using var closed = await world.Coordinator.PostAsJsonAsync(closures, new { from = DateTimeOffset.UtcNow, reason = "suspicious package" });
        closed.EnsureSuccessStatusCode();
        var closure = (await closed.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var whileClosed = await world.FinishedAsync((await world.JobsAsync("site closed")).Single()["id"]!.GetValue<Guid>());
        var planner = await world.PlannerAsync();

        using var byPlanner = await planner.PostAsJsonAsync($"{closures}/{closure}/reopening", new { });
        using var reopened = await world.Coordinator.PostAsJsonAsync($"{closures}/{closure}/reopening", new { });
        var body = (await reopened.Content.ReadFromJsonAsync<JsonObject>())!;
        var proposal = await world.FinishedAsync((await world.JobsAsync("site reopened")).Single()["id"]!.GetValue<Guid>());
        await Task.Delay(10);
        using var again = await world.Coordinator.PostAsJsonAsync($"{closures}/{closure}/reopening", new { });
        using var unknown = await world.Coordinator.PostAsJsonAsync($"{closures}/{Guid.NewGuid()}/reopening", new { });

        Assert.Empty(await PlanningWorld.DutiesAsync(planner, whileClosed["versionId"]!.GetValue<Guid>()));
        Assert.Equal(HttpStatusCode.Forbidden, byPlanner.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.False(body["withdrawn"]!.GetValue<bool>());
        Assert.True(body["replanProposed"]!.GetValue<bool>());
        Assert.NotNull(body["closure"]!["until"]);
        Assert.Equal("done", proposal["state"]!.GetValue<string>());
        Assert.Equal(PlanningWorld.Needed * PlanningWorld.Days, (await PlanningWorld.DutiesAsync(planner, proposal["versionId"]!.GetValue<Guid>())).Count);
        Assert.Equal(["closureId"], ApiClient.Fields(await ApiClient.ProblemAsync(again, HttpStatusCode.BadRequest)));
        await ApiClient.ProblemAsync(unknown, HttpStatusCode.NotFound);
        await using var system = new SystemDb(app.Services);
        Assert.True(await system.Db.AuditEntries.AnyAsync(a => a.EntityType == "SiteClosure" && a.EntityId == closure.ToString() && a.Action == "Updated"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_closure_not_yet_begun_is_withdrawn_whole_and_a_reopening_after_its_end_is_refused(string database)
    {
        var world = await PlanningWorld.CreateAsync(await apps.GetAsync(database));
        var closures = $"/api/v1/events/{world.EventId}/sites/{world.World.SiteId}/closures";
        var from = DateTimeOffset.UtcNow.AddDays(1);
        using var later = await world.Coordinator.PostAsJsonAsync(closures, new { from, until = from.AddHours(4), reason = "VIP visit" });
        var closure = (await later.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();

        using var afterEnd = await world.Coordinator.PostAsJsonAsync($"{closures}/{closure}/reopening", new { at = from.AddHours(5) });
        using var past = await world.Coordinator.PostAsJsonAsync($"{closures}/{closure}/reopening", new { at = DateTimeOffset.UtcNow.AddHours(-2) });
        var unchanged = (await world.Coordinator.GetArrayAsync($"/api/v1/events/{world.EventId}/site-closures")).Single()!;
        using var withdrawn = await world.Coordinator.PostAsJsonAsync($"{closures}/{closure}/reopening", new { });
        var body = (await withdrawn.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(["at"], ApiClient.Fields(await ApiClient.ProblemAsync(afterEnd, HttpStatusCode.BadRequest)));
        Assert.Equal(["at"], ApiClient.Fields(await ApiClient.ProblemAsync(past, HttpStatusCode.BadRequest)));
        Assert.Equal(from.AddHours(4).ToUnixTimeSeconds(), unchanged["until"]!.GetValue<DateTimeOffset>().ToUnixTimeSeconds());
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.True(body["withdrawn"]!.GetValue<bool>());
        Assert.False(body["replanProposed"]!.GetValue<bool>()); // no plan is published
        Assert.Empty(await world.Coordinator.GetArrayAsync($"/api/v1/events/{world.EventId}/site-closures"));
    }

    private static async Task<Guid> ReportAsync(HttpClient client, Guid member, DateTimeOffset from, DateTimeOffset to)
    {
        using var reported = await client.PostAsJsonAsync($"/api/v1/members/{member}/absences", new { kind = "sick", from, to });
        var body = (await reported.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(reported.StatusCode == HttpStatusCode.Created, body.ToJsonString());
        return body["id"]!.GetValue<Guid>();
    }
}
