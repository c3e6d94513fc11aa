using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Contingents;

/// <summary>
/// The generated contingents of the Paris 2024 demo (issue 5), against figures worked out by hand from
/// samples/paris-2024/campaigns.json and the rules in DemoContingents: 1,874 people accepted, 175 of them canine teams;
/// in commitments starting before August every 25th member (positions 24, 49, …) is refused — 47, two of them dog
/// handlers (Spain's and the United Kingdom's police teams of 30 and 49) — and every 40th from position 17 lost the
/// badge (42); the 170 Paralympic members are submitted, under review, accredited or badged in turn (51, 44, 38, 37).
/// </summary>
public sealed class DemoContingentsTests(ParisDemo demo) : IClassFixture<ParisDemo>
{
    [Fact]
    public async Task Every_person_accepted_is_a_member_of_the_commitment_and_every_canine_team_has_its_dog()
    {
        var all = await demo.Observer.GetArrayAsync($"/api/v1/events/{demo.Paris}/contingents");

        int Sum(string field) => all.Sum(c => c![field]!.GetValue<int>());
        Assert.Equal(40, all.Count);
        Assert.Equal((1874, 1874, 1874 - 47, 47, 1657, 173), (Sum("committed"), Sum("inCommitment"), Sum("members"), Sum("refused"), Sum("arrived"), Sum("dogs")));
        Assert.All(all, c => Assert.Equal(c!["committed"]!.GetValue<int>(), c["members"]!.GetValue<int>() + c["refused"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_vetting_states_are_mixed_as_the_demo_rules_say()
    {
        var overview = await demo.Observer.GetObjectAsync($"/api/v1/events/{demo.Paris}/vetting");

        var total = overview["total"]!;
        Assert.Equal((51, 44, 38, 47, 1615 + 37, 42),
            (Int(total, "submitted"), Int(total, "underReview"), Int(total, "accredited"), Int(total, "refused"), Int(total, "badgeIssued"), Int(total, "badgeRevoked")));
        Assert.Equal(95, Int(total, "waiting"));
    }

    [Theory]
    [InlineData("GR", 0x0370, 0x03FF)]
    [InlineData("CY", 0x0370, 0x03FF)]
    [InlineData("BG", 0x0400, 0x04FF)]
    [InlineData("KR", 0xAC00, 0xD7A3)]
    [InlineData("QA", 0x0600, 0x06FF)]
    public async Task Names_are_written_in_each_countrys_own_script_with_a_latin_name_where_a_badge_needs_one(string country, int from, int to)
    {
        var members = await demo.Observer.GetArrayAsync($"/api/v1/events/{demo.Paris}/countries/{country}/members");

        Assert.NotEmpty(members);
        Assert.All(members, m => Assert.Contains(m!["familyName"]!.GetValue<string>(), c => c >= from && c <= to));
        Assert.All(members, m => Assert.Equal(from >= 0x0600, m!["latinName"] is not null));
    }

    [Theory]
    [InlineData("PL", "pl")]
    [InlineData("ES", "es")]
    [InlineData("DE", "de")]
    [InlineData("GR", "el")]
    [InlineData("QA", "ar")]
    public async Task Every_member_speaks_the_countrys_language_natively(string country, string language)
    {
        var members = await demo.Observer.GetArrayAsync($"/api/v1/events/{demo.Paris}/countries/{country}/members");

        Assert.All(members, m => Assert.Contains(m!["languages"]!.AsArray(),
            l => l!["code"]!.GetValue<string>() == language && l["level"]!.GetValue<string>() == "native"));
    }

    [Fact]
    public async Task Polish_names_keep_their_letters_and_the_military_dog_teams_form_sections_of_ten()
    {
        var members = await demo.Observer.GetArrayAsync($"/api/v1/events/{demo.Paris}/countries/PL/members");
        var units = await demo.Observer.GetArrayAsync($"/api/v1/events/{demo.Paris}/countries/PL/units");

        Assert.Equal(40, members.Count);
        Assert.Contains(members, m => m!["familyName"]!.GetValue<string>().Any(c => "ąćęłńóśźżŁŚŻ".Contains(c, StringComparison.Ordinal)));
        Assert.Equal(20, members.Count(m => m!["dog"] is not null));
        Assert.Equal([10, 10], units.Select(u => u!["memberIds"]!.AsArray().Count));
        Assert.All(units, u => Assert.Contains(u!["leaderId"]!.GetValue<Guid>(), u["memberIds"]!.AsArray().Select(id => id!.GetValue<Guid>())));
    }

    [Fact]
    public async Task A_badge_of_a_member_with_an_arabic_name_prints_with_the_latin_name()
    {
        var vetting = await demo.App.ClientAsync(Roles.VettingOfficer);
        var badged = (await vetting.GetObjectAsync($"/api/v1/events/{demo.Paris}/accreditations?country=QA&status=badge-issued&limit=1"))["items"]![0]!;

        using var pdf = await vetting.GetAsync($"/api/v1/members/{badged["memberId"]}/badge.pdf");

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("QA-", badged["badgeNumber"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lodging_board_flags_members_without_a_bed_and_the_hotels_nights_around_the_opening_ceremony()
    {
        var board = await demo.Observer.GetObjectAsync($"/api/v1/events/{demo.Paris}/lodging");

        Assert.Equal(4, board["sites"]!.AsArray().Count);
        Assert.True(board["membersWithoutBed"]!.GetValue<int>() > 0);
        var hotel = board["sites"]!.AsArray().Single(s => s!["code"]!.GetValue<string>() == "HOTEL-SD")!;
        Assert.Equal(["2024-07-25", "2024-07-26"], hotel["overCapacity"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.All(board["sites"]!.AsArray().Where(s => s!["code"]!.GetValue<string>() != "HOTEL-SD"), s => Assert.Empty(s!["overCapacity"]!.AsArray()));
    }

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();
}
