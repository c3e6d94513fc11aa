using System.Net;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.StatusBoard;

/// <summary>
/// The board of the Paris 2024 demo against figures worked out by hand from samples/paris-2024/campaigns.json, in
/// people (units × people per unit: a canine team is one handler, an EOD team three). Police campaign: 2,185 asked of
/// 46 countries, 1,840 pledged, 1,810 accepted. Military campaign: 75 dog teams and 8 EOD teams (99 people) asked,
/// 94 pledged (Czechia's counter-offer of one 30-strong section still pending), 64 accepted. Arrived comes from the
/// demo contingents (DemoContingents): of each commitment starting before August, every member but every 25th (refused)
/// has checked in — n − ⌊n/25⌋ for a commitment of n people; nobody of the Paralympic commitments has arrived yet.
/// </summary>
public sealed class StatusBoardDemoTests(ParisDemo demo) : IClassFixture<ParisDemo>
{
    [Fact]
    public async Task The_totals_and_country_counts_are_the_hand_computed_ones()
    {
        var board = await demo.Observer.GetObjectAsync($"/api/v1/events/{demo.Paris}/status-board");

        var total = board["total"]!;
        Assert.Equal((2284, 1934, 1874, 1657, 175), (Int(total, "requested"), Int(total, "pledged"), Int(total, "accepted"), Int(total, "arrived"), Int(total, "acceptedDogs")));
        Assert.Equal((46, 43, 40), (Int(board, "countriesAsked"), Int(board, "countriesAnswered"), Int(board, "countriesContributing")));
    }

    [Theory]
    [InlineData("ES", 329, 325, 325, 281)]
    [InlineData("PL", 55, 40, 40, 40)]
    [InlineData("US", 70, 40, 30, 30)]
    [InlineData("JP", 20, 20, 0, 0)]
    [InlineData("NO", 15, 0, 0, 0)]
    [InlineData("CZ", 30, 55, 25, 20)]
    [InlineData("GB", 259, 249, 249, 227)]
    [InlineData("AR", 10, 4, 4, 4)]
    [InlineData("RS", 10, 0, 0, 0)]
    public async Task Each_countrys_row_is_the_hand_computed_one(string country, int requested, int pledged, int accepted, int arrived)
    {
        var board = await demo.Observer.GetObjectAsync($"/api/v1/events/{demo.Paris}/status-board?by=country");

        var row = board["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == country)!;
        Assert.Equal((requested, pledged, accepted, arrived), (Int(row, "requested"), Int(row, "pledged"), Int(row, "accepted"), Int(row, "arrived")));
    }

    [Fact]
    public async Task By_agency_the_police_and_military_campaigns_add_up_separately()
    {
        var board = await demo.Observer.GetObjectAsync($"/api/v1/events/{demo.Paris}/status-board?by=agency");

        var rows = board["rows"]!.AsArray().ToDictionary(r => r!["label"]!.GetValue<string>(), r => (Int(r!, "requested"), Int(r!, "pledged"), Int(r!, "accepted")));
        Assert.Equal((2185, 1840, 1810), rows["Direction de la coopération internationale de sécurité (DCIS)"]);
        Assert.Equal((99, 94, 64), rows["Ministère des Armées"]);
    }

    [Fact]
    public async Task By_capability_counter_offers_count_under_what_was_offered()
    {
        var board = await demo.Observer.GetObjectAsync($"/api/v1/events/{demo.Paris}/status-board?by=capability");

        var rows = board["rows"]!.AsArray().ToDictionary(r => r!["label"]!.GetValue<string>(), r => (Int(r!, "requested"), Int(r!, "pledged"), Int(r!, "accepted")));
        Assert.Equal((2056, 1707, 1677), rows.Single(r => r.Key.StartsWith("Patrol", StringComparison.Ordinal)).Value);
        Assert.Equal((0, 4, 4), rows.Single(r => r.Key.StartsWith("Interpreter", StringComparison.Ordinal)).Value);
        Assert.Equal((0, 30, 0), rows.Single(r => r.Key.StartsWith("Military section", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public async Task A_country_filter_and_the_exports_agree_with_the_board()
    {
        var filtered = await demo.Observer.GetObjectAsync($"/api/v1/events/{demo.Paris}/status-board?country=ES&by=capability");
        using var csv = await demo.Observer.GetAsync($"/api/v1/events/{demo.Paris}/status-board/export.csv?by=country");
        using var xlsx = await demo.Observer.GetAsync($"/api/v1/events/{demo.Paris}/status-board/export.xlsx");
        using var wrong = await demo.Observer.GetAsync($"/api/v1/events/{demo.Paris}/status-board?by=weather");

        Assert.Equal(329, Int(filtered["total"]!, "requested"));
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("group,requested,pledged,accepted,arrived,accepted_dogs", lines[0].TrimEnd('\r'));
        Assert.Contains("Spain,329,325,325,281,36", lines.Select(l => l.TrimEnd('\r')));
        Assert.Equal("All,2284,1934,1874,1657,175", lines[^1].TrimEnd('\r'));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync())[..2]));
        Assert.Equal(["by"], ApiClient.Fields(await ApiClient.ProblemAsync(wrong, HttpStatusCode.BadRequest)));
    }

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();
}
