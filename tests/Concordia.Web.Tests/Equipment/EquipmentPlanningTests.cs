using System.Net.Http.Json;
using Concordia.Data.Planning;
using Concordia.Domain.Equipment;
using Concordia.Domain.Planning;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Legal;
using Concordia.Web.Tests.Planning;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Equipment;

/// <summary>
/// Issue 11, points 3 and 6: a foreign officer counts as armed only when their country's legal status lets them carry
/// arms and they hold a weapon whose authorisation is granted and valid on their days.
/// </summary>
public sealed class EquipmentPlanningTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Officers_whose_weapon_authorisation_is_refused_are_never_planned_where_armed_officers_are_required(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var url = $"/api/v1/events/{world.EventId}/countries";
        // Both countries' officers may carry pistols; the Polish officers' authorisations were refused.
        (await world.Coordinator.PutAsJsonAsync($"{url}/PL/legal-status/all", LegalStatusPlanningTests.Terms(world, armed: true, hosts: 1), ApiClient.Json))
            .EnsureSuccessStatusCode();
        (await world.Coordinator.PutAsJsonAsync($"{url}/DE/legal-status/all", LegalStatusPlanningTests.Terms(world, armed: true, hosts: 1), ApiClient.Json))
            .EnsureSuccessStatusCode();
        await LegalStatusPlanningTests.RequireArmedAsync(world, AuthorisationStatus.Refused);
        await Weapons.RegisterAsync(app, world.EventId, world.German, AuthorisationStatus.Granted);

        var job = await world.PlanAsync();

        Assert.Equal("done", job["state"]!.GetValue<string>());
        Assert.Equal(0, job["hardViolations"]!.GetValue<long>());
        var duties = await PlanningWorld.DutiesAsync(await world.PlannerAsync(), job["versionId"]!.GetValue<Guid>());
        Assert.Equal(PlanningWorld.Needed * PlanningWorld.Days, duties.Count);
        Assert.DoesNotContain(duties, d => d!["country"]!.GetValue<string>() == "PL");
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_officer_is_armed_only_with_a_granted_authorisation_covering_their_days_and_a_status_that_arms_them(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        var url = $"/api/v1/events/{world.EventId}/countries";
        (await world.Coordinator.PutAsJsonAsync($"{url}/PL/legal-status/all", LegalStatusPlanningTests.Terms(world, armed: true, hosts: 1), ApiClient.Json))
            .EnsureSuccessStatusCode();
        (await world.Coordinator.PutAsJsonAsync($"{url}/DE/legal-status/all", LegalStatusPlanningTests.Terms(world, armed: false, hosts: 1), ApiClient.Json))
            .EnsureSuccessStatusCode();
        // Polish officers 0 and 1: granted for the whole event, requested; 2: granted but ending on the first day; 3: nothing.
        // German officers: granted, but their status leaves them unarmed.
        await Weapons.RegisterAsync(app, world.EventId, [world.Polish[0], .. world.German], AuthorisationStatus.Granted);
        await Weapons.RegisterAsync(app, world.EventId, [world.Polish[1]], AuthorisationStatus.Requested);
        await using (var arrange = new SystemDb(app.Services))
        {
            var ev = await arrange.Db.Events.SingleAsync(e => e.Id == world.EventId);
            var member = await arrange.Db.Members.SingleAsync(m => m.Id == world.Polish[2]);
            arrange.Db.Equipment.Add(EquipmentItem.Register(ev, member, new EquipmentDetails(EquipmentKind.Weapon, "pistol", Serial: "SHORT-0001",
                    Authorisation: AuthorisationStatus.Granted, AuthorisedFrom: ev.Start, AuthorisedTo: ev.Start),
                new AuthorisationDocument("a.pdf", LegalStatusApiTests.Pdf), ["pistol"], "test", DateTime.UtcNow).Value);
            await arrange.Db.SaveChangesAsync();
        }

        await using var system = new SystemDb(app.Services);
        var e = await system.Db.Events.SingleAsync(x => x.Id == world.EventId);
        var (problem, _) = await PlanningProblemBuilder.BuildAsync(system.Db, e, e.CurrentAlertLevel, PlanningSettings.DefaultsFor(e.Id), null, DateTime.UtcNow, default);

        var armed = problem.Staff.ToDictionary(s => s.Id, s => s.Armed);
        Assert.Equal([true, false, false, false], world.Polish.Select(id => armed[PlanningProblemBuilder.Key(id)]));
        Assert.All(world.German, id => Assert.False(armed[PlanningProblemBuilder.Key(id)]));
    }
}
