using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Concordia.Data.Rosters;
using Concordia.Web.Tests.Contingents;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Rosters;

/// <summary>
/// Issue 12, point 7: text encodings the reader used to get wrong (UTF-16 without a mark read as UTF-8; Windows-1252
/// taken for the Polish liaison's 1250, "Lefèvre" becoming "Lefčvre"), and the liaison's own choice of encoding.
/// </summary>
public sealed class RosterEncodingTests(Apps apps)
{
    static RosterEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Csv = "Personnel number,Family name,Given name,Capability\r\nFR-1,Lefèvre,Amélie,POL-PATROL\r\nPL-2,Nowak,Jan,POL-PATROL\r\n";

    private static RosterReadOptions Polish => RosterSamples.Options with
    {
        LegacyCodePage = RosterEncodings.LegacyCodePageFor("PL"),
        CountryLetters = RosterEncodings.LettersFor("PL"),
    };

    [Theory]
    [InlineData(false, "UTF-16 LE")]
    [InlineData(true, "UTF-16 BE")]
    public async Task Utf16_without_a_byte_order_mark_is_read_as_utf16(bool bigEndian, string name)
    {
        var bytes = new UnicodeEncoding(bigEndian, false).GetBytes(Csv.Replace(',', '\t'));

        var preview = await RosterSamples.Read(new MemoryStream(bytes), "roster.txt");

        RosterSamples.AssertValid(preview);
        Assert.Equal((name, "Lefèvre"), (preview.Encoding, preview.Entries.First().FamilyName));
    }

    [Fact]
    public async Task A_western_file_sent_by_the_polish_liaison_keeps_its_accents()
    {
        var preview = await RosterSamples.Read(new MemoryStream(Encoding.GetEncoding(1252).GetBytes(Csv)), "roster.csv", Polish);

        RosterSamples.AssertValid(preview);
        Assert.Equal(("Windows-1252", "Lefèvre", "Amélie"), (preview.Encoding, preview.Entries.First().FamilyName, preview.Entries.First().GivenName));
    }

    [Fact]
    public async Task A_polish_file_in_the_polish_code_page_is_still_read_as_such()
    {
        var bytes = Encoding.GetEncoding(1250).GetBytes("Personnel number,Family name,Given name,Capability\r\nPL-1,Wiśniewska-Łęcka,Żaneta,POL-PATROL\r\nPL-2,Dąbrowski,Paweł,POL-PATROL\r\n");

        var preview = await RosterSamples.Read(new MemoryStream(bytes), "roster.csv", Polish);

        RosterSamples.AssertValid(preview);
        Assert.Equal(("Windows-1250", "Wiśniewska-Łęcka", "Paweł"), (preview.Encoding, preview.Entries.First().FamilyName, preview.Entries.Last().GivenName));
    }

    [Fact]
    public async Task The_encoding_the_liaison_chooses_wins_and_one_the_file_is_not_in_says_so()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Csv);

        var central = await RosterSamples.Read(new MemoryStream(bytes), "roster.csv", Polish with { Encoding = "windows-1250" });
        var utf8 = await RosterSamples.Read(new MemoryStream(bytes), "roster.csv", Polish with { Encoding = "utf-8" });

        Assert.Equal(("Windows-1250 (Central European)", "Lefčvre"), (central.Encoding, central.Entries.First().FamilyName));
        Assert.Contains("not valid UTF-8", Assert.Single(utf8.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_api_reads_in_the_chosen_encoding_and_refuses_an_unknown_one()
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(Databases.Sqlite));
        var liaison = await world.LiaisonAsync("PL");
        var file = Encoding.GetEncoding(1252).GetBytes(Csv.Replace("POL-PATROL", "patrol", StringComparison.Ordinal));

        using var detected = await liaison.PostAsync($"{world.Roster("PL")}/preview?fileName=r.csv", new ByteArrayContent(file));
        using var chosen = await liaison.PostAsync($"{world.Roster("PL")}/preview?fileName=r.csv&encoding=windows-1250", new ByteArrayContent(file));
        using var unknown = await liaison.PostAsync($"{world.Roster("PL")}/preview?fileName=r.csv&encoding=ebcdic", new ByteArrayContent(file));

        var first = (await detected.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("Windows-1252", "Lefèvre"), (first["encoding"]!.GetValue<string>(), first["rows"]![0]!["familyName"]!.GetValue<string>()));
        var second = (await chosen.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Lefčvre", second["rows"]![0]!["familyName"]!.GetValue<string>());
        Assert.Equal(["encoding"], ApiClient.Fields(await ApiClient.ProblemAsync(unknown, HttpStatusCode.BadRequest)));
    }
}
