using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Data.Planning;
using Concordia.Domain.Planning;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Planning;

/// <summary>
/// A re-plan proposal is kept as its changes against the full version at its root, yet reads exactly as a full copy of
/// its duties would: duties, coverage, export, a person's schedule, a country's view and comparisons, on both databases.
/// </summary>
public sealed class PlanVersionDeltaTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_proposal_after_an_alert_change_keeps_only_its_changes_and_reads_as_a_full_copy(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var first = await PublishedPlanAsync(world);

        var proposal = await RaiseAlertAsync(world);
        var stored = await StoredAsync(app, proposal);
        var copy = await FullCopyAsync(app, proposal);

        Assert.Equal(first, stored.Root);
        Assert.Equal((PlanningWorld.NeededAtUrgence - PlanningWorld.Needed) * PlanningWorld.Days, stored.OwnDuties);
        Assert.Equal(0, stored.Removals);
        await AssertReadsAlikeAsync(world, proposal, copy, first);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_proposal_after_an_absence_keeps_its_removals_and_reads_as_a_full_copy(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var first = await PublishedPlanAsync(world);

        var (proposal, absent) = await ReportAbsentAsync(world, first);
        var stored = await StoredAsync(app, proposal);
        var copy = await FullCopyAsync(app, proposal);

        Assert.Equal(first, stored.Root);
        Assert.True(stored.Removals > 0, "the absent member's duties are removed from the root's");
        Assert.True(stored.OwnDuties < PlanningWorld.Needed * PlanningWorld.Days, $"{stored.OwnDuties} own duty rows");
        var duties = await PlanningWorld.DutiesAsync(await world.PlannerAsync(), proposal);
        Assert.Equal(PlanningWorld.Needed * PlanningWorld.Days, duties.Count);
        Assert.DoesNotContain(duties, d => d!["people"]!.AsArray().Any(p => p!["memberId"]!.GetValue<Guid>() == absent));
        await AssertReadsAlikeAsync(world, proposal, copy, first);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_proposal_from_a_published_proposal_is_kept_against_the_same_root(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var first = await PublishedPlanAsync(world);
        var second = await RaiseAlertAsync(world);
        (await world.PublishAsync(second)).EnsureSuccessStatusCode();

        var (third, absent) = await ReportAbsentAsync(world, second);
        var stored = await StoredAsync(app, third);
        var copy = await FullCopyAsync(app, third);

        Assert.Equal(first, stored.Root);
        Assert.Equal(second, (await world.VersionAsync(third))["version"]!["basedOnVersionId"]!.GetValue<Guid>());
        var duties = await PlanningWorld.DutiesAsync(await world.PlannerAsync(), third);
        Assert.Equal(PlanningWorld.NeededAtUrgence * PlanningWorld.Days, duties.Count);
        Assert.DoesNotContain(duties, d => d!["people"]!.AsArray().Any(p => p!["memberId"]!.GetValue<Guid>() == absent));
        await AssertReadsAlikeAsync(world, third, copy, second);
        var planner = await world.PlannerAsync();
        Assert.Equal(Counts(await planner.GetObjectAsync($"/api/v1/plans/versions/{copy}/compare/{first}")), Counts(await planner.GetObjectAsync($"/api/v1/plans/versions/{third}/compare/{first}")));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Discarding_a_proposal_leaves_the_published_version_whole(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var first = await PublishedPlanAsync(world);
        var planner = await world.PlannerAsync();
        var before = Normalized(await PlanningWorld.DutiesAsync(planner, first));
        var proposal = await RaiseAlertAsync(world);

        var version = (await world.VersionAsync(proposal))["version"]!["version"]!.GetValue<int>();
        using var discarded = await planner.PostAsJsonAsync($"/api/v1/plans/versions/{proposal}/discard", new { version });
        var stored = await StoredAsync(app, proposal);

        discarded.EnsureSuccessStatusCode();
        Assert.Equal(0, stored.OwnDuties);
        Assert.Equal(0, stored.Removals);
        Assert.Equal(before, Normalized(await PlanningWorld.DutiesAsync(planner, first)));
        Assert.Equal("published", (await world.VersionAsync(first))["version"]!["state"]!.GetValue<string>());
    }

    /// <summary>Plans the world and publishes the plan; returns the version.</summary>
    private static async Task<Guid> PublishedPlanAsync(PlanningWorld world)
    {
        var first = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        (await world.PublishAsync(first)).EnsureSuccessStatusCode();
        return first;
    }

    /// <summary>Raises the alert level to urgence attentat; returns the proposal the change made.</summary>
    private static async Task<Guid> RaiseAlertAsync(PlanningWorld world)
    {
        var ev = await world.Coordinator.GetObjectAsync($"/api/v1/events/{world.EventId}");
        (await world.Coordinator.PutAsJsonAsync($"/api/v1/events/{world.EventId}/alert-level",
            new { level = "urgence-attentat", reason = "attack abroad", version = ev["version"]!.GetValue<int>() })).EnsureSuccessStatusCode();
        var job = await world.FinishedAsync((await world.JobsAsync("alert level changed")).Single()["id"]!.GetValue<Guid>());
        Assert.Equal("done", job["state"]!.GetValue<string>());
        return job["versionId"]!.GetValue<Guid>();
    }

    /// <summary>The Polish liaison reports one of their members on duty in the version absent; returns the proposal and the member.</summary>
    private static async Task<(Guid Proposal, Guid Member)> ReportAbsentAsync(PlanningWorld world, Guid published)
    {
        var polish = await world.World.App.ClientAsync(Roles.CountryLiaison, "PL");
        var onDuty = (await PlanningWorld.DutiesAsync(polish, published)).SelectMany(d => d!["people"]!.AsArray()).First()!["memberId"]!.GetValue<Guid>();
        (await polish.PostAsJsonAsync($"/api/v1/members/{onDuty}/absences", new
        {
            kind = "sick", from = DateTimeOffset.UtcNow, to = DateTimeOffset.UtcNow.AddDays(60), note = "injured in training",
        })).EnsureSuccessStatusCode();
        var job = await world.FinishedAsync((await world.JobsAsync("member absent")).Single()["id"]!.GetValue<Guid>());
        Assert.Equal("done", job["state"]!.GetValue<string>());
        return (job["versionId"]!.GetValue<Guid>(), onDuty);
    }

    /// <summary>How a version is stored: its root, its own duty rows and its removals.</summary>
    private static async Task<(Guid? Root, int OwnDuties, int Removals)> StoredAsync(ConcordiaApp app, Guid versionId)
    {
        await using var system = new SystemDb(app.Services);
        var db = system.Db;
        var version = await db.PlanVersions.AsNoTracking().SingleAsync(v => v.Id == versionId);
        return (version.RootVersionId, await db.PlanDuties.CountAsync(d => d.VersionId == versionId), await db.PlanDutyRemovals.CountAsync(r => r.VersionId == versionId));
    }

    /// <summary>The version written as a full copy of its duties and units (a draft of its own), as versions were before.</summary>
    private static async Task<Guid> FullCopyAsync(ConcordiaApp app, Guid versionId)
    {
        await using var system = new SystemDb(app.Services);
        var db = system.Db;
        var v = await db.PlanVersions.AsNoTracking().SingleAsync(x => x.Id == versionId);
        var job = await db.PlanJobs.AsNoTracking().SingleAsync(j => j.Id == v.JobId);
        var number = 1 + await db.PlanVersions.Where(x => x.EventId == v.EventId).MaxAsync(x => x.Number);
        var copy = PlanVersion.Create(job, number, v.CreatedAt, v.HardViolations, v.Objective, v.CoveragePercent, v.RequiredUnits, v.CoveredUnits, v.Duties, v.Moves,
            v.SearchSeconds, v.RulesJson, v.UnmetJson);
        db.PlanVersions.Add(copy);
        db.PlanAgents.AddRange((await db.AgentsOf(v).ToListAsync()).Select(a => new PlanAgent(copy.Id, a.Number, a.Country, a.UnitId, a.Label)));
        db.PlanAgentMembers.AddRange((await db.AgentMembersOf(v).ToListAsync()).Select(m => new PlanAgentMember(copy.Id, m.Agent, m.MemberId, m.Country, m.DisplayName, m.Rank, m.Leader, m.Dog)));
        db.PlanDuties.AddRange((await db.DutiesOf(v).ToListAsync()).OrderBy(d => d.Number)
            .Select((d, i) => new PlanDuty(copy.Id, i, d.Agent, d.Country, d.SiteId, d.CapabilityId, d.Start, d.End)));
        await db.SaveChangesAsync();
        return copy.Id;
    }

    /// <summary>The version and its full copy read alike for planners, the Polish liaison (once published) and against another version.</summary>
    private static async Task AssertReadsAlikeAsync(PlanningWorld world, Guid version, Guid copy, Guid other)
    {
        var planner = await world.PlannerAsync();
        var duties = await PlanningWorld.DutiesAsync(planner, version);
        Assert.Equal((await world.VersionAsync(version))["version"]!["duties"]!.GetValue<int>(), duties.Count);
        Assert.Equal(duties.Count, duties.Select(d => d!["number"]!.GetValue<int>()).Distinct().Count());
        Assert.Equal(Normalized(await PlanningWorld.DutiesAsync(planner, copy)), Normalized(duties));
        Assert.Equal(
            (await planner.GetObjectAsync($"/api/v1/plans/versions/{copy}/coverage"))["cells"]!.ToJsonString(),
            (await planner.GetObjectAsync($"/api/v1/plans/versions/{version}/coverage"))["cells"]!.ToJsonString());
        Assert.Equal(Lines(await planner.GetStringAsync($"/api/v1/plans/versions/{copy}/duties/export?format=csv")),
            Lines(await planner.GetStringAsync($"/api/v1/plans/versions/{version}/duties/export?format=csv")));
        var person = duties.SelectMany(d => d!["people"]!.AsArray()).Last()!["memberId"]!.GetValue<Guid>();
        var schedule = Normalized(await PlanningWorld.DutiesAsync(planner, version, $"&memberId={person}"));
        Assert.NotEmpty(schedule);
        Assert.Equal(Normalized(await PlanningWorld.DutiesAsync(planner, copy, $"&memberId={person}")), schedule);
        Assert.Equal(Counts(await planner.GetObjectAsync($"/api/v1/plans/versions/{copy}/compare/{other}")), Counts(await planner.GetObjectAsync($"/api/v1/plans/versions/{version}/compare/{other}")));
        Assert.Equal(Counts(await planner.GetObjectAsync($"/api/v1/plans/versions/{other}/compare/{copy}")), Counts(await planner.GetObjectAsync($"/api/v1/plans/versions/{other}/compare/{version}")));

        (await world.PublishAsync(version)).EnsureSuccessStatusCode();
        var polish = await world.World.App.ClientAsync(Roles.CountryLiaison, "PL");
        var own = await PlanningWorld.DutiesAsync(polish, version);
        Assert.NotEmpty(own);
        Assert.All(own, d => Assert.Equal("PL", d!["country"]!.GetValue<string>()));
        Assert.Equal(Normalized(new JsonArray([.. duties.Where(d => d!["country"]!.GetValue<string>() == "PL").Select(d => d!.DeepClone())])), Normalized(own));
        Assert.All(own, d => Assert.All(d!["people"]!.AsArray(), p => Assert.Contains(p!["memberId"]!.GetValue<Guid>(), world.Polish)));
    }

    /// <summary>Duties as a set, without their numbers (a copy numbers its duties afresh).</summary>
    private static List<string> Normalized(JsonArray duties) =>
        [.. duties.Select(d =>
        {
            var o = d!.DeepClone().AsObject();
            o.Remove("number");
            return o.ToJsonString();
        }).Order(StringComparer.Ordinal)];

    private static List<string> Lines(string csv) => [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    private static string Counts(JsonObject comparison)
    {
        var o = comparison.DeepClone().AsObject();
        o.Remove("fromVersionId");
        o.Remove("toVersionId");
        return o.ToJsonString();
    }
}
