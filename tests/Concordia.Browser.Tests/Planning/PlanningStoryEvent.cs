using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Concordia.Browser.Tests.Infrastructure;
using Concordia.Data;
using Concordia.Data.Scenarios;
using Concordia.Data.Scenarios.Format;
using Concordia.Domain.Contingents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Browser.Tests.Planning;

/// <summary>
/// A small event of the test's own, next to the demo's, quick to plan: for three days, the Stade de France needs 6 patrol
/// officers from 06:00 to 14:00 and the Trocadéro 4 from 14:00 to 22:00 at Vigilance (9 and 6 at Urgence attentat);
/// 16 officers of the Police nationale, 4 accredited Polish and 2 German officers of accepted commitments; Polish
/// supporters are expected at the stadium every day. Plans search 5 s, re-plans 2 s.
/// </summary>
internal static class PlanningStoryEvent
{
    public const string Code = "plan-story";

    public static async Task CreateAsync(DemoApp app)
    {
        var coordinator = await app.ApiClientAsync("coordinator@concordia.demo");
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var end = start.AddDays(4);
        using (var imported = await coordinator.PostAsync("/api/v1/scenarios",
            new StringContent(System.Text.Json.JsonSerializer.Serialize(Scenario(start, end), ScenarioJson.Options), Encoding.UTF8, "application/json")))
        {
            Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        }

        var events = await coordinator.GetFromJsonAsync<JsonArray>("/api/v1/events");
        var eventId = events!.First(e => e!["code"]!.GetValue<string>() == Code)!["id"]!.GetValue<Guid>();
        var agencyId = (await coordinator.GetFromJsonAsync<JsonArray>($"/api/v1/events/{eventId}/agencies"))!
            .First(a => a!["code"]!.GetValue<string>() == "pn")!["id"]!.GetValue<Guid>();
        var patrol = (await coordinator.GetFromJsonAsync<JsonArray>($"/api/v1/events/{eventId}/capabilities"))!
            .First(c => c!["code"]!.GetValue<string>() == "patrol")!["id"]!.GetValue<Guid>();
        using (var created = await coordinator.PostAsJsonAsync($"/api/v1/events/{eventId}/requests", new
        {
            agencyId,
            title = "Patrol officers for the stadium and the Trocadéro",
            replyDeadline = DateTime.UtcNow.AddDays(10),
            lines = new object[] { new { capabilityId = patrol, from = start, to = end } },
            countries = new object[] { new { country = "PL", quantities = new[] { 4 } }, new { country = "DE", quantities = new[] { 2 } } },
        }))
        {
            var request = JsonNode.Parse(await created.Content.ReadAsStringAsync())!.AsObject();
            Assert.True(created.IsSuccessStatusCode, request.ToJsonString());
            (await coordinator.PostAsJsonAsync($"/api/v1/requests/{request["id"]}/send", new { version = 0 })).EnsureSuccessStatusCode();
        }

        foreach (var (country, account) in new[] { ("PL", "liaison.pl@concordia.demo"), ("DE", "liaison.de@concordia.demo") })
        {
            await PledgeAndAcceptAsync(coordinator, await app.ApiClientAsync(account), eventId, country, start, end);
        }

        // Polish supporters at the stadium every day, so that Polish officers are wanted there.
        var planner = await app.ApiClientAsync("planner@concordia.demo");
        var stadium = (await coordinator.GetFromJsonAsync<JsonArray>($"/api/v1/events/{eventId}/sites"))!
            .First(s => s!["code"]!.GetValue<string>() == "STA")!["id"]!.GetValue<Guid>();
        for (var d = 1; d <= 3; d++)
        {
            using var visitors = await planner.PostAsJsonAsync($"/api/v1/events/{eventId}/visitors", new { siteId = stadium, day = start.AddDays(d), country = "PL", note = "Poland supporters" });
            Assert.True(visitors.IsSuccessStatusCode, await visitors.Content.ReadAsStringAsync());
        }

        var settings = (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/events/{eventId}/planning-settings"))!;
        settings["planSeconds"] = 5;
        settings["replanSeconds"] = 2;
        (await planner.PutAsJsonAsync($"/api/v1/events/{eventId}/planning-settings", settings)).EnsureSuccessStatusCode();

        await AddMembersAsync(app, eventId, patrol);
    }

    private static ScenarioFile Scenario(DateOnly start, DateOnly end)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        string Local(DateOnly day, int hour)
        {
            var at = day.ToDateTime(new TimeOnly(hour, 0));
            return new DateTimeOffset(at, zone.GetUtcOffset(at)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        }

        var requirements = Enumerable.Range(1, 3).Select(start.AddDays).SelectMany(day => new[]
        {
            new ScenarioRequirement("STA", "patrol", "vigilance", Local(day, 6), Local(day, 14), 6, 1, null),
            new ScenarioRequirement("STA", "patrol", "urgence-attentat", Local(day, 6), Local(day, 14), 9, 1, null),
            new ScenarioRequirement("TRO", "patrol", "vigilance", Local(day, 14), Local(day, 22), 4, 2, null),
            new ScenarioRequirement("TRO", "patrol", "urgence-attentat", Local(day, 14), Local(day, 22), 6, 2, null),
        }).ToList();
        return new ScenarioFile(
            ScenarioFile.CurrentVersion,
            new ScenarioEvent(Code, "Planning story", "A small event the planning browser test plans", "FR", "Europe/Paris", start, end,
                [new ScenarioPhase("main", "Main phase", start, end)]),
            new ScenarioAlertScale("vigipirate", "Vigipirate",
            [
                new ScenarioAlertLevel("vigilance", "Vigilance", 1, "#2E86C1", null),
                new ScenarioAlertLevel("urgence-attentat", "Urgence attentat", 2, "#C0392B", null),
            ], "vigilance"),
            [new ScenarioAgency("mi", "Ministère de l'Intérieur", "ministry", null), new ScenarioAgency("pn", "Police nationale", "police", "mi")],
            [new ScenarioCapability("patrol", "Patrol officer", "patrol-officer", 3, 1, 0, null)],
            [
                new ScenarioSite("STA", "Stade de France", "venue", "Saint-Denis", new ScenarioPoint(48.92448, 2.36013), null, null, 77083, null),
                new ScenarioSite("TRO", "Trocadéro", "fan-zone", "Paris", new ScenarioPoint(48.8616, 2.2893), null, null, null, null),
            ],
            requirements);
    }

    private static async Task PledgeAndAcceptAsync(HttpClient coordinator, HttpClient liaison, Guid eventId, string country, DateOnly start, DateOnly end)
    {
        var ask = (await liaison.GetFromJsonAsync<JsonArray>($"/api/v1/events/{eventId}/countries/{country}/asks"))!.Single()!;
        var answers = ask["lines"]!.AsArray().Select(l => new
        {
            requestLineId = l!["lineId"]!.GetValue<Guid>(), answer = "full", capabilityId = l["capabilityId"]!.GetValue<Guid>(),
            quantity = l["quantity"]!.GetValue<int>(), from = start, to = end,
        }).ToArray();
        using var pledged = await liaison.PostAsJsonAsync($"/api/v1/asks/{ask["id"]}/pledge", new { lines = answers });
        var pledge = JsonNode.Parse(await pledged.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(pledged.IsSuccessStatusCode, pledge.ToJsonString());
        var version = pledge["version"]!.GetValue<int>();
        foreach (var line in pledge["lines"]!.AsArray())
        {
            using var decided = await coordinator.PostAsJsonAsync($"/api/v1/pledges/{pledge["id"]}/lines/{line!["id"]}/decision", new { decision = "accept", version });
            var body = JsonNode.Parse(await decided.Content.ReadAsStringAsync())!.AsObject();
            Assert.True(decided.IsSuccessStatusCode, body.ToJsonString());
            version = body["version"]!.GetValue<int>();
        }
    }

    // Rosters are imported elsewhere; here the members are written as the import and vetting would leave them.
    private static async Task AddMembersAsync(DemoApp app, Guid eventId, Guid patrol)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = SystemContext.Create(scope.ServiceProvider, "test");
        var ev = await db.Events.SingleAsync(e => e.Id == eventId);
        var police = await db.Agencies.SingleAsync(a => a.EventId == eventId && a.Code == "pn");
        var commitments = await db.Commitments.Where(c => c.EventId == eventId).ToListAsync();
        var now = DateTime.UtcNow;
        static MemberDetails Details(string number, string family, string given, string language, Guid capability) =>
            new(family, given, Rank: "Officer", Service: "Police", CapabilityId: capability, PersonnelNumber: number,
                Languages: [new LanguageSkill(language, LanguageLevel.Native)]);
        string[] french = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David"];
        var members = french.Select((name, i) => Member.CreateHost(ev, police, Details($"PN-{i + 1:000}", name, "Camille", "fr", patrol), now).Value).ToList();
        Member Foreign(string country, string number, string family, string given, string language)
        {
            var member = Member.Create(ev, country, Details(number, family, given, language, patrol), now).Value;
            member.Accredit("Vetting officer", now);
            member.LinkTo(commitments.Single(c => c.Country == country));
            return member;
        }

        members.AddRange([
            Foreign("PL", "PL-001", "Nowak", "Anna", "pl"), Foreign("PL", "PL-002", "Kowalski", "Piotr", "pl"),
            Foreign("PL", "PL-003", "Wiśniewska", "Ewa", "pl"), Foreign("PL", "PL-004", "Wójcik", "Tomasz", "pl"),
            Foreign("DE", "DE-001", "Müller", "Jonas", "de"), Foreign("DE", "DE-002", "Schmidt", "Lena", "de"),
        ]);
        db.Members.AddRange(members);
        await db.SaveChangesAsync();
    }
}
