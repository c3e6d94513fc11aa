using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Requests;

public sealed class RequestFlowTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_campaign_shows_totals_to_the_host_and_each_country_only_its_own_ask(string database)
    {
        var campaign = await Campaign.SendAsync(await apps.GetAsync(database));

        var request = await campaign.Coordinator.GetObjectAsync($"/api/v1/requests/{campaign.RequestId}");
        var polish = await (await campaign.LiaisonAsync("PL")).GetObjectAsync($"/api/v1/asks/{await campaign.AskOfAsync("PL")}");
        using var germanAskAsPole = await (await campaign.LiaisonAsync("PL")).GetAsync($"/api/v1/asks/{await campaign.AskOfAsync("DE")}");
        using var requestAsPole = await (await campaign.LiaisonAsync("PL")).GetAsync($"/api/v1/requests/{campaign.RequestId}");

        Assert.Equal("sent", request["status"]!.GetValue<string>());
        Assert.Equal([60, 6], request["lines"]!.AsArray().Select(l => l!["totalAsked"]!.GetValue<int>()));
        Assert.Equal([20, 2], polish["lines"]!.AsArray().Select(l => l!["quantity"]!.GetValue<int>()));
        await ApiClient.ProblemAsync(germanAskAsPole, HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(requestAsPole, HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Full_partial_and_counter_offer_answers_become_commitments_when_accepted(string database)
    {
        var c = await Campaign.SendAsync(await apps.GetAsync(database));

        var pl = await c.PledgeAsync("PL", c.Full(20), c.Dogs(2));
        var es = await c.PledgeAsync("ES", new { requestLineId = c.PatrolLine, answer = "partial", capabilityId = c.Patrol, quantity = 25, from = "2024-07-26", to = "2024-07-28" });
        var de = await c.PledgeAsync("DE",
            new { requestLineId = c.PatrolLine, answer = "counter-offer", capabilityId = c.PublicOrder, quantity = 1, from = "2024-07-26", to = "2024-07-28", note = "a public-order unit instead" },
            new { requestLineId = c.DogLine, answer = "declined", capabilityId = c.Canine, quantity = 0, from = "2024-07-27", to = "2024-07-28", note = "all our dogs are committed at home" });
        foreach (var pledge in new[] { pl, es, de })
        {
            var version = pledge["version"]!.GetValue<int>();
            foreach (var line in pledge["lines"]!.AsArray().Where(l => l!["answer"]!.GetValue<string>() != "declined"))
            {
                using var decided = await c.Coordinator.PostAsJsonAsync($"/api/v1/pledges/{pledge["id"]}/lines/{line!["id"]}/decision", new { decision = "accept", version });
                var body = await decided.Content.ReadFromJsonAsync<JsonObject>();
                Assert.True(decided.IsSuccessStatusCode, body?.ToJsonString());
                version = body!["version"]!.GetValue<int>();
            }
        }

        var commitments = await c.Coordinator.GetArrayAsync($"/api/v1/events/{c.EventId}/commitments");
        Assert.Equal([("DE", 1), ("ES", 25), ("PL", 20), ("PL", 2)],
            commitments.Select(x => (x!["country"]!.GetValue<string>(), x["quantity"]!.GetValue<int>())).OrderBy(x => x.Item1).ThenByDescending(x => x.Item2));
        Assert.Equal([("PL", 20), ("PL", 2)], (await (await c.LiaisonAsync("PL")).GetArrayAsync($"/api/v1/events/{c.EventId}/commitments"))
            .Select(x => (x!["country"]!.GetValue<string>(), x["quantity"]!.GetValue<int>())));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_partial_answer_that_gives_everything_and_a_missing_line_are_refused_naming_the_line(string database)
    {
        var c = await Campaign.SendAsync(await apps.GetAsync(database));
        var liaison = await c.LiaisonAsync("PL");

        using var response = await liaison.PostAsJsonAsync($"/api/v1/asks/{await c.AskOfAsync("PL")}/pledge", new
        {
            lines = new[] { new { requestLineId = c.PatrolLine, answer = "partial", capabilityId = c.Patrol, quantity = 20, from = "2024-07-26", to = "2024-07-28" } },
        });

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("lines[0].answer", ApiClient.Fields(problem));
        Assert.Contains("lines", ApiClient.Fields(problem));
        Assert.Empty(await liaison.GetArrayAsync($"/api/v1/events/{c.EventId}/pledges"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_second_writer_on_a_stale_version_gets_409_with_what_changed_and_nothing_is_lost(string database)
    {
        var c = await Campaign.SendAsync(await apps.GetAsync(database));
        var pledge = await c.PledgeAsync("PL", c.Full(20), c.Dogs(2));
        var liaison = await c.LiaisonAsync("PL");
        var partial = new { requestLineId = c.PatrolLine, answer = "partial", capabilityId = c.Patrol, quantity = 15, from = "2024-07-26", to = "2024-07-28" };

        using var first = await liaison.PutAsJsonAsync($"/api/v1/pledges/{pledge["id"]}", new { lines = new[] { partial, c.Dogs(2) }, version = 1 });
        using var second = await liaison.PutAsJsonAsync($"/api/v1/pledges/{pledge["id"]}", new { lines = new[] { c.Full(20) }, version = 1 });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var problem = await ApiClient.ProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal(2, problem["currentVersion"]!.GetValue<int>());
        Assert.Contains(problem["changes"]!.AsArray(), change => change!.GetValue<string>().Contains("full 20", StringComparison.Ordinal) &&
            change.GetValue<string>().Contains("partial 15", StringComparison.Ordinal));
        var current = await liaison.GetObjectAsync($"/api/v1/pledges/{pledge["id"]}");
        Assert.Equal(15, current["lines"]![0]!["quantity"]!.GetValue<int>());
        var versions = await liaison.GetArrayAsync($"/api/v1/pledges/{pledge["id"]}/versions");
        Assert.Equal(["submitted", "amended"], versions.Select(v => v!["change"]!.GetValue<string>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_amendment_keeps_the_lines_the_host_already_accepted(string database)
    {
        var c = await Campaign.SendAsync(await apps.GetAsync(database));
        var pledge = await c.PledgeAsync("PL", c.Full(20), c.Dogs(2));
        var dogLine = pledge["lines"]!.AsArray().First(l => l!["requestLineId"]!.GetValue<Guid>() == c.DogLine)!["id"]!.GetValue<Guid>();
        (await c.Coordinator.PostAsJsonAsync($"/api/v1/pledges/{pledge["id"]}/lines/{dogLine}/decision", new { decision = "accept", version = 1 })).EnsureSuccessStatusCode();
        var liaison = await c.LiaisonAsync("PL");

        using var amended = await liaison.PutAsJsonAsync($"/api/v1/pledges/{pledge["id"]}", new
        {
            lines = new[] { new { requestLineId = c.PatrolLine, answer = "partial", capabilityId = c.Patrol, quantity = 12, from = "2024-07-27", to = "2024-07-28" } },
            version = 2,
        });

        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        var lines = (await amended.Content.ReadFromJsonAsync<JsonObject>(ApiClient.Json))!["lines"]!.AsArray();
        Assert.Equal([("accepted", 2), ("pending", 12)], lines.Select(l => (l!["decision"]!.GetValue<string>(), l["quantity"]!.GetValue<int>())));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_agency_officer_of_another_agency_cannot_decide_and_a_withdrawn_commitment_stays_visible(string database)
    {
        var c = await Campaign.SendAsync(await apps.GetAsync(database));
        var pledge = await c.PledgeAsync("PL", c.Full(20), c.Dogs(2));
        var line = pledge["lines"]![0]!["id"]!.GetValue<Guid>();
        var otherAgency = (await c.Coordinator.GetArrayAsync($"/api/v1/events/{c.EventId}/agencies")).First(a => a!["code"]!.GetValue<string>() == "mi")!["id"]!.GetValue<string>();
        var officer = await c.App.ClientAsync(Roles.HostAgencyOfficer, otherAgency);

        using var refused = await officer.PostAsJsonAsync($"/api/v1/pledges/{pledge["id"]}/lines/{line}/decision", new { decision = "accept", version = 1 });
        await ApiClient.ProblemAsync(refused, HttpStatusCode.Forbidden);

        (await c.Coordinator.PostAsJsonAsync($"/api/v1/pledges/{pledge["id"]}/lines/{line}/decision", new { decision = "accept", version = 1 })).EnsureSuccessStatusCode();
        var commitment = (await c.Coordinator.GetArrayAsync($"/api/v1/events/{c.EventId}/commitments")).Single()!;
        using var withdrawn = await (await c.LiaisonAsync("PL")).PostAsJsonAsync($"/api/v1/commitments/{commitment["id"]}/withdraw",
            new { reason = "Officers recalled for a national emergency", version = 0 });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var after = (await c.Coordinator.GetArrayAsync($"/api/v1/events/{c.EventId}/commitments")).Single()!;
        Assert.Equal("Officers recalled for a national emergency", after["withdrawalReason"]!.GetValue<string>());
        Assert.StartsWith("Test CountryLiaison (PL)", after["withdrawnBy"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_country_can_offer_help_nobody_asked_for(string database)
    {
        var c = await Campaign.SendAsync(await apps.GetAsync(database));
        var liaison = await c.LiaisonAsync("IT");

        using var offered = await liaison.PostAsJsonAsync($"/api/v1/events/{c.EventId}/countries/IT/offers", new
        {
            agencyId = c.AgencyId,
            lines = new[] { new { answer = "offer", capabilityId = c.Canine, quantity = 3, from = "2024-07-26", to = "2024-07-28", note = "Carabinieri dog teams" } },
        });

        Assert.Equal(HttpStatusCode.Created, offered.StatusCode);
        var pledges = await c.Coordinator.GetArrayAsync($"/api/v1/events/{c.EventId}/pledges");
        Assert.Contains(pledges, p => p!["country"]!.GetValue<string>() == "IT" && p["askId"] is null);
    }
}
