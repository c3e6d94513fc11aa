using System.Text;
using System.Text.RegularExpressions;
using Concordia.Data.Rosters;
using Concordia.Domain.Contingents;
using Concordia.Web.Tests.Rosters;

namespace Concordia.Web.Tests.Contingents;

/// <summary>
/// Roster files for the contingent tests, in the shapes liaisons send them: the same three Polish members (two patrol
/// officers, one canine team) as UTF-8 CSV with or without a byte order mark, comma or semicolon, English or French
/// headers, Windows-1250 with day-first dates, UTF-16 tab-separated text, and XLSX.
/// </summary>
internal static partial class TestRoster
{
    public static readonly DateOnly Vaccinated = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-100);

    public static RosterEntry Malgorzata => new("PL-KGP-0001", "Wiśniewska-Łęcka", "Małgorzata", "Aspirant", "Policja", "patrol",
        [new("pl", LanguageLevel.Native), new("fr", LanguageLevel.B1)], ["first aid"], true, WeaponAuthorisation.Requested, ["B"],
        new DateOnly(1988, 11, 23), "EA1234567", "+48 601 234 567", null);

    public static RosterEntry Pawel => new("PL-KGP-0002", "Kowalski", "Paweł", "Sierżant", "Policja", "patrol",
        [new("pl", LanguageLevel.Native), new("en", LanguageLevel.B2)], [], false, WeaponAuthorisation.NotRequired, ["B", "C1"],
        new DateOnly(1979, 4, 3), "EB7654321", "+48 602 000 111", null);

    public static RosterEntry Grzegorz => new("PL-ZW-0003", "Zieliński", "Grzegorz", "Kapral", "Żandarmeria Wojskowa", "k9",
        [new("pl", LanguageLevel.Native)], ["explosive detection"], false, WeaponAuthorisation.NotRequired, [],
        new DateOnly(1991, 6, 30), "EC1112223", "+48 603 333 444",
        new CanineDetails("Rex", "Malinois", DetectionSpeciality.Explosives, Vaccinated, "PL0123456789"));

    public static IReadOnlyList<RosterEntry> Three => [Malgorzata, Pawel, Grzegorz];

    /// <summary>The three members in one of the file shapes the reader accepts.</summary>
    public static async Task<(byte[] File, string Name)> VariantAsync(string variant)
    {
        var english = Text(await RosterSamples.Csv(Three));
        var french = Text(await RosterSamples.Csv(Three, RosterLanguage.French));
        return variant switch
        {
            "utf8-bom-comma-english" => (await RosterSamples.Csv(Three), "roster.csv"),
            "utf8-semicolon-french" => (new UTF8Encoding(false).GetBytes(french), "effectif.csv"),
            "cp1250-semicolon-day-first" => (CodePage(1250).GetBytes(DayFirst(french)), "effectif.csv"),
            "utf16-tab" => ([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(english.Replace(',', '\t'))], "roster.txt"),
            "xlsx-french" => (await RosterSamples.Xlsx(Three, RosterLanguage.French), "effectif.xlsx"),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "no such roster variant"),
        };
    }

    /// <summary>A file with three problems: a missing family name (row 3), a month-first date (row 4), an unknown capability (row 4).</summary>
    public static byte[] WithErrors() => new UTF8Encoding(false).GetBytes(
        "Personnel number,Family name,Given name,Capability,Date of birth\r\n" +
        "PL-KGP-0001,Wiśniewska-Łęcka,Małgorzata,patrol,1988-11-23\r\n" +
        "PL-KGP-0002,,Paweł,patrol,03/04/1979\r\n" +
        "PL-ZW-0003,Zieliński,Grzegorz,k9-police,12/31/1991\r\n");

    /// <summary>The same rows, corrected.</summary>
    public static byte[] Fixed() => new UTF8Encoding(false).GetBytes(
        "Personnel number,Family name,Given name,Capability,Date of birth\r\n" +
        "PL-KGP-0001,Wiśniewska-Łęcka,Małgorzata,patrol,1988-11-23\r\n" +
        "PL-KGP-0002,Kowalski,Paweł,patrol,03/04/1979\r\n" +
        "PL-ZW-0003,Zieliński,Grzegorz,patrol,31/12/1991\r\n");

    public static string Text(byte[] utf8) => new UTF8Encoding(false).GetString(utf8).TrimStart('\uFEFF');

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    private static string DayFirst(string text) => IsoDate().Replace(text, "$3/$2/$1");

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b")]
    private static partial Regex IsoDate();
}
