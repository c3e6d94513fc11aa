using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Costs;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Reciprocity;

/// <summary>
/// The ledger over the two history files, worked out by hand. Qatar 2022 ran 14 Nov – 18 Dec (35 days): France gave
/// 200 gendarmes + 4 EOD teams of 3 + 10 dog handlers = 222 people, 7,770 officer-days; Turkey 3,000 × 35 = 105,000.
/// EURO 2016 ran 8 Jun – 10 Jul for the contributions (33 days): the United Kingdom gave France 24 × 33 = 792, Poland 330.
/// </summary>
public sealed class ReciprocityLedgerTests : IAsyncLifetime
{
    private ConcordiaApp? app;

    public async ValueTask InitializeAsync()
    {
        app = await ConcordiaApp.StartAsync(Databases.Sqlite);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        foreach (var file in new[] { "qatar-2022", "euro-2016" })
        {
            var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", file, "scenario.json"));
            (await coordinator.PostAsync("/api/v1/scenarios", new StringContent(text, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Host_staff_see_every_pair_in_officer_days_with_the_balance()
    {
        var ledger = await (await app!.ClientAsync(Roles.HostCoordinator)).GetObjectAsync("/api/v1/reciprocity");

        var pairs = ledger["pairs"]!.AsArray();
        var franceQatar = pairs.Single(p => p!["countryA"]!.GetValue<string>() == "FR" && p["countryB"]!.GetValue<string>() == "QA")!;
        Assert.Equal((7770, 0, 7770), (Int(franceQatar, "aGaveB"), Int(franceQatar, "bGaveA"), Int(franceQatar, "balanceForA")));
        var britainFrance = pairs.Single(p => p!["countryA"]!.GetValue<string>() == "FR" && p["countryB"]!.GetValue<string>() == "GB")!;
        Assert.Equal((0, 792, -792), (Int(britainFrance, "aGaveB"), Int(britainFrance, "bGaveA"), Int(britainFrance, "balanceForA")));
        var france = ledger["countries"]!.AsArray().Single(c => c!["country"]!.GetValue<string>() == "FR")!;
        Assert.Equal((7770, 180 * 33), (Int(france, "given"), Int(france, "received")));
        var turkey = ledger["entries"]!.AsArray().Single(e => e!["giver"]!.GetValue<string>() == "TR" && e["receiver"]!.GetValue<string>() == "QA")!;
        Assert.Equal((3000, 105000), (Int(turkey, "people"), Int(turkey, "officerDays")));
    }

    [Fact]
    public async Task A_liaison_sees_only_the_pairs_of_their_own_country()
    {
        var ledger = await (await app!.ClientAsync(Roles.CountryLiaison, "PL")).GetObjectAsync("/api/v1/reciprocity");

        var pair = Assert.Single(ledger["pairs"]!.AsArray())!;
        Assert.Equal(("FR", "PL", 0, 330), (pair["countryA"]!.GetValue<string>(), pair["countryB"]!.GetValue<string>(), Int(pair, "aGaveB"), Int(pair, "bGaveA")));
        Assert.All(ledger["entries"]!.AsArray(), e => Assert.Equal("PL", e!["giver"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_withdrawn_commitment_leaves_the_ledger()
    {
        var coordinator = await app!.ClientAsync(Roles.HostCoordinator);
        var qatar = (await coordinator.GetArrayAsync("/api/v1/events")).Single(e => e!["code"]!.GetValue<string>() == "qatar-2022")!["id"]!.GetValue<Guid>();
        var turkish = (await coordinator.GetArrayAsync($"/api/v1/events/{qatar}/commitments")).Single(c => c!["country"]!.GetValue<string>() == "TR")!;

        (await coordinator.PostAsJsonAsync($"/api/v1/commitments/{turkish["id"]}/withdraw", new { reason = "Recorded twice", version = 0 })).EnsureSuccessStatusCode();

        var ledger = await coordinator.GetObjectAsync("/api/v1/reciprocity");
        Assert.DoesNotContain(ledger["entries"]!.AsArray(), e => e!["giver"]!.GetValue<string>() == "TR" && e["receiver"]!.GetValue<string>() == "QA");
    }

    [Fact]
    public async Task The_ledger_shows_the_money_france_claimed_from_qatar_per_currency_next_to_the_officer_days()
    {
        // Qatar 2022: France's gendarmes came under an intergovernmental agreement; Qatar paid lodging and transport.
        var coordinator = await app!.ClientAsync(Roles.HostCoordinator);
        var qatar = (await coordinator.GetArrayAsync("/api/v1/events")).Single(e => e!["code"]!.GetValue<string>() == "qatar-2022")!["id"]!.GetValue<Guid>();
        var france = $"/api/v1/events/{qatar}/countries/FR";
        (await coordinator.PostAsJsonAsync($"{france}/agreements", new
        {
            kind = "intergovernmental-agreement", reference = "FR-QA 2022", title = "Security cooperation for the World Cup", validFrom = "2022-11-01",
            validTo = "2022-12-18", costs = new object[] { new { category = "lodging", payer = "host" }, new { category = "transport", payer = "host" } },
        }, ApiClient.Json)).EnsureSuccessStatusCode();
        var euros = await CostsApiTests.RecordAsync(coordinator, france, "transport", 80_000m, "EUR", "2022-11-10");
        var riyals = await CostsApiTests.RecordAsync(coordinator, france, "lodging", 1_500_000m, "QAR", "2022-12-01");
        foreach (var expense in new[] { euros, riyals })
        {
            using var claim = await coordinator.PostAsJsonAsync($"{france}/claims", new { expenseIds = new[] { expense } });
            var id = (await claim.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
            (await coordinator.PostAsJsonAsync($"{france}/claims/{id}/submit", new { })).EnsureSuccessStatusCode();
            (await coordinator.PostAsJsonAsync($"{france}/claims/{id}/approve", new { })).EnsureSuccessStatusCode();
        }

        var ledger = await coordinator.GetObjectAsync("/api/v1/reciprocity");
        var polish = await (await app.ClientAsync(Roles.CountryLiaison, "PL")).GetObjectAsync("/api/v1/reciprocity");

        var money = ledger["money"]!.AsArray().Where(m => m!["claimant"]!.GetValue<string>() == "FR" && m["host"]!.GetValue<string>() == "QA")
            .Select(m => (m!["currency"]!.GetValue<string>(), m["claimed"]!.GetValue<decimal>(), m["approved"]!.GetValue<decimal>(), m["reimbursed"]!.GetValue<decimal>()))
            .ToList();
        Assert.Equal([("EUR", 80_000m, 80_000m, 0m), ("QAR", 1_500_000m, 1_500_000m, 0m)], money);
        Assert.Empty(polish["money"]!.AsArray());
    }

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
