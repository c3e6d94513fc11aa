using System.Net;
using System.Net.Http.Json;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Requests;

/// <summary>Issue 13, point 5: a country's conditions have their own fields, and a wrong date names the field that is wrong.</summary>
public sealed class PledgeConditionsTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Conditions_are_kept_apart_from_the_note_and_each_version_keeps_them(string database)
    {
        var c = await Campaign.SendAsync(await apps.GetAsync(database));
        var conditions = new { languages = new[] { "EN", "pl", "en" }, ownEquipment = true, lodging = "self-sufficient", other = "  day shifts only " };
        var pledge = await c.PledgeAsync("PL",
            new { requestLineId = c.PatrolLine, answer = "full", capabilityId = c.Patrol, quantity = 20, from = "2024-07-26", to = "2024-07-28", armed = "armed", conditions },
            c.Dogs(2));

        var line = pledge["lines"]!.AsArray().First(l => l!["requestLineId"]!.GetValue<Guid>() == c.PatrolLine)!;
        Assert.Equal(["en", "pl"], line["conditions"]!["languages"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.True(line["conditions"]!["ownEquipment"]!.GetValue<bool>());
        Assert.Equal("self-sufficient", line["conditions"]!["lodging"]!.GetValue<string>());
        Assert.Equal("day shifts only", line["conditions"]!["other"]!.GetValue<string>());
        Assert.Null(line["note"]);
        var dogs = pledge["lines"]!.AsArray().First(l => l!["requestLineId"]!.GetValue<Guid>() == c.DogLine)!;
        Assert.Empty(dogs["conditions"]!["languages"]!.AsArray());
        Assert.Equal("host-supported", dogs["conditions"]!["lodging"]!.GetValue<string>());

        var liaison = await c.LiaisonAsync("PL");
        using var amended = await liaison.PutAsJsonAsync($"/api/v1/pledges/{pledge["id"]}", new
        {
            version = pledge["version"]!.GetValue<int>(),
            lines = new object[]
            {
                new { requestLineId = c.PatrolLine, answer = "full", capabilityId = c.Patrol, quantity = 20, from = "2024-07-26", to = "2024-07-28", armed = "armed",
                    conditions = new { languages = new[] { "en" }, ownEquipment = true, lodging = "self-sufficient", other = "day shifts only" } },
                c.Dogs(2),
            },
        });
        Assert.True(amended.IsSuccessStatusCode, await amended.Content.ReadAsStringAsync());
        var history = await liaison.GetArrayAsync($"/api/v1/pledges/{pledge["id"]}/versions");
        // Each version keeps the conditions as they stood.
        string[] Languages(System.Text.Json.Nodes.JsonNode? version) => [.. version!["lines"]!.AsArray().First(l => l!["requestLineId"]!.GetValue<Guid>() == c.PatrolLine)!
            ["conditions"]!["languages"]!.AsArray().Select(l => l!.GetValue<string>())];
        Assert.Equal(["en", "pl"], Languages(history.First()));
        Assert.Equal(["en"], Languages(history.Last()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_wrong_to_date_and_a_wrong_language_are_refused_naming_those_fields_and_nothing_is_stored(string database)
    {
        var c = await Campaign.SendAsync(await apps.GetAsync(database));
        var liaison = await c.LiaisonAsync("PL");

        using var response = await liaison.PostAsJsonAsync($"/api/v1/asks/{await c.AskOfAsync("PL")}/pledge", new
        {
            lines = new object[]
            {
                new { requestLineId = c.PatrolLine, answer = "counter-offer", capabilityId = c.PublicOrder, quantity = 1, from = "2024-07-26", to = "2030-01-01",
                    conditions = new { languages = new[] { "polish" } } },
                c.Dogs(2),
            },
        });

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        var fields = ApiClient.Fields(problem);
        Assert.Contains("lines[0].to", fields);
        Assert.DoesNotContain("lines[0].from", fields);
        Assert.Contains("lines[0].conditions.languages", fields);
        Assert.Empty(await liaison.GetArrayAsync($"/api/v1/events/{c.EventId}/pledges"));
    }
}
