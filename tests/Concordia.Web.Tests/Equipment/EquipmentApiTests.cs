using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Legal;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Equipment;

/// <summary>
/// The equipment, weapons and dogs register (issue 11, point 3): weapon serials encrypted at rest, masked when read and
/// shown in full only on an audited request by those with a need to know; bad input changes nothing; another country's
/// liaison sees nothing.
/// </summary>
public sealed class EquipmentApiTests(Apps apps)
{
    private const string Serial = "GLK-20240726-7731";

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_weapon_serial_is_encrypted_at_rest_masked_when_read_and_shown_in_full_only_on_an_audited_request(string database)
    {
        var app = await apps.GetAsync(database);
        var (eventId, memberId, liaison, coordinator) = await ArrangeAsync(app);

        using var registered = await liaison.PostAsJsonAsync($"/api/v1/members/{memberId}/equipment",
            new { kind = "weapon", type = "Pistol", serial = Serial, authorisation = "requested" }, ApiClient.Json);
        var item = await registered.Content.ReadFromJsonAsync<JsonObject>();
        var itemId = item!["id"]!.GetValue<Guid>();
        var listed = await coordinator.GetStringAsync($"/api/v1/members/{memberId}/equipment");
        var register = await coordinator.GetObjectAsync($"/api/v1/events/{eventId}/countries/PL/equipment");
        using var revealed = await (await app.ClientAsync(Roles.VettingOfficer)).PostAsync($"/api/v1/members/{memberId}/equipment/{itemId}/serial", null);
        using var byPlanner = await (await app.ClientAsync(Roles.Planner)).PostAsync($"/api/v1/members/{memberId}/equipment/{itemId}/serial", null);

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal("••••7731", item["serialMasked"]!.GetValue<string>());
        Assert.DoesNotContain(Serial, listed, StringComparison.Ordinal);
        Assert.Contains("••••7731", listed, StringComparison.Ordinal);
        Assert.Equal(1, register["authorisationsPending"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal(Serial, (await revealed.Content.ReadFromJsonAsync<JsonObject>())!["serial"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, byPlanner.StatusCode);
        var audit = (await (await app.ClientAsync(Roles.Administrator)).GetObjectAsync($"/api/v1/audit?entityType=EquipmentItem&entityId={itemId}"))["items"]!.AsArray();
        Assert.Contains(audit, e => e!["action"]!.GetValue<string>() == "WeaponSerialRevealed");
        Assert.DoesNotContain(Serial, audit.ToJsonString(), StringComparison.Ordinal);
        var raw = await RawSerialsAsync(app);
        Assert.NotEmpty(raw);
        Assert.All(raw, cipher => Assert.DoesNotContain("7731", cipher, StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_countrys_liaison_can_neither_read_change_nor_reveal_a_members_equipment(string database)
    {
        var app = await apps.GetAsync(database);
        var (eventId, memberId, liaison, _) = await ArrangeAsync(app);
        using var registered = await liaison.PostAsJsonAsync($"/api/v1/members/{memberId}/equipment",
            new { kind = "weapon", type = "pistol", serial = Serial, authorisation = "requested" }, ApiClient.Json);
        var itemId = (await registered.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var german = await app.ClientAsync(Roles.CountryLiaison, "DE");

        using var list = await german.GetAsync($"/api/v1/members/{memberId}/equipment");
        using var register = await german.GetAsync($"/api/v1/events/{eventId}/countries/PL/equipment");
        using var reveal = await german.PostAsync($"/api/v1/members/{memberId}/equipment/{itemId}/serial", null);
        using var remove = await german.DeleteAsync($"/api/v1/members/{memberId}/equipment/{itemId}");
        using var add = await german.PostAsJsonAsync($"/api/v1/members/{memberId}/equipment", new { kind = "radio", type = "Sepura", reference = "DE-1" }, ApiClient.Json);

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, register.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reveal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, add.StatusCode);
        Assert.Single(await liaison.GetArrayAsync($"/api/v1/members/{memberId}/equipment"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Bad_items_are_refused_naming_the_field_and_change_nothing(string database)
    {
        var app = await apps.GetAsync(database);
        var (_, memberId, liaison, coordinator) = await ArrangeAsync(app);
        var url = $"/api/v1/members/{memberId}/equipment";
        var notPdf = Encoding.ASCII.GetBytes("GIF89a this is an image, not an authorisation");

        using var notAPdf = await coordinator.PostAsJsonAsync(url, Weapon("granted", "2024-07-26", "2024-07-28", notPdf), ApiClient.Json);
        using var outside = await coordinator.PostAsJsonAsync(url, Weapon("granted", "2024-07-20", "2024-08-15", LegalStatusApiTests.Pdf), ApiClient.Json);
        using var noDocument = await coordinator.PostAsJsonAsync(url, Weapon("granted", "2024-07-26", "2024-07-28", null), ApiClient.Json);
        using var rifle = await coordinator.PostAsJsonAsync(url, new { kind = "weapon", type = "rifle", serial = Serial, authorisation = "requested" }, ApiClient.Json);
        using var liaisonGrants = await liaison.PostAsJsonAsync(url, Weapon("granted", "2024-07-26", "2024-07-28", LegalStatusApiTests.Pdf), ApiClient.Json);
        using var dog = await liaison.PostAsJsonAsync(url, new { kind = "dog", name = "Rex", speciality = "explosives", reference = "12345", vaccinationValidUntil = "2024-07-27" }, ApiClient.Json);

        Assert.Equal(["document"], ApiClient.Fields(await ApiClient.ProblemAsync(notAPdf, HttpStatusCode.BadRequest)));
        Assert.Equal(["authorisedFrom", "authorisedTo"], ApiClient.Fields(await ApiClient.ProblemAsync(outside, HttpStatusCode.BadRequest)));
        Assert.Equal(["document"], ApiClient.Fields(await ApiClient.ProblemAsync(noDocument, HttpStatusCode.BadRequest)));
        Assert.Equal(["type"], ApiClient.Fields(await ApiClient.ProblemAsync(rifle, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.Forbidden, liaisonGrants.StatusCode);
        Assert.Equal(["reference", "vaccinationValidUntil"], ApiClient.Fields(await ApiClient.ProblemAsync(dog, HttpStatusCode.BadRequest)));
        Assert.Empty(await coordinator.GetArrayAsync(url));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_host_grants_a_requested_authorisation_with_its_pdf_and_the_register_lists_vehicles_radios_and_dogs(string database)
    {
        var app = await apps.GetAsync(database);
        var (eventId, memberId, liaison, coordinator) = await ArrangeAsync(app);
        var url = $"/api/v1/members/{memberId}/equipment";
        using var requested = await liaison.PostAsJsonAsync(url, new { kind = "weapon", type = "pistol", serial = Serial, authorisation = "requested" }, ApiClient.Json);
        var weapon = await requested.Content.ReadFromJsonAsync<JsonObject>();
        (await liaison.PostAsJsonAsync(url, new { kind = "vehicle", type = "Patrol car", reference = "WZ 1234A" }, ApiClient.Json)).EnsureSuccessStatusCode();
        (await liaison.PostAsJsonAsync(url, new { kind = "radio", type = "Motorola MTP3550", reference = "PL-ALFA-3" }, ApiClient.Json)).EnsureSuccessStatusCode();
        (await liaison.PostAsJsonAsync(url, new
        {
            kind = "dog", name = "Bora", type = "Belgian Malinois", speciality = "explosives", reference = "616093900012345", vaccinationValidUntil = "2025-03-01",
        }, ApiClient.Json)).EnsureSuccessStatusCode();

        using var granted = await coordinator.PutAsJsonAsync($"{url}/{weapon!["id"]}", new
        {
            kind = "weapon", type = "pistol", serial = Serial, authorisation = "granted", authorisedFrom = "2024-07-26", authorisedTo = "2024-07-28",
            documentFileName = "prefecture-authorisation.pdf", document = LegalStatusApiTests.Pdf, version = weapon["version"]!.GetValue<int>(),
        }, ApiClient.Json);
        var document = await liaison.GetByteArrayAsync($"{url}/{weapon["id"]}/document");
        var register = await liaison.GetObjectAsync($"/api/v1/events/{eventId}/countries/PL/equipment");

        Assert.True(granted.IsSuccessStatusCode, await granted.Content.ReadAsStringAsync());
        Assert.Equal(LegalStatusApiTests.Pdf, document);
        Assert.Equal((1, 1, 1, 1, 0), (register["weapons"]!.GetValue<int>(), register["vehicles"]!.GetValue<int>(), register["radios"]!.GetValue<int>(),
            register["dogs"]!.GetValue<int>(), register["authorisationsPending"]!.GetValue<int>()));
        var items = register["items"]!.AsArray();
        Assert.Contains(items, i => i!["kind"]!.GetValue<string>() == "dog" && i["name"]!.GetValue<string>() == "Bora");
        Assert.Contains(items, i => i!["authorisation"]?.GetValue<string>() == "granted" && i["documentFileName"]!.GetValue<string>() == "prefecture-authorisation.pdf");
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_badge_says_armed_only_with_a_granted_authorisation_and_names_a_canine_teams_dog(string database)
    {
        var app = await apps.GetAsync(database);
        var (eventId, memberId, liaison, coordinator) = await ArrangeAsync(app);
        using var second = await liaison.PostAsJsonAsync($"/api/v1/events/{eventId}/countries/PL/members", new { familyName = "Kowalski", givenName = "Jan" });
        var refusedId = (await second.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        (await coordinator.PostAsJsonAsync($"/api/v1/members/{memberId}/equipment", Weapon("granted", "2024-07-26", "2024-07-28", LegalStatusApiTests.Pdf), ApiClient.Json))
            .EnsureSuccessStatusCode();
        (await liaison.PostAsJsonAsync($"/api/v1/members/{memberId}/equipment", new
        {
            kind = "dog", name = "Bora", speciality = "explosives", reference = "616093900012345", vaccinationValidUntil = "2025-03-01",
        }, ApiClient.Json)).EnsureSuccessStatusCode();
        (await coordinator.PostAsJsonAsync($"/api/v1/members/{refusedId}/equipment", Weapon("refused", "2024-07-26", "2024-07-28", null), ApiClient.Json))
            .EnsureSuccessStatusCode();

        await using var system = new SystemDb(app.Services);
        var armed = await Web.Features.Equipment.BadgeEquipment.ForAsync(system.Db, memberId, default);
        var refused = await Web.Features.Equipment.BadgeEquipment.ForAsync(system.Db, refusedId, default);

        Assert.Equal(new Web.Features.Equipment.BadgeEquipment.Facts(true, "pistol, 2024-07-26 → 2024-07-28", "Bora · Explosives"), armed);
        Assert.Equal(new Web.Features.Equipment.BadgeEquipment.Facts(false, null, null), refused);
    }

    private static object Weapon(string authorisation, string from, string to, byte[]? document) => new
    {
        kind = "weapon", type = "pistol", serial = Serial, authorisation, authorisedFrom = from, authorisedTo = to,
        documentFileName = document is null ? null : "authorisation.pdf", document,
    };

    /// <summary>The small scenario (26–28 July 2024); Poland armed with pistols; a Polish member added by Poland's liaison.</summary>
    internal static async Task<(Guid EventId, Guid MemberId, HttpClient Liaison, HttpClient Coordinator)> ArrangeAsync(ConcordiaApp app)
    {
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        (await coordinator.PutAsJsonAsync($"/api/v1/events/{eventId}/countries/PL/legal-status/all", LegalStatusApiTests.Paris(), ApiClient.Json))
            .EnsureSuccessStatusCode();
        var liaison = await app.ClientAsync(Roles.CountryLiaison, "PL");
        using var created = await liaison.PostAsJsonAsync($"/api/v1/events/{eventId}/countries/PL/members", new { familyName = "Nowak", givenName = "Anna" });
        created.EnsureSuccessStatusCode();
        return (eventId, (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>(), liaison, coordinator);
    }

    /// <summary>The serial column as the database holds it.</summary>
    private static async Task<List<string>> RawSerialsAsync(ConcordiaApp app)
    {
        await using var system = new SystemDb(app.Services);
        DbConnection connection = system.Db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Serial\" FROM \"EquipmentItems\" WHERE \"Serial\" IS NOT NULL";
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
