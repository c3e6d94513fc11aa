using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Costs;

/// <summary>The Paris 2024 demo's agreements and claims, as DemoCosts states them.</summary>
public sealed class DemoCostsTests(ParisDemo demo) : IClassFixture<ParisDemo>
{
    [Fact]
    public async Task Every_contributing_country_has_an_agreement_and_the_demo_shows_claims_in_every_state_a_past_event_allows()
    {
        var agreements = await demo.Observer.GetArrayAsync($"/api/v1/events/{demo.Paris}/agreements");
        var contingents = await demo.Observer.GetArrayAsync($"/api/v1/events/{demo.Paris}/contingents");
        var claims = await demo.Observer.GetArrayAsync($"/api/v1/events/{demo.Paris}/claims");

        Assert.Equal(contingents.Select(c => c!["country"]!.GetValue<string>()).Order(), agreements.Select(a => a!["country"]!.GetValue<string>()).Order());
        Assert.All(agreements, a => Assert.Equal("host", a!["terms"]!["costs"]![0]!["payer"]!.GetValue<string>()));
        Assert.Equal(["approved", "draft", "reimbursed", "submitted"], claims.Select(c => c!["state"]!.GetValue<string>()).Order());
        var polish = await demo.App.ClientAsync(Roles.CountryLiaison, "PL");
        Assert.All(await polish.GetArrayAsync($"/api/v1/events/{demo.Paris}/claims"), c => Assert.Equal("PL", c!["country"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_demo_commitments_carry_estimates_so_the_ledger_shows_estimated_money_on_first_start()
    {
        var polish = await demo.App.ClientAsync(Roles.CountryLiaison, "PL");
        var costs = await polish.GetObjectAsync($"/api/v1/events/{demo.Paris}/countries/PL/costs");
        var ledger = await polish.GetObjectAsync("/api/v1/reciprocity");

        Assert.All(costs["estimates"]!.AsArray().Where(e => e!["kind"]!.GetValue<string>() == "commitment" && e["active"]!.GetValue<bool>()),
            e => Assert.Equal("PLN", e!["estimate"]!["currency"]!.GetValue<string>()));
        Assert.Contains(ledger["money"]!.AsArray(), m => m!["claimant"]!.GetValue<string>() == "PL" && m["host"]!.GetValue<string>() == "FR"
            && m["currency"]!.GetValue<string>() == "PLN" && m["estimated"]!.GetValue<decimal>() > 0);
    }
}
