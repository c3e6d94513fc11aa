using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Data.Planning;
using Concordia.Domain.Planning;
using Concordia.Planning.Solving;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Concordia.Web.Tests.Planning;

/// <summary>Plans as jobs, versions, publishing, re-plans after a change, and who sees which duties, on both databases.</summary>
public sealed class PlanningApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_planner_runs_a_plan_as_a_job_and_gets_a_draft_version_covering_the_demand(string database)
    {
        var world = await PlanningWorld.CreateAsync(await apps.GetAsync(database));

        var job = await world.PlanAsync();

        Assert.Equal("done", job["state"]!.GetValue<string>());
        Assert.Equal(0, job["hardViolations"]!.GetValue<long>());
        var version = await world.VersionAsync(job["versionId"]!.GetValue<Guid>());
        Assert.Equal("a draft", version["version"]!["state"]!.GetValue<string>());
        Assert.Equal(100.0, version["version"]!["coveragePercent"]!.GetValue<double>());
        Assert.Equal(PlanningWorld.Needed * PlanningWorld.Days, version["version"]!["duties"]!.GetValue<int>());
        var coverage = await (await world.PlannerAsync()).GetObjectAsync($"/api/v1/plans/versions/{job["versionId"]}/coverage");
        Assert.All(coverage["cells"]!.AsArray(), c => Assert.Equal(c!["needed"]!.GetValue<long>(), c["planned"]!.GetValue<long>()));
        Assert.Equal(PlanningWorld.Days, coverage["cells"]!.AsArray().Count);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Expected_visitors_are_listed_by_day_with_their_countrys_languages(string database)
    {
        var world = await PlanningWorld.CreateAsync(await apps.GetAsync(database));

        var visitors = await (await world.PlannerAsync()).GetArrayAsync($"/api/v1/events/{world.EventId}/visitors");

        Assert.Equal(PlanningWorld.Days, visitors.Count);
        Assert.Equal([.. visitors.Select(v => v!["day"]!.GetValue<string>()).Order(StringComparer.Ordinal)], visitors.Select(v => v!["day"]!.GetValue<string>()));
        Assert.All(visitors, v =>
        {
            Assert.Equal("Poland", v!["countryName"]!.GetValue<string>());
            Assert.Equal(["pl"], v["languages"]!.AsArray().Select(l => l!.GetValue<string>()));
            Assert.Equal(world.World.SiteId, v["siteId"]!.GetValue<Guid>());
        });
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Once_published_a_liaison_sees_only_their_countrys_duties_and_a_commander_their_sites(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var versionId = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        var polish = await app.ClientAsync(Roles.CountryLiaison, "PL");

        using var beforePublishing = await polish.GetAsync($"/api/v1/plans/versions/{versionId}/duties");
        using var published = await world.PublishAsync(versionId);
        var all = await PlanningWorld.DutiesAsync(await world.PlannerAsync(), versionId);
        var ownDuties = await PlanningWorld.DutiesAsync(polish, versionId);
        var commander = await PlanningWorld.DutiesAsync(await world.World.CommanderAsync(), versionId);
        var otherSite = await PlanningWorld.DutiesAsync(await app.ClientAsync(Roles.SiteCommander, Guid.NewGuid().ToString()), versionId);

        Assert.Equal(HttpStatusCode.NotFound, beforePublishing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains(all, d => d!["country"]!.GetValue<string>() == "PL");
        Assert.Contains(all, d => d!["country"]!.GetValue<string>() != "PL");
        Assert.NotEmpty(ownDuties);
        Assert.All(ownDuties, d => Assert.Equal("PL", d!["country"]!.GetValue<string>()));
        Assert.Equal(all.Count(d => d!["country"]!.GetValue<string>() == "PL"), ownDuties.Count);
        Assert.Equal(all.Count, commander.Count);
        Assert.Empty(otherSite);
        Assert.All(ownDuties, d => Assert.All(d!["people"]!.AsArray(), p => Assert.Contains(p!["memberId"]!.GetValue<Guid>(), world.Polish)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Raising_the_alert_level_proposes_a_replan_that_covers_the_new_demand_and_keeps_published_duties(string database)
    {
        var world = await PlanningWorld.CreateAsync(await apps.GetAsync(database));
        var first = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        (await world.PublishAsync(first)).EnsureSuccessStatusCode();
        var ev = await world.Coordinator.GetObjectAsync($"/api/v1/events/{world.EventId}");

        (await world.Coordinator.PutAsJsonAsync($"/api/v1/events/{world.EventId}/alert-level",
            new { level = "urgence-attentat", reason = "attack abroad", version = ev["version"]!.GetValue<int>() })).EnsureSuccessStatusCode();
        var proposal = await world.FinishedAsync((await world.JobsAsync("alert level changed")).Single()["id"]!.GetValue<Guid>());
        var draft = await world.VersionAsync(proposal["versionId"]!.GetValue<Guid>());
        var comparison = await (await world.PlannerAsync()).GetObjectAsync($"/api/v1/plans/versions/{proposal["versionId"]}/compare/{first}");

        Assert.Equal("done", proposal["state"]!.GetValue<string>());
        Assert.Contains("raised from Vigilance to Urgence attentat", proposal["reason"]!.GetValue<string>());
        Assert.Equal(first, draft["version"]!["basedOnVersionId"]!.GetValue<Guid>());
        Assert.Equal(100.0, draft["version"]!["coveragePercent"]!.GetValue<double>());
        Assert.Equal(PlanningWorld.NeededAtUrgence * PlanningWorld.Days, draft["version"]!["duties"]!.GetValue<int>());
        Assert.Equal((PlanningWorld.NeededAtUrgence - PlanningWorld.Needed) * PlanningWorld.Days, comparison["added"]!.GetValue<int>());
        Assert.Equal(0, comparison["removed"]!.GetValue<int>());
        Assert.Equal(0, comparison["moved"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await world.PublishAsync(proposal["versionId"]!.GetValue<Guid>())).StatusCode);
        Assert.Equal("superseded", (await world.VersionAsync(first))["version"]!["state"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_planner_re_arranges_the_published_plan_into_a_proposal_that_states_what_it_moves(string database)
    {
        var world = await PlanningWorld.CreateAsync(await apps.GetAsync(database));
        var planner = await world.PlannerAsync();
        using var nothingPublished = await planner.PostAsync($"/api/v1/events/{world.EventId}/plans/rearrangements", null);
        var first = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        (await world.PublishAsync(first)).EnsureSuccessStatusCode();

        using var queued = await planner.PostAsync($"/api/v1/events/{world.EventId}/plans/rearrangements", null);
        var body = JsonNode.Parse(await queued.Content.ReadAsStringAsync())!.AsObject();
        var job = await world.FinishedAsync(body["jobId"]!.GetValue<Guid>());
        var draft = (await world.VersionAsync(job["versionId"]!.GetValue<Guid>()))["version"]!;
        var comparison = await planner.GetObjectAsync($"/api/v1/plans/versions/{job["versionId"]}/compare/{first}");

        Assert.Equal(["event"], ApiClient.Fields(await ApiClient.ProblemAsync(nothingPublished, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        Assert.Equal("done", job["state"]!.GetValue<string>());
        Assert.Equal("re-arrangement requested by a planner", job["trigger"]!.GetValue<string>());
        Assert.Equal("a draft", draft["state"]!.GetValue<string>());
        Assert.Equal(first, draft["basedOnVersionId"]!.GetValue<Guid>());
        Assert.Equal(100.0, draft["coveragePercent"]!.GetValue<double>());
        Assert.Equal(PlanningWorld.Needed * PlanningWorld.Days, draft["duties"]!.GetValue<int>());
        // One officer per duty here, so the people whose published duty moved are the duties removed or moved.
        Assert.Equal(comparison["removed"]!.GetValue<int>() + comparison["moved"]!.GetValue<int>(), draft["moves"]!.GetValue<int>());
        Assert.Equal("published", (await world.VersionAsync(first))["version"]!["state"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_second_re_arrangement_is_refused_while_one_waits_and_queues_nothing(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var first = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        (await world.PublishAsync(first)).EnsureSuccessStatusCode();
        // Another worker is running a job of the event (it reported just now), so the re-arrangement queued here waits.
        await ClaimedJobAsync(app, world, 600, "another-machine:1", DateTime.UtcNow);
        await using (var system = new SystemDb(app.Services))
        {
            var ev = await system.Db.Events.SingleAsync(e => e.Id == world.EventId);
            system.Db.PlanJobs.Add(PlanJob.Queue(ev, PlanTrigger.RearrangeRequested, "Re-arrangement of the published plan requested", first, 5, "planner", DateTime.UtcNow));
            await system.Db.SaveChangesAsync();
        }

        using var second = await (await world.PlannerAsync()).PostAsync($"/api/v1/events/{world.EventId}/plans/rearrangements", null);

        Assert.Contains("already waiting", (await ApiClient.ProblemAsync(second, HttpStatusCode.Conflict))["detail"]!.GetValue<string>());
        Assert.Single(await world.JobsAsync("re-arrangement requested by a planner"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_liaison_reporting_a_member_absent_gets_a_replan_without_them(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var first = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        (await world.PublishAsync(first)).EnsureSuccessStatusCode();
        var polish = await app.ClientAsync(Roles.CountryLiaison, "PL");
        var onDuty = (await PlanningWorld.DutiesAsync(polish, first)).SelectMany(d => d!["people"]!.AsArray()).First()!["memberId"]!.GetValue<Guid>();

        using var reported = await polish.PostAsJsonAsync($"/api/v1/members/{onDuty}/absences", new
        {
            kind = "sick", from = DateTimeOffset.UtcNow, to = DateTimeOffset.UtcNow.AddDays(60), note = "injured in training",
        });
        using var otherCountry = await polish.PostAsJsonAsync($"/api/v1/members/{world.German[0]}/absences", new
        {
            kind = "sick", from = DateTimeOffset.UtcNow, to = DateTimeOffset.UtcNow.AddDays(1),
        });
        var proposal = await world.FinishedAsync((await world.JobsAsync("member absent")).Single()["id"]!.GetValue<Guid>());
        var duties = await PlanningWorld.DutiesAsync(await world.PlannerAsync(), proposal["versionId"]!.GetValue<Guid>());

        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCountry.StatusCode);
        Assert.DoesNotContain(duties, d => d!["people"]!.AsArray().Any(p => p!["memberId"]!.GetValue<Guid>() == onDuty));
        Assert.Equal(PlanningWorld.Needed * PlanningWorld.Days, duties.Count);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_site_or_capability_named_by_a_plan_version_cannot_be_deleted(string database)
    {
        var world = await PlanningWorld.CreateAsync(await apps.GetAsync(database));
        await world.PlanAsync();
        var coordinator = world.Coordinator;
        var requirements = (await coordinator.GetObjectAsync($"/api/v1/events/{world.EventId}/requirements?siteId={world.World.SiteId}&limit=1000"))["items"]!.AsArray();
        foreach (var r in requirements)
        {
            using var removed = await coordinator.DeleteAsync($"/api/v1/events/{world.EventId}/requirements/{r!["id"]}");
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        using var site = await coordinator.DeleteAsync($"/api/v1/events/{world.EventId}/sites/{world.World.SiteId}");
        using var capability = await coordinator.DeleteAsync($"/api/v1/events/{world.EventId}/capabilities/{world.World.Patrol}");

        Assert.Equal(HttpStatusCode.Conflict, site.StatusCode);
        Assert.Contains("plan versions", (await site.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, capability.StatusCode);
        Assert.Contains("plan versions", (await capability.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        using var stillThere = await coordinator.GetAsync($"/api/v1/events/{world.EventId}/sites/{world.World.SiteId}");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Bad_plan_requests_get_a_clear_answer_and_change_nothing(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var planner = await world.PlannerAsync();
        var empty = await world.Coordinator.ImportAsync(TestScenario.Small());
        var draft = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        var finishedJob = (await world.JobsAsync("requested by a planner")).First()["id"]!.GetValue<Guid>();
        var newer = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        (await world.PublishAsync(newer)).EnsureSuccessStatusCode();

        using var noStaff = await planner.PostAsync($"/api/v1/events/{empty}/plans", null);
        using var unknown = await planner.GetAsync($"/api/v1/plans/versions/{Guid.NewGuid()}");
        using var stale = await world.PublishAsync(draft);
        using var republish = await world.PublishAsync(newer);
        using var cancelFinished = await planner.DeleteAsync($"/api/v1/plans/jobs/{finishedJob}");
        using var badSettings = await planner.PutAsJsonAsync($"/api/v1/events/{world.EventId}/planning-settings", new
        {
            maxShiftHours = 30, minRestHours = 11, maxHoursPer7Days = 48, maxConsecutiveDays = 6, hostOfficersPerForeignOfficer = 2,
            frozenHorizonMinutes = 120, planSeconds = 5, replanSeconds = 2, version = 1,
        });

        Assert.Equal(["event"], ApiClient.Fields(await ApiClient.ProblemAsync(noStaff, HttpStatusCode.BadRequest)));
        await ApiClient.ProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Contains("stale", (await ApiClient.ProblemAsync(stale, HttpStatusCode.Conflict))["detail"]!.GetValue<string>());
        await ApiClient.ProblemAsync(republish, HttpStatusCode.Conflict);
        await ApiClient.ProblemAsync(cancelFinished, HttpStatusCode.Conflict);
        Assert.Equal(["maxShiftHours"], ApiClient.Fields(await ApiClient.ProblemAsync(badSettings, HttpStatusCode.BadRequest)));
        Assert.Equal("a draft", (await world.VersionAsync(draft))["version"]!["state"]!.GetValue<string>());
        Assert.Empty(await planner.GetArrayAsync($"/api/v1/events/{empty}/plans/jobs"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_job_left_running_by_a_stopped_worker_is_marked_interrupted_and_never_stays_running(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var orphan = (await ClaimedJobAsync(app, world, 5, "a-machine-that-died:1234", DateTime.UtcNow.AddMinutes(-10))).Id;

        // Two sweeps at once, besides the app's own worker, as when several worker processes start together: whichever
        // marks the job first, none of them fails.
        var runner = app.Services.GetRequiredService<PlanJobRunner>();
        await Task.WhenAll(runner.SweepAsync(CancellationToken.None), runner.SweepAsync(CancellationToken.None));
        var read = await (await world.PlannerAsync()).GetObjectAsync($"/api/v1/plans/jobs/{orphan}");

        Assert.Equal("failed", read["state"]!.GetValue<string>());
        Assert.Contains("interrupted", read["error"]!.GetValue<string>());
        await using var audit = new SystemDb(app.Services);
        Assert.Equal(1, await audit.Db.AuditEntries.CountAsync(a => a.EntityType == "PlanJob" && a.EntityId == orphan.ToString() && a.Action == "Updated"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_running_job_can_be_cancelled_and_keeps_no_version(string database)
    {
        var world = await PlanningWorld.CreateAsync(await apps.GetAsync(database));
        var planner = await world.PlannerAsync();
        var settings = await planner.GetObjectAsync($"/api/v1/events/{world.EventId}/planning-settings");
        settings["planSeconds"] = 600;
        (await planner.PutAsJsonAsync($"/api/v1/events/{world.EventId}/planning-settings", settings)).EnsureSuccessStatusCode();
        using var queued = await planner.PostAsync($"/api/v1/events/{world.EventId}/plans", null);
        var jobId = JsonNode.Parse(await queued.Content.ReadAsStringAsync())!["jobId"]!.GetValue<Guid>();
        for (var i = 0; i < 300 && (await planner.GetObjectAsync($"/api/v1/plans/jobs/{jobId}"))["state"]!.GetValue<string>() != "running"; i++)
        {
            await Task.Delay(100);
        }

        using var cancel = await planner.DeleteAsync($"/api/v1/plans/jobs/{jobId}");
        var job = await world.FinishedAsync(jobId);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", job["state"]!.GetValue<string>());
        Assert.Null(job["versionId"]);
        Assert.Empty(await planner.GetArrayAsync($"/api/v1/events/{world.EventId}/plans/versions"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_cancel_asked_for_while_the_plan_is_being_written_cancels_the_job_and_keeps_no_version(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var claimed = await ClaimedJobAsync(app, world, 1, "a-worker-of-this-test:1", DateTime.UtcNow);

        // The planner's cancel lands as the worker reads the job to write its version: after its last look for a cancel.
        var cancel = new CancelWhenRead(claimed.Id, app.Services);
        var runner = new PlanJobRunner(new Intercepted(app.Services, cancel), app.Services.GetRequiredService<PlanningOptions>(), TimeProvider.System,
            NullLogger<PlanJobRunner>.Instance, NullLogger<PlanningEngine>.Instance);
        await runner.RunAsync(claimed, CancellationToken.None);
        var planner = await world.PlannerAsync();
        var job = await planner.GetObjectAsync($"/api/v1/plans/jobs/{claimed.Id}");

        Assert.True(cancel.Done);
        Assert.Equal("cancelled", job["state"]!.GetValue<string>());
        Assert.Null(job["versionId"]);
        Assert.Empty(await planner.GetArrayAsync($"/api/v1/events/{world.EventId}/plans/versions"));
    }

    /// <summary>A plan job of the world's event, requested by the planner and claimed by <paramref name="worker"/> at <paramref name="at"/>.</summary>
    private static async Task<PlanJob> ClaimedJobAsync(ConcordiaApp app, PlanningWorld world, int seconds, string worker, DateTime at)
    {
        await using var system = new SystemDb(app.Services);
        var ev = await system.Db.Events.SingleAsync(e => e.Id == world.EventId);
        var job = PlanJob.Queue(ev, PlanTrigger.Requested, "Plan requested", null, seconds, "planner", at);
        job.Claim(worker, at);
        system.Db.PlanJobs.Add(job);
        await system.Db.SaveChangesAsync();
        return job;
    }

    /// <summary>Asks, as the planner, to cancel the job the first time a context of the worker reads it.</summary>
    private sealed class CancelWhenRead(Guid jobId, IServiceProvider services) : IMaterializationInterceptor
    {
        public bool Done { get; private set; }

        public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
        {
            if (!Done && entity is PlanJob job && job.Id == jobId)
            {
                Done = true;
                Task.Run(CancelAsync).GetAwaiter().GetResult();
            }

            return entity;
        }

        private async Task CancelAsync()
        {
            await using var planner = new SystemDb(services);
            var cancelled = (await planner.Db.PlanJobs.SingleAsync(j => j.Id == jobId)).RequestCancel("planner", DateTime.UtcNow);
            Assert.True(cancelled.IsSuccess);
            await planner.Db.SaveChangesAsync();
        }
    }

    /// <summary>The app's services, the worker's database contexts with an interceptor added.</summary>
    private sealed class Intercepted(IServiceProvider app, IInterceptor interceptor) : IServiceScopeFactory
    {
        public IServiceScope CreateScope() => new Scope(app.CreateAsyncScope(), interceptor);

        private sealed class Scope(AsyncServiceScope inner, IInterceptor interceptor) : IServiceScope, IServiceProvider, IAsyncDisposable
        {
            public IServiceProvider ServiceProvider => this;

            public object? GetService(Type serviceType) => inner.ServiceProvider.GetService(serviceType) switch
            {
                DbContextOptions<SqliteConcordiaDbContext> o => new DbContextOptionsBuilder<SqliteConcordiaDbContext>(o).AddInterceptors(interceptor).Options,
                DbContextOptions<PostgresConcordiaDbContext> o => new DbContextOptionsBuilder<PostgresConcordiaDbContext>(o).AddInterceptors(interceptor).Options,
                var other => other,
            };

            public void Dispose() => inner.Dispose();

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
