using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Legal;

/// <summary>The Paris 2024 demo's legal statuses: one for every contributing country, as DemoLegalStatuses states them.</summary>
public sealed class DemoLegalStatusTests(ParisDemo demo) : IClassFixture<ParisDemo>
{
    [Fact]
    public async Task Every_contributing_country_has_a_status_for_all_its_officers_and_german_officers_have_the_powers_berlin_consented_to()
    {
        var statuses = await demo.Observer.GetArrayAsync($"/api/v1/events/{demo.Paris}/legal-statuses");
        var contingents = await demo.Observer.GetArrayAsync($"/api/v1/events/{demo.Paris}/contingents");

        var general = statuses.Where(s => s!["officerType"]!.GetValue<string>() == "all").ToList();
        Assert.Equal(contingents.Select(c => c!["country"]!.GetValue<string>()).Order(), general.Select(s => s!["country"]!.GetValue<string>()).Order());
        var german = general.Single(s => s!["country"]!.GetValue<string>() == "DE")!["terms"]!;
        Assert.Equal(("limited", 1), (german["powers"]!.GetValue<string>(), german["hostOfficersPerForeignOfficer"]!.GetValue<int>()));
        Assert.NotNull(german["homeStateConsent"]);
        Assert.All(general.Where(s => s!["country"]!.GetValue<string>() != "DE"), s => Assert.Equal("none", s!["terms"]!["powers"]!.GetValue<string>()));
        var polish = await demo.App.ClientAsync(Roles.CountryLiaison, "PL");
        Assert.All(await polish.GetArrayAsync($"/api/v1/events/{demo.Paris}/legal-statuses"), s => Assert.Equal("PL", s!["country"]!.GetValue<string>()));
    }
}
