using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Data.Planning;
using Concordia.Domain.Equipment;
using Concordia.Domain.Planning;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Legal;
using Concordia.Web.Tests.Planning;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Equipment;

/// <summary>
/// Issue 11, point 3, "per member and unit": a unit holds vehicles, radios and weapons as a whole, under the same rules
/// as a member's items (serials encrypted and masked, authorisations decided by the host), and a unit's weapon arms
/// none of its members. Changing an item without restating its serial keeps the serial; the roster's Armed column is
/// a declaration the register follows up.
/// </summary>
public sealed class UnitEquipmentTests(Apps apps)
{
    private const string Serial = "UNIT-WPN-0042-9913";

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_unit_holds_a_vehicle_radios_and_weapons_masked_in_its_countrys_register_and_hidden_from_another_country(string database)
    {
        var app = await apps.GetAsync(database);
        var (eventId, memberId, liaison, coordinator) = await EquipmentApiTests.ArrangeAsync(app);
        var unitId = await UnitAsync(liaison, eventId, "Public-order unit 1", [memberId]);
        var url = $"/api/v1/units/{unitId}/equipment";

        using var van = await liaison.PostAsJsonAsync(url, new { kind = "vehicle", type = "Riot van", reference = "WZ 4411U" }, ApiClient.Json);
        using var radio = await liaison.PostAsJsonAsync(url, new { kind = "radio", type = "Motorola MTP3550", reference = "PL-OPP-1" }, ApiClient.Json);
        using var weapon = await liaison.PostAsJsonAsync(url, new { kind = "weapon", type = "pistol", serial = Serial, authorisation = "requested" }, ApiClient.Json);
        var weaponId = (await weapon.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        using var notAPdf = await coordinator.PostAsJsonAsync(url, new
        {
            kind = "weapon", type = "pistol", serial = Serial, authorisation = "granted", authorisedFrom = "2024-07-26", authorisedTo = "2024-07-28",
        }, ApiClient.Json);
        var register = await coordinator.GetObjectAsync($"/api/v1/events/{eventId}/countries/PL/equipment");
        using var revealed = await liaison.PostAsync($"{url}/{weaponId}/serial", null);
        var german = await app.ClientAsync(Roles.CountryLiaison, "DE");
        using var germanList = await german.GetAsync(url);
        using var germanReveal = await german.PostAsync($"{url}/{weaponId}/serial", null);
        using var germanAdd = await german.PostAsJsonAsync(url, new { kind = "radio", type = "Sepura", reference = "DE-1" }, ApiClient.Json);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created), (van.StatusCode, radio.StatusCode, weapon.StatusCode));
        Assert.Equal(["document"], ApiClient.Fields(await ApiClient.ProblemAsync(notAPdf, HttpStatusCode.BadRequest)));
        var items = register["items"]!.AsArray();
        Assert.Equal(3, items.Count(i => i!["unitId"]?.GetValue<Guid>() == unitId));
        Assert.All(items, i => Assert.Equal("Unit Public-order unit 1", i!["holderName"]!.GetValue<string>()));
        Assert.DoesNotContain(Serial, register.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(items, i => i!["serialMasked"]?.GetValue<string>() == "••••9913");
        Assert.Equal((1, 1, 1, 1), (register["weapons"]!.GetValue<int>(), register["vehicles"]!.GetValue<int>(), register["radios"]!.GetValue<int>(),
            register["authorisationsPending"]!.GetValue<int>()));
        Assert.Equal(Serial, (await revealed.Content.ReadFromJsonAsync<JsonObject>())!["serial"]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
            (germanList.StatusCode, germanReveal.StatusCode, germanAdd.StatusCode));
        Assert.Equal(3, (await liaison.GetArrayAsync(url)).Count);
        Assert.Empty(await liaison.GetArrayAsync($"/api/v1/members/{memberId}/equipment"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_host_grants_a_weapon_without_restating_its_serial_and_a_liaisons_change_sends_it_back_to_requested(string database)
    {
        var app = await apps.GetAsync(database);
        var (_, memberId, liaison, coordinator) = await EquipmentApiTests.ArrangeAsync(app);
        var url = $"/api/v1/members/{memberId}/equipment";
        using var requested = await liaison.PostAsJsonAsync(url, new { kind = "weapon", type = "pistol", serial = Serial, authorisation = "requested" }, ApiClient.Json);
        var weapon = (await requested.Content.ReadFromJsonAsync<JsonObject>())!;
        var itemUrl = $"{url}/{weapon["id"]}";

        using var granted = await coordinator.PutAsJsonAsync(itemUrl, new
        {
            kind = "weapon", type = "pistol", authorisation = "granted", authorisedFrom = "2024-07-26", authorisedTo = "2024-07-28",
            documentFileName = "prefecture.pdf", document = LegalStatusApiTests.Pdf, version = weapon["version"]!.GetValue<int>(),
        }, ApiClient.Json);
        var afterGrant = (await granted.Content.ReadFromJsonAsync<JsonObject>())!;
        using var liaisonGrants = await liaison.PutAsJsonAsync(itemUrl, new
        {
            kind = "weapon", type = "pistol", authorisation = "granted", authorisedFrom = "2024-07-26", authorisedTo = "2024-07-28",
            version = afterGrant["version"]!.GetValue<int>(),
        }, ApiClient.Json);
        using var liaisonChanges = await liaison.PutAsJsonAsync(itemUrl, new
        {
            kind = "weapon", type = "Pistol", authorisation = "requested", version = afterGrant["version"]!.GetValue<int>(),
        }, ApiClient.Json);
        using var serial = await coordinator.PostAsync($"{itemUrl}/serial", null);

        Assert.True(granted.IsSuccessStatusCode, afterGrant.ToJsonString());
        Assert.Equal(("granted", "••••9913", "prefecture.pdf"), (afterGrant["authorisation"]!.GetValue<string>(),
            afterGrant["serialMasked"]!.GetValue<string>(), afterGrant["documentFileName"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, liaisonGrants.StatusCode);
        Assert.Equal("requested", (await liaisonChanges.Content.ReadFromJsonAsync<JsonObject>())!["authorisation"]!.GetValue<string>());
        Assert.Equal(Serial, (await serial.Content.ReadFromJsonAsync<JsonObject>())!["serial"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_units_granted_weapon_arms_none_of_its_members_for_the_planner(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await PlanningWorld.CreateAsync(app);
        (await world.Coordinator.PutAsJsonAsync($"/api/v1/events/{world.EventId}/countries/PL/legal-status/all",
            LegalStatusPlanningTests.Terms(world, armed: true, hosts: 1), ApiClient.Json)).EnsureSuccessStatusCode();
        var unitId = await UnitAsync(await world.World.LiaisonAsync("PL"), world.EventId, "Polish patrol group", world.Polish);
        await using (var arrange = new SystemDb(app.Services))
        {
            var ev = await arrange.Db.Events.SingleAsync(e => e.Id == world.EventId);
            var unit = await arrange.Db.Units.SingleAsync(u => u.Id == unitId);
            arrange.Db.Equipment.Add(EquipmentItem.RegisterForUnit(ev, unit, new EquipmentDetails(EquipmentKind.Weapon, "pistol", Serial: Serial,
                    Authorisation: AuthorisationStatus.Granted, AuthorisedFrom: ev.Start, AuthorisedTo: ev.End),
                new AuthorisationDocument("unit.pdf", LegalStatusApiTests.Pdf), ["pistol"], "test", DateTime.UtcNow).Value);
            await arrange.Db.SaveChangesAsync();
        }

        await Weapons.RegisterAsync(app, world.EventId, [world.Polish[0]], AuthorisationStatus.Granted);

        await using var system = new SystemDb(app.Services);
        var e = await system.Db.Events.SingleAsync(x => x.Id == world.EventId);
        var (problem, _) = await PlanningProblemBuilder.BuildAsync(system.Db, e, e.CurrentAlertLevel, PlanningSettings.DefaultsFor(e.Id), null, DateTime.UtcNow, default);

        var armed = problem.Staff.ToDictionary(s => s.Id, s => s.Armed);
        Assert.Equal([true, false, false, false], world.Polish.Select(id => armed[PlanningProblemBuilder.Key(id)]));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_member_the_roster_declares_armed_without_a_registered_weapon_is_listed_for_follow_up(string database)
    {
        var app = await apps.GetAsync(database);
        var (eventId, memberId, liaison, _) = await EquipmentApiTests.ArrangeAsync(app);
        using var armed = await liaison.PostAsJsonAsync($"/api/v1/events/{eventId}/countries/PL/members",
            new { familyName = "Zielinski", givenName = "Piotr", armed = true, weaponAuthorisation = "requested" });
        armed.EnsureSuccessStatusCode();
        var before = await liaison.GetObjectAsync($"/api/v1/events/{eventId}/countries/PL/equipment");
        var armedId = (await armed.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        (await liaison.PostAsJsonAsync($"/api/v1/members/{armedId}/equipment", new { kind = "weapon", type = "pistol", serial = Serial, authorisation = "requested" },
            ApiClient.Json)).EnsureSuccessStatusCode();
        var after = await liaison.GetObjectAsync($"/api/v1/events/{eventId}/countries/PL/equipment");

        Assert.Equal(["ZIELINSKI Piotr"], before["declaredArmedWithoutWeapon"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Empty(after["declaredArmedWithoutWeapon"]!.AsArray());
        Assert.NotEqual(memberId, armedId);
    }

    /// <summary>Forms a unit of Poland's contingent with the given members, as Poland's liaison.</summary>
    private static async Task<Guid> UnitAsync(HttpClient liaison, Guid eventId, string name, IReadOnlyList<Guid> members)
    {
        using var created = await liaison.PostAsJsonAsync($"/api/v1/events/{eventId}/countries/PL/units", new { name, memberIds = members, leaderId = members[0] });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }
}
