using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Data.Scenarios.Format;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Contingents;

/// <summary>
/// An event of its own, starting in a month (so that badges issued today are valid), with accepted commitments:
/// Poland 20 patrol officers and 2 canine teams, Germany 10 patrol officers. Its site STA is the commander's.
/// </summary>
internal sealed record ContingentWorld(ConcordiaApp App, HttpClient Coordinator, Guid EventId, string EventCode, DateOnly Start, DateOnly End,
    Guid Patrol, Guid Canine, Guid SiteId, IReadOnlyDictionary<(string Country, Guid Capability), Guid> Commitments)
{
    public static async Task<ContingentWorld> CreateAsync(ConcordiaApp app)
    {
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var end = start.AddDays(9);
        var small = TestScenario.Small();
        var file = small with
        {
            Event = small.Event with { Start = start, End = end, Phases = [new ScenarioPhase("main", "Main phase", start, end)] },
            Requirements = [],
        };
        var eventId = await coordinator.ImportAsync(file);
        var capabilities = await coordinator.GetArrayAsync($"/api/v1/events/{eventId}/capabilities");
        Guid Capability(string code) => capabilities.First(c => c!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<Guid>();
        var agencyId = (await coordinator.GetArrayAsync($"/api/v1/events/{eventId}/agencies")).First(a => a!["code"]!.GetValue<string>() == "pn")!["id"]!.GetValue<Guid>();
        var (patrol, canine) = (Capability("patrol"), Capability("k9"));
        await SendRequestAsync(coordinator, eventId, agencyId, patrol, canine, start, end);
        foreach (var country in new[] { "PL", "DE" })
        {
            await PledgeAndAcceptAsync(app, coordinator, eventId, country, start, end);
        }

        var commitments = (await coordinator.GetArrayAsync($"/api/v1/events/{eventId}/commitments"))
            .ToDictionary(c => (c!["country"]!.GetValue<string>(), c["capabilityId"]!.GetValue<Guid>()), c => c!["id"]!.GetValue<Guid>());
        var siteId = (await coordinator.GetArrayAsync($"/api/v1/events/{eventId}/sites")).First(s => s!["code"]!.GetValue<string>() == "STA")!["id"]!.GetValue<Guid>();
        return new ContingentWorld(app, coordinator, eventId, file.Event.Code, start, end, patrol, canine, siteId, commitments);
    }

    public Task<HttpClient> LiaisonAsync(string country) => App.ClientAsync(Roles.CountryLiaison, country);

    public Task<HttpClient> VettingAsync() => App.ClientAsync(Roles.VettingOfficer);

    public Task<HttpClient> CommanderAsync() => App.ClientAsync(Roles.SiteCommander, SiteId.ToString());

    public string Roster(string country) => $"/api/v1/events/{EventId}/countries/{country}/roster";

    /// <summary>Uploads a roster file as the request body; <paramref name="commit"/> imports it, otherwise previews it.</summary>
    public async Task<HttpResponseMessage> UploadAsync(HttpClient client, string country, byte[] file, string fileName, bool commit)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        return await client.PostAsync($"{Roster(country)}{(commit ? "" : "/preview")}?fileName={Uri.EscapeDataString(fileName)}", content);
    }

    /// <summary>Imports a roster that must be accepted; returns the import's summary.</summary>
    public async Task<JsonObject> ImportAsync(string country, byte[] file, string fileName = "roster.csv")
    {
        using var response = await UploadAsync(await LiaisonAsync(country), country, file, fileName, commit: true);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    public async Task<JsonArray> MembersAsync(string country) =>
        await (await LiaisonAsync(country)).GetArrayAsync($"/api/v1/events/{EventId}/countries/{country}/members");

    /// <summary>Applies a vetting decision to members; the answer must be a success.</summary>
    public async Task<JsonObject> DecideAsync(string action, IEnumerable<Guid> members, string? reason = null)
    {
        using var response = await (await VettingAsync()).PostAsJsonAsync($"/api/v1/events/{EventId}/accreditations/decisions",
            new { action, memberIds = members.ToArray(), reason });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static async Task SendRequestAsync(HttpClient coordinator, Guid eventId, Guid agencyId, Guid patrol, Guid canine, DateOnly start, DateOnly end)
    {
        using var created = await coordinator.PostAsJsonAsync($"/api/v1/events/{eventId}/requests", new
        {
            agencyId,
            title = "Reinforcement for the contingent tests",
            replyDeadline = DateTime.UtcNow.AddDays(10),
            lines = new object[] { new { capabilityId = patrol, from = start, to = end }, new { capabilityId = canine, from = start, to = end } },
            countries = new object[] { new { country = "PL", quantities = new[] { 20, 2 } }, new { country = "DE", quantities = new[] { 10, 0 } } },
        });
        var request = JsonNode.Parse(await created.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(created.StatusCode == HttpStatusCode.Created, request.ToJsonString());
        var requestId = request["id"]!.GetValue<Guid>();
        (await coordinator.PostAsJsonAsync($"/api/v1/requests/{requestId}/send", new { version = 0 })).EnsureSuccessStatusCode();
    }

    private static async Task PledgeAndAcceptAsync(ConcordiaApp app, HttpClient coordinator, Guid eventId, string country, DateOnly start, DateOnly end)
    {
        var liaison = await app.ClientAsync(Roles.CountryLiaison, country);
        var ask = (await liaison.GetArrayAsync($"/api/v1/events/{eventId}/countries/{country}/asks")).Single()!;
        var lines = ask["lines"]!.AsArray().Select(l => (Id: l!["lineId"]!.GetValue<Guid>(), Quantity: l["quantity"]!.GetValue<int>(),
            Capability: l["capabilityId"]!.GetValue<Guid>())).ToList();
        var answers = lines.Where(l => l.Quantity > 0)
            .Select(l => new { requestLineId = l.Id, answer = "full", capabilityId = l.Capability, quantity = l.Quantity, from = start, to = end }).ToArray();
        using var pledged = await liaison.PostAsJsonAsync($"/api/v1/asks/{ask["id"]}/pledge", new { lines = answers });
        var pledge = JsonNode.Parse(await pledged.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(pledged.StatusCode == HttpStatusCode.Created, pledge.ToJsonString());
        var version = pledge["version"]!.GetValue<int>();
        foreach (var line in pledge["lines"]!.AsArray())
        {
            using var decided = await coordinator.PostAsJsonAsync($"/api/v1/pledges/{pledge["id"]}/lines/{line!["id"]}/decision", new { decision = "accept", version });
            var body = JsonNode.Parse(await decided.Content.ReadAsStringAsync())!.AsObject();
            Assert.True(decided.IsSuccessStatusCode, body.ToJsonString());
            version = body["version"]!.GetValue<int>();
        }
    }
}
