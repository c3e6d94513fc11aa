using System.Net.Http.Json;
using System.Text;
using Concordia.Data.Identity;
using Concordia.Domain.Contingents;
using Concordia.Web.Features.Planning;
using Concordia.Web.Features.Security;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Planning;

/// <summary>
/// What the absences and closed-sites pages do (issue 10, point 6): they read the date and time typed in the event's
/// time zone and call the same use case as the API, which records the absence or closure and proposes a re-plan of
/// the published plan; and the plan's export names each duty's units (point 5).
/// </summary>
public sealed class PlanningPagesTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_liaison_reporting_a_member_absent_from_the_page_records_the_absence_and_queues_a_replan(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var first = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        (await world.PublishAsync(first)).EnsureSuccessStatusCode();
        var polish = await app.ClientAsync(Roles.CountryLiaison, "PL");
        var onDuty = (await PlanningWorld.DutiesAsync(polish, first)).SelectMany(d => d!["people"]!.AsArray()).First()!["memberId"]!.GetValue<Guid>();
        var liaison = new CurrentUser(Guid.NewGuid(), "liaison.pl", new HashSet<string> { Roles.CountryLiaison }, ["PL"], [], []);

        await using (var system = new SystemDb(app.Services))
        {
            var db = system.Db;
            var ev = await db.Events.SingleAsync(e => e.Id == world.EventId);
            var from = LocalTimeInput.Read(ev, world.World.Start.ToDateTime(new TimeOnly(0, 0)), "from");
            var to = LocalTimeInput.Read(ev, world.World.End.ToDateTime(new TimeOnly(23, 0)), "to");
            var otherCountry = await new ReportAbsence(db, new PlanJobs(db, TimeProvider.System), TimeProvider.System)
                .RunAsync(world.German[0], new AbsenceRequest(AbsenceKind.Sick, from.Value, to.Value, null), liaison, default);
            var reported = await new ReportAbsence(db, new PlanJobs(db, TimeProvider.System), TimeProvider.System)
                .RunAsync(onDuty, new AbsenceRequest(AbsenceKind.Sick, from.Value, to.Value, "injured in training"), liaison, default);

            Assert.False(otherCountry.IsSuccess);
            Assert.True(reported.IsSuccess, reported.Message);
            Assert.Equal(ev.StartOfDayUtc(world.World.Start), reported.Value!.From);
        }

        var absences = await polish.GetArrayAsync($"/api/v1/members/{onDuty}/absences");
        Assert.Equal("injured in training", Assert.Single(absences)!["note"]!.GetValue<string>());
        var proposal = await world.FinishedAsync((await world.JobsAsync("member absent")).Single()["id"]!.GetValue<Guid>());
        var duties = await PlanningWorld.DutiesAsync(await world.PlannerAsync(), proposal["versionId"]!.GetValue<Guid>());
        Assert.DoesNotContain(duties, d => d!["people"]!.AsArray().Any(p => p!["memberId"]!.GetValue<Guid>() == onDuty));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_coordinator_closing_a_site_from_the_page_records_the_closure_and_queues_a_replan(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var first = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        (await world.PublishAsync(first)).EnsureSuccessStatusCode();

        await using (var system = new SystemDb(app.Services))
        {
            var db = system.Db;
            var ev = await db.Events.SingleAsync(e => e.Id == world.EventId);
            var from = LocalTimeInput.Read(ev, world.World.Start.AddDays(2).ToDateTime(new TimeOnly(0, 0)), "from");
            var closed = await new CloseSite(db, new PlanJobs(db, TimeProvider.System), TimeProvider.System)
                .RunAsync(world.EventId, world.World.SiteId, new SiteClosureRequest(from.Value, null, "suspicious package"), "coordinator", default);

            Assert.True(closed.IsSuccess, closed.Message);
        }

        var closures = await world.Coordinator.GetArrayAsync($"/api/v1/events/{world.EventId}/site-closures");
        Assert.Equal("suspicious package", Assert.Single(closures)!["reason"]!.GetValue<string>());
        var proposal = await world.FinishedAsync((await world.JobsAsync("site closed")).Single()["id"]!.GetValue<Guid>());
        Assert.Equal("done", proposal["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_time_that_does_not_exist_in_the_events_time_zone_is_refused_in_words()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var world = await Contingents.ContingentWorld.CreateAsync(app);
        await using var system = new SystemDb(app.Services);
        var ev = await system.Db.Events.SingleAsync(e => e.Id == world.EventId);

        var skipped = LocalTimeInput.Read(ev, new DateTime(2027, 3, 28, 2, 30, 0), "from");
        var missing = LocalTimeInput.Read(ev, null, "to");
        var summer = LocalTimeInput.Read(ev, new DateTime(2027, 7, 1, 8, 0, 0), "from");

        Assert.Equal("does not exist in Paris time: the clocks go forward then", Assert.Single(skipped.Errors).Message);
        Assert.Equal(("to", "is required"), (Assert.Single(missing.Errors).Field, missing.Errors[0].Message));
        Assert.Equal(new DateTimeOffset(2027, 7, 1, 6, 0, 0, TimeSpan.Zero), summer.Value);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_plan_export_names_the_unit_of_each_dutys_people(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        await using (var system = new SystemDb(app.Services))
        {
            var db = system.Db;
            var ev = await db.Events.SingleAsync(e => e.Id == world.EventId);
            var members = await db.Members.Where(m => world.Polish.Contains(m.Id)).ToListAsync();
            var unit = Unit.Create(ev, "PL", "Pluton Warszawa 1", members[0].CommitmentId).Value;
            db.Units.Add(unit);
            Assert.All(members, m => Assert.True(unit.Enlist(m).IsSuccess));
            await db.SaveChangesAsync();
        }

        var version = (await world.PlanAsync())["versionId"]!.GetValue<Guid>();
        var planner = await world.PlannerAsync();
        var csv = Encoding.UTF8.GetString(await planner.GetByteArrayAsync($"/api/v1/plans/versions/{version}/duties/export?format=csv"));
        var polishRows = csv.Split('\n').Skip(1).Where(l => l.Contains(",PL,", StringComparison.Ordinal)).ToList();
        var hostRows = csv.Split('\n').Skip(1).Where(l => l.Contains(",FR,", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(polishRows);
        Assert.All(polishRows, row => Assert.Contains(",PL,Pluton Warszawa 1,", row, StringComparison.Ordinal));
        Assert.NotEmpty(hostRows);
        Assert.All(hostRows, row => Assert.Contains(",FR,,", row, StringComparison.Ordinal));
    }
}
