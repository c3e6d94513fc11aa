using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Planning;
using Concordia.Domain.Equipment;
using Concordia.Domain.Planning;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Planning;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Legal;

/// <summary>
/// The planner honours the legal status (issue 11, point 5), in the planning tests' world (16 host, 4 Polish and 2
/// German patrol officers; 6 wanted at STA each morning of 3 days, with Polish visitors who want a Polish officer).
/// </summary>
public sealed class LegalStatusPlanningTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Unarmed_polish_officers_are_never_planned_where_armed_officers_are_required(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var url = $"/api/v1/events/{world.EventId}/countries";
        (await world.Coordinator.PutAsJsonAsync($"{url}/PL/legal-status/all", Terms(world, armed: false, hosts: 1), ApiClient.Json)).EnsureSuccessStatusCode();
        (await world.Coordinator.PutAsJsonAsync($"{url}/DE/legal-status/all", Terms(world, armed: true, hosts: 1), ApiClient.Json)).EnsureSuccessStatusCode();
        await RequireArmedAsync(world);

        var job = await world.PlanAsync();

        Assert.Equal("done", job["state"]!.GetValue<string>());
        Assert.Equal(0, job["hardViolations"]!.GetValue<long>());
        var duties = await PlanningWorld.DutiesAsync(await world.PlannerAsync(), job["versionId"]!.GetValue<Guid>());
        Assert.Equal(PlanningWorld.Needed * PlanningWorld.Days, duties.Count);
        Assert.DoesNotContain(duties, d => d!["country"]!.GetValue<string>() == "PL");
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Polish_officers_under_their_own_command_are_never_on_duty_without_their_unit_leader_at_the_same_site(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var url = $"/api/v1/events/{world.EventId}/countries";
        (await world.Coordinator.PutAsJsonAsync($"{url}/PL/legal-status/all", Terms(world, armed: false, hosts: 1, command: "own"), ApiClient.Json)).EnsureSuccessStatusCode();
        var liaison = await world.World.LiaisonAsync("PL");
        // Three of the four Polish officers form a unit led by the first; the fourth belongs to no unit. The leader is
        // away on the second day.
        var (leader, members, outside) = (world.Polish[0], world.Polish.Take(3).ToArray(), world.Polish[3]);
        using var unit = await liaison.PostAsJsonAsync($"{url}/PL/units", new { name = "Ekipa 1", memberIds = members, leaderId = leader });
        Assert.True(unit.IsSuccessStatusCode, await unit.Content.ReadAsStringAsync());
        var away = world.World.Start.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        using var absent = await liaison.PostAsJsonAsync($"/api/v1/members/{leader}/absences", new { kind = "sick", from = away, to = away.AddDays(1) });
        Assert.True(absent.IsSuccessStatusCode, await absent.Content.ReadAsStringAsync());
        // Three host officers stay: six places a day need the whole unit whenever its leader serves.
        var planner = await world.PlannerAsync();
        foreach (var host in world.Host.Skip(3))
        {
            using var off = await planner.PostAsJsonAsync($"/api/v1/members/{host}/absences", new
            {
                kind = "leave", from = world.World.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to = world.World.End.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            });
            Assert.True(off.IsSuccessStatusCode, await off.Content.ReadAsStringAsync());
        }

        var job = await world.PlanAsync();

        Assert.Equal("done", job["state"]!.GetValue<string>());
        Assert.Equal(0, job["hardViolations"]!.GetValue<long>());
        var duties = await PlanningWorld.DutiesAsync(await world.PlannerAsync(), job["versionId"]!.GetValue<Guid>());
        bool On(JsonNode? duty, Guid member) => duty!["people"]!.AsArray().Any(p => p!["memberId"]!.GetValue<Guid>() == member);
        string Where(JsonNode? duty) => $"{duty!["siteId"]} {duty["start"]} {duty["end"]}";
        var led = duties.Where(d => On(d, leader)).Select(Where).ToHashSet();
        var unitDuties = duties.Where(d => members.Skip(1).Any(m => On(d, m))).ToList();
        Assert.NotEmpty(unitDuties);
        Assert.All(unitDuties, d => Assert.Contains(Where(d), led));
        Assert.DoesNotContain(duties, d => On(d, outside));
        Assert.DoesNotContain(unitDuties, d => d!["start"]!.GetValue<DateTimeOffset>().UtcDateTime.Date == away.Date);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_problem_takes_each_countrys_host_officers_alongside_its_arms_and_its_days_from_the_status(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var url = $"/api/v1/events/{world.EventId}/countries";
        (await world.Coordinator.PutAsJsonAsync($"{url}/PL/legal-status/all", Terms(world, armed: true, hosts: 1), ApiClient.Json)).EnsureSuccessStatusCode();
        // German patrol officers: their own status for the type wins over the country's; it ends a day early.
        (await world.Coordinator.PutAsJsonAsync($"{url}/DE/legal-status/all", Terms(world, armed: false, hosts: 3), ApiClient.Json)).EnsureSuccessStatusCode();
        (await world.Coordinator.PutAsJsonAsync($"{url}/DE/legal-status/patrol-officer",
            Terms(world, armed: true, hosts: 0, validTo: world.World.End.AddDays(-1)), ApiClient.Json)).EnsureSuccessStatusCode();
        await RequireArmedAsync(world);

        await using var system = new SystemDb(app.Services);
        var ev = await system.Db.Events.SingleAsync(e => e.Id == world.EventId);
        var (problem, _) = await PlanningProblemBuilder.BuildAsync(system.Db, ev, ev.CurrentAlertLevel, PlanningSettings.DefaultsFor(ev.Id), null, DateTime.UtcNow, default);

        var staff = problem.Staff.ToDictionary(s => s.Id);
        Assert.All(world.Polish, id => Assert.Equal((true, (int?)1), (staff[PlanningProblemBuilder.Key(id)].Armed, staff[PlanningProblemBuilder.Key(id)].HostsAlongside)));
        Assert.All(world.German, id => Assert.Equal((true, (int?)0), (staff[PlanningProblemBuilder.Key(id)].Armed, staff[PlanningProblemBuilder.Key(id)].HostsAlongside)));
        Assert.All(world.German, id => Assert.True(staff[PlanningProblemBuilder.Key(id)].Availability.Max(a => a.End) <= new DateTimeOffset(ev.StartOfDayUtc(world.World.End), TimeSpan.Zero)));
        Assert.All(world.Host, id => Assert.Equal((true, (int?)null), (staff[PlanningProblemBuilder.Key(id)].Armed, staff[PlanningProblemBuilder.Key(id)].HostsAlongside)));
        Assert.All(problem.Demands.Where(d => d.Required > 0), d => Assert.True(d.Armed));
        Assert.All(world.Polish.Concat(world.German), id => Assert.True(staff[PlanningProblemBuilder.Key(id)].NoPowers));
        Assert.All(world.Host, id => Assert.False(staff[PlanningProblemBuilder.Key(id)].NoPowers));
    }

    internal static object Terms(PlanningWorld world, bool armed, int hosts, DateOnly? validTo = null, string command = "host") => new
    {
        armed, weaponTypes = armed ? new[] { "pistol" } : [], uniform = "national-uniform", powers = "none", hostOfficersPerForeignOfficer = hosts,
        command, basis = "law", basisReference = "Article R315-6, internal security code",
        validFrom = world.World.Start, validTo = validTo ?? world.World.End,
    };

    /// <summary>Every requirement wants armed officers; the foreign officers hold a pistol whose authorisation is granted for the event.</summary>
    internal static async Task RequireArmedAsync(PlanningWorld world, AuthorisationStatus authorisation = AuthorisationStatus.Granted)
    {
        var requirements = (await world.Coordinator.GetObjectAsync($"/api/v1/events/{world.EventId}/requirements?limit=500"))["items"]!.AsArray();
        foreach (var r in requirements)
        {
            using var put = await world.Coordinator.PutAsJsonAsync($"/api/v1/events/{world.EventId}/requirements/{r!["id"]}", new
            {
                siteId = r["siteId"], capabilityId = r["capabilityId"], start = r["start"], end = r["end"], quantity = r["quantity"],
                alertLevel = r["alertLevel"], priority = r["priority"], note = r["note"], version = r["version"], armed = true,
            });
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }

        await Equipment.Weapons.RegisterAsync(world.World.App, world.EventId, world.Polish.Concat(world.German), authorisation);
    }
}
