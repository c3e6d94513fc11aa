using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Requests;

namespace Concordia.Web.Tests.Costs;

/// <summary>
/// Cost estimates (issue 11, point 2): a liaison estimates their own country's pledge, the host each commitment; each
/// category shows who bears it under the agreement; bad estimates are refused naming the field and change nothing; the
/// reciprocity ledger shows the commitments' estimates per currency next to the money claimed.
/// </summary>
public sealed class CostEstimateTests(Apps apps)
{
    private static object Agreement() => new
    {
        kind = "invitation-letter", reference = "INV-2024/PL", title = "Invitation to send police officers", validFrom = "2024-07-26", validTo = "2024-07-28",
        costs = new object[] { new { category = "lodging", payer = "host" }, new { category = "transport", payer = "shared", hostSharePercent = 50 } },
    };

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_liaison_estimates_their_pledge_the_host_a_commitment_and_each_category_says_who_bears_it(string database)
    {
        var app = await apps.GetAsync(database);
        var campaign = await Campaign.SendAsync(app);
        var coordinator = campaign.Coordinator;
        var polish = await campaign.LiaisonAsync("PL");
        var pledge = (await campaign.PledgeAsync("PL", campaign.Full(20), campaign.Dogs(2)))["id"]!.GetValue<Guid>();
        var germanPledge = (await campaign.PledgeAsync("DE", campaign.Full(10), campaign.Dogs(4)))["id"]!.GetValue<Guid>();
        var url = $"/api/v1/events/{campaign.EventId}/countries/PL";
        (await coordinator.PostAsJsonAsync($"{url}/agreements", Agreement(), ApiClient.Json)).EnsureSuccessStatusCode();
        var line = (await coordinator.GetObjectAsync($"/api/v1/pledges/{pledge}"))["lines"]![0]!["id"]!.GetValue<Guid>();
        (await coordinator.PostAsJsonAsync($"/api/v1/pledges/{pledge}/lines/{line}/decision", new { decision = "accept", version = 1 })).EnsureSuccessStatusCode();
        var commitment = (await coordinator.GetArrayAsync($"/api/v1/events/{campaign.EventId}/commitments"))
            .Single(c => c!["country"]!.GetValue<string>() == "PL")!["id"]!.GetValue<Guid>();

        using var pledged = await polish.PutAsJsonAsync($"{url}/pledges/{pledge}/estimate", new
        {
            currency = "PLN", lines = new object[] { new { category = "lodging", amount = 64_500m }, new { category = "per-diem", amount = 25_800m } },
        }, ApiClient.Json);
        using var otherPledge = await polish.PutAsJsonAsync($"/api/v1/events/{campaign.EventId}/countries/DE/pledges/{germanPledge}/estimate",
            new { currency = "EUR", lines = new object[] { new { category = "fuel", amount = 10m } } }, ApiClient.Json);
        using var liaisonCommitment = await polish.PutAsJsonAsync($"{url}/commitments/{commitment}/estimate",
            new { currency = "EUR", lines = new object[] { new { category = "fuel", amount = 10m } } }, ApiClient.Json);
        using var estimated = await coordinator.PutAsJsonAsync($"{url}/commitments/{commitment}/estimate", new
        {
            currency = "EUR", version = 0,
            lines = new object[] { new { category = "lodging", amount = 15_000m }, new { category = "transport", amount = 6_000.5m }, new { category = "uniforms", amount = 0m } },
        }, ApiClient.Json);
        using var stale = await coordinator.PutAsJsonAsync($"{url}/commitments/{commitment}/estimate",
            new { currency = "EUR", version = 0, lines = new object[] { new { category = "fuel", amount = 10m } } }, ApiClient.Json);

        Assert.True(pledged.StatusCode == HttpStatusCode.OK, await pledged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, otherPledge.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, liaisonCommitment.StatusCode);
        var body = (await estimated.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.OK, estimated.StatusCode);
        Assert.Equal((21_000.5m, 18_000.25m), (body["estimate"]!["total"]!.GetValue<decimal>(), body["hostTotal"]!.GetValue<decimal>()));
        Assert.Equal([("lodging", "host", 15_000m), ("transport", "shared", 3_000.25m), ("uniforms", "not-covered", 0m)],
            body["shares"]!.AsArray().Select(s => (s!["category"]!.GetValue<string>(), s["payer"]!.GetValue<string>(), s["hostPart"]!.GetValue<decimal>())));
        await ApiClient.ProblemAsync(stale, HttpStatusCode.Conflict);
        var costs = await polish.GetObjectAsync($"{url}/costs");
        var estimates = costs["estimates"]!.AsArray();
        Assert.Equal(["pledge", "commitment"], estimates.Select(e => e!["kind"]!.GetValue<string>()));
        Assert.Equal(("PLN", 90_300m), (estimates[0]!["estimate"]!["currency"]!.GetValue<string>(), estimates[0]!["estimate"]!["total"]!.GetValue<decimal>()));
        Assert.StartsWith("20 × ", estimates[0]!["what"]!.GetValue<string>(), StringComparison.Ordinal);
        var euro = costs["totals"]!.AsArray().Single(t => t!["currency"]!.GetValue<string>() == "EUR")!;
        Assert.Equal((21_000.5m, 0m), (euro["estimated"]!.GetValue<decimal>(), euro["expenses"]!.GetValue<decimal>()));
        var admin = await app.ClientAsync(Roles.Administrator);
        var audit = (await admin.GetObjectAsync($"/api/v1/audit?entityType=Commitment&entityId={commitment}"))["items"]!.AsArray();
        Assert.Equal("Updated", audit[0]!["action"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_bad_estimate_is_refused_naming_each_field_and_changes_nothing(string database)
    {
        var app = await apps.GetAsync(database);
        var campaign = await Campaign.SendAsync(app);
        var polish = await campaign.LiaisonAsync("PL");
        var pledge = (await campaign.PledgeAsync("PL", campaign.Full(20), campaign.Dogs(2)))["id"]!.GetValue<Guid>();
        var url = $"/api/v1/events/{campaign.EventId}/countries/PL/pledges/{pledge}/estimate";

        using var bad = await polish.PutAsJsonAsync(url, new
        {
            currency = "EURO",
            lines = new object[] { new { category = "lodging", amount = -1m }, new { category = "lodging", amount = 1.001m }, new { category = "fuel" } },
        }, ApiClient.Json);
        using var empty = await polish.PutAsJsonAsync(url, new { currency = "EUR", lines = Array.Empty<object>() }, ApiClient.Json);
        using var unknownCategory = await polish.PutAsJsonAsync(url, new { currency = "EUR", lines = new object[] { new { category = "catering", amount = 5m } } },
            ApiClient.Json);
        using var unknownPledge = await polish.PutAsJsonAsync($"/api/v1/events/{campaign.EventId}/countries/PL/pledges/{Guid.NewGuid()}/estimate",
            new { currency = "EUR", lines = new object[] { new { category = "fuel", amount = 5m } } }, ApiClient.Json);

        Assert.Equal(["currency", "lines[0].amount", "lines[1].category", "lines[1].amount", "lines[2].amount"],
            ApiClient.Fields(await ApiClient.ProblemAsync(bad, HttpStatusCode.BadRequest)));
        Assert.Equal(["lines"], ApiClient.Fields(await ApiClient.ProblemAsync(empty, HttpStatusCode.BadRequest)));
        var unknown = ApiClient.Fields(await ApiClient.ProblemAsync(unknownCategory, HttpStatusCode.BadRequest));
        Assert.Contains(unknown, f => f.Contains("category", StringComparison.OrdinalIgnoreCase));
        await ApiClient.ProblemAsync(unknownPledge, HttpStatusCode.NotFound);
        var costs = await polish.GetObjectAsync($"/api/v1/events/{campaign.EventId}/countries/PL/costs");
        Assert.Null(costs["estimates"]![0]!["estimate"]);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_reciprocity_ledger_shows_the_commitments_estimates_per_currency_next_to_the_money_claimed(string database)
    {
        var app = await apps.GetAsync(database);
        var campaign = await Campaign.SendAsync(app);
        var coordinator = campaign.Coordinator;
        foreach (var country in new[] { "PL", "DE" })
        {
            var pledge = (country == "PL" ? await campaign.PledgeAsync(country, campaign.Full(20), campaign.Dogs(2))
                : await campaign.PledgeAsync(country, campaign.Full(10), campaign.Dogs(4)))["id"]!.GetValue<Guid>();
            var line = (await coordinator.GetObjectAsync($"/api/v1/pledges/{pledge}"))["lines"]![0]!["id"]!.GetValue<Guid>();
            (await coordinator.PostAsJsonAsync($"/api/v1/pledges/{pledge}/lines/{line}/decision", new { decision = "accept", version = 1 })).EnsureSuccessStatusCode();
        }

        var commitments = await coordinator.GetArrayAsync($"/api/v1/events/{campaign.EventId}/commitments");
        foreach (var c in commitments)
        {
            var country = c!["country"]!.GetValue<string>();
            (await coordinator.PutAsJsonAsync($"/api/v1/events/{campaign.EventId}/countries/{country}/commitments/{c["id"]}/estimate", new
            {
                currency = country == "PL" ? "PLN" : "EUR", lines = new object[] { new { category = "lodging", amount = country == "PL" ? 4_300m : 1_000m } },
            }, ApiClient.Json)).EnsureSuccessStatusCode();
        }

        var all = (await coordinator.GetObjectAsync("/api/v1/reciprocity"))["money"]!.AsArray()
            .Where(m => m!["claimant"]!.GetValue<string>() is "PL" or "DE").ToList();
        var polish = (await (await campaign.LiaisonAsync("PL")).GetObjectAsync("/api/v1/reciprocity"))["money"]!.AsArray();

        Assert.Contains(all, m => m!["claimant"]!.GetValue<string>() == "PL" && m["currency"]!.GetValue<string>() == "PLN" && m["estimated"]!.GetValue<decimal>() >= 4_300m);
        Assert.Contains(all, m => m!["claimant"]!.GetValue<string>() == "DE" && m["currency"]!.GetValue<string>() == "EUR" && m["estimated"]!.GetValue<decimal>() >= 1_000m);
        Assert.DoesNotContain(polish, m => m!["claimant"]!.GetValue<string>() == "DE");
    }
}
