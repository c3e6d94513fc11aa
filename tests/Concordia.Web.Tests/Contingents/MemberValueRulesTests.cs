using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Contingents;

/// <summary>
/// Issue 12, point 4: a member's values follow one set of rules on every path. Each bad value is refused by
/// <c>POST …/members</c>, by <c>PUT /members/{id}</c> and by the roster preview, each naming the same field.
/// </summary>
public sealed class MemberValueRulesTests(Apps apps)
{
    /// <summary>The field, the roster column that holds it, and a value no path may store.</summary>
    public static TheoryData<string, string, string> BadValues => new()
    {
        { "familyName", "Family name", "Ab\u0000cd" },
        { "familyName", "Family name", "Nowak2" },
        { "familyName", "Family name", "<b>Nowak</b>" },
        { "familyName", "Family name", "Now\u0007ak" },
        { "familyName", "Family name", "Now\u001bak" },
        { "familyName", "Family name", "\uFEFFNowak" },
        { "givenName", "Given name", "Jan\u202e" },
        { "givenName", "Given name", "Jan\u200D" },
        { "givenName", "Given name", "Ja\u200Bn" },
        { "phone", "Phone", "call me maybe" },
        { "phone", "Phone", "123" },
        { "documentNumber", "Passport number", "!!" },
        { "latinName", "Name in Latin letters", "Иванов" },
        { "rank", "Rank", "R\u0000" },
        { "service", "Service", "Poli\u0001cja" },
    };

    [Theory, MemberData(nameof(BadValues))]
    public async Task A_bad_value_is_refused_by_the_api_create_the_api_update_and_the_roster_preview(string field, string column, string value)
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var world = await ContingentWorld.CreateAsync(app);
        var liaison = await world.LiaisonAsync("PL");
        var good = new JsonObject { ["familyName"] = "Nowak", ["givenName"] = "Jan", ["capabilityId"] = world.Patrol, ["personnelNumber"] = "PL-V-1" };
        using var created = await liaison.PostAsJsonAsync($"/api/v1/events/{world.EventId}/countries/PL/members", good);
        var member = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var bad = good.DeepClone().AsObject();
        bad[field] = value;
        bad["personnelNumber"] = "PL-V-2";

        using var post = await liaison.PostAsJsonAsync($"/api/v1/events/{world.EventId}/countries/PL/members", bad);
        bad["version"] = member["version"]!.GetValue<int>();
        bad["personnelNumber"] = "PL-V-1";
        using var put = await liaison.PutAsJsonAsync($"/api/v1/members/{member["id"]}", bad);
        var row = new Dictionary<string, string> { ["Personnel number"] = "PL-V-3", ["Family name"] = "Nowak", ["Given name"] = "Jan", ["Capability"] = "patrol" };
        row[column] = value;
        var csv = string.Join(',', row.Keys) + "\r\n" + string.Join(',', row.Values.Select(v => $"\"{v}\"")) + "\r\n";

        using var preview = await world.UploadAsync(liaison, "PL", new UTF8Encoding(false).GetBytes(csv), "roster.csv", commit: false);
        var previewed = (await preview.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(field, ApiClient.Fields(await ApiClient.ProblemAsync(post, HttpStatusCode.BadRequest)));
        Assert.Contains(field, ApiClient.Fields(await ApiClient.ProblemAsync(put, HttpStatusCode.BadRequest)));
        Assert.False(previewed["valid"]!.GetValue<bool>());
        Assert.Contains(previewed["errors"]!.AsArray(), e => e!["columnName"]?.GetValue<string>() == column);
    }

    [Fact]
    public async Task A_site_name_with_control_characters_is_refused()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());

        using var response = await coordinator.PostAsJsonAsync($"/api/v1/events/{eventId}/sites",
            new { code = "CTRL", name = "Stade\u0000\u0001", kind = "venue", location = new { lat = 48.9, lon = 2.3 } });

        Assert.Equal(["name"], ApiClient.Fields(await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task Names_in_scripts_that_join_letters_with_zero_width_joiners_are_still_accepted()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var world = await ContingentWorld.CreateAsync(app);

        using var created = await (await world.LiaisonAsync("PL")).PostAsJsonAsync($"/api/v1/events/{world.EventId}/countries/PL/members",
            new { familyName = "می\u200Cخواهم", givenName = "Jan", latinName = "Mikhaham", capabilityId = world.Patrol, phone = "+48 601 234 567" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }
}
