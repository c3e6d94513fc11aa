using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Requests;

/// <summary>
/// A sent campaign of the small test event: line 1 asks patrol officers 26–28 July, line 2 canine teams 27–28 July;
/// Poland is asked 20 and 2, Spain 30 and 0, Germany 10 and 4.
/// </summary>
internal sealed record Campaign(ConcordiaApp App, HttpClient Coordinator, Guid EventId, Guid AgencyId, Guid RequestId, Guid PatrolLine, Guid DogLine,
    Guid Patrol, Guid Canine, Guid PublicOrder)
{
    public static async Task<Campaign> SendAsync(ConcordiaApp app)
    {
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var capabilities = await coordinator.GetArrayAsync($"/api/v1/events/{eventId}/capabilities");
        Guid Capability(string code) => capabilities.First(c => c!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<Guid>();
        var agencyId = (await coordinator.GetArrayAsync($"/api/v1/events/{eventId}/agencies")).First(a => a!["code"]!.GetValue<string>() == "pn")!["id"]!.GetValue<Guid>();
        using var created = await coordinator.PostAsJsonAsync($"/api/v1/events/{eventId}/requests", new
        {
            agencyId,
            title = "Police reinforcement for the Test Games",
            replyDeadline = DateTime.UtcNow.AddDays(10),
            lines = new object[]
            {
                new { capabilityId = Capability("patrol"), from = "2024-07-26", to = "2024-07-28", siteGroup = "fan zones", conditions = new { languages = new[] { "fr", "en" }, armed = "armed", ownEquipment = false, lodging = "host-supported" } },
                new { capabilityId = Capability("k9"), from = "2024-07-27", to = "2024-07-28" },
            },
            countries = new object[]
            {
                new { country = "PL", quantities = new[] { 20, 2 } },
                new { country = "ES", quantities = new[] { 30, 0 } },
                new { country = "DE", quantities = new[] { 10, 4 } },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var request = (await created.Content.ReadFromJsonAsync<JsonObject>(ApiClient.Json))!;
        var requestId = request["id"]!.GetValue<Guid>();
        (await coordinator.PostAsJsonAsync($"/api/v1/requests/{requestId}/send", new { version = 0 })).EnsureSuccessStatusCode();
        var lines = request["lines"]!.AsArray();
        return new Campaign(app, coordinator, eventId, agencyId, requestId, lines[0]!["id"]!.GetValue<Guid>(), lines[1]!["id"]!.GetValue<Guid>(),
            Capability("patrol"), Capability("k9"), Capability("crs"));
    }

    public Task<HttpClient> LiaisonAsync(string country) => App.ClientAsync(Roles.CountryLiaison, country);

    public async Task<Guid> AskOfAsync(string country)
    {
        var liaison = await LiaisonAsync(country);
        return (await liaison.GetArrayAsync($"/api/v1/events/{EventId}/countries/{country}/asks")).Single()!["id"]!.GetValue<Guid>();
    }

    public object Full(int quantity) => new { requestLineId = PatrolLine, answer = "full", capabilityId = Patrol, quantity, from = "2024-07-26", to = "2024-07-28" };

    public object Dogs(int quantity) => new { requestLineId = DogLine, answer = "full", capabilityId = Canine, quantity, from = "2024-07-27", to = "2024-07-28" };

    public async Task<JsonObject> PledgeAsync(string country, params object[] lines)
    {
        var liaison = await LiaisonAsync(country);
        using var response = await liaison.PostAsJsonAsync($"/api/v1/asks/{await AskOfAsync(country)}/pledge", new { lines });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonNode.Parse(body)!.AsObject();
    }
}
