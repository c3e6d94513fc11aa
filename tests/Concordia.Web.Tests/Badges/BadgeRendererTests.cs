using Concordia.Data.Badges;
using Concordia.Tests.Shared;

namespace Concordia.Web.Tests.Badges;

/// <summary>
/// Badges rendered to PDF and checked as a person would: the first page turned into an image (pdftoppm), its text
/// read back (pdftotext) and its QR code scanned (zbarimg).
/// </summary>
public sealed class BadgeRendererTests
{
    private const int Dpi = 300;

    private static BadgeData Polish => new(
        "Jeux Olympiques et Paralympiques de Paris 2024", "Wiśniewska-Łęcka", "Małgorzata", "PL",
        "Patrol police officer (POL-PATROL)", "PL-000123", new DateOnly(2024, 7, 15), new DateOnly(2024, 8, 11),
        new Uri("https://concordia.example/verify/PL-000123?k=8f3a9c"));

    [Fact]
    public async Task Badge_is_a_card_sized_page_with_ink_and_a_qr_code()
    {
        var pdftoppm = ExternalTool.Require("pdftoppm", "poppler-utils");
        using var files = new TempFiles();
        var pdf = files.Write("badge.pdf", Render(Polish));

        await ExternalTool.RunAsync(pdftoppm, "-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", "-singlefile", "-f", "1", "-l", "1", pdf, files.Path("page"));
        var image = PngImage.Read(await File.ReadAllBytesAsync(files.Path("page.png"), TestContext.Current.CancellationToken));

        Assert.InRange(image.Width, Pixels(BadgeRenderer.WidthMillimetres) - 1, Pixels(BadgeRenderer.WidthMillimetres) + 1);
        Assert.InRange(image.Height, Pixels(BadgeRenderer.HeightMillimetres) - 1, Pixels(BadgeRenderer.HeightMillimetres) + 1);
        Assert.InRange(image.DarkShare(0, 0, image.Width, image.Height), 0.10, 0.60);
        var qr = Pixels(29);
        Assert.InRange(image.DarkShare(image.Width - Pixels(3) - qr, Pixels(12), qr, qr), 0.25, 0.75);
        Assert.True(image.DarkShare(0, 0, image.Width, Pixels(9)) > 0.6, "the top band is missing");
    }

    [Theory]
    [InlineData("Wiśniewska-Łęcka", "Małgorzata", "PL", "Poland")]
    [InlineData("Παπαδοπούλου", "Αικατερίνη", "GR", "Greece")]
    [InlineData("Иванова", "Мария-Елена", "BG", "Bulgaria")]
    [InlineData("Nguyễn", "Thị Minh Khai", "VN", "Viet Nam")]
    public async Task Names_are_printed_exactly_as_written(string familyName, string givenName, string country, string countryName)
    {
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        using var files = new TempFiles();
        var pdf = files.Write("badge.pdf", Render(Polish with { FamilyName = familyName, GivenName = givenName, CountryCode = country }));

        var text = await TextOf(pdftotext, pdf);

        Assert.Contains(familyName, text, StringComparison.Ordinal);
        Assert.Contains(givenName, text, StringComparison.Ordinal);
        Assert.Contains(countryName, text, StringComparison.Ordinal);
        Assert.Contains("PL-000123", text, StringComparison.Ordinal);
        Assert.Contains("2024-07-15", text, StringComparison.Ordinal);
        Assert.Contains("2024-08-11", text, StringComparison.Ordinal);
        Assert.Contains("Paris 2024", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_armed_canine_handlers_badge_prints_the_weapon_authorisation_and_the_dog()
    {
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        using var files = new TempFiles();
        var armed = files.Write("armed.pdf", Render(Polish with { Armed = true, Arms = "pistol, 2024-07-26 → 2024-07-28", Dog = "Bora · Explosives" }));
        var unarmed = files.Write("unarmed.pdf", Render(Polish with { Armed = false }));

        var armedText = await TextOf(pdftotext, armed);
        var unarmedText = await TextOf(pdftotext, unarmed);

        Assert.Contains("ARMED · ARMÉ pistol, 2024-07-26 → 2024-07-28", armedText, StringComparison.Ordinal);
        Assert.Contains("K9 Bora · Explosives", armedText, StringComparison.Ordinal);
        Assert.Contains("UNARMED · NON ARMÉ", unarmedText, StringComparison.Ordinal);
        Assert.DoesNotContain("K9", unarmedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Qr_code_scans_to_the_verification_address()
    {
        var pdftoppm = ExternalTool.Require("pdftoppm", "poppler-utils");
        var zbarimg = ExternalTool.Require("zbarimg", "zbar-tools");
        using var files = new TempFiles();
        var pdf = files.Write("badge.pdf", Render(Polish));
        await ExternalTool.RunAsync(pdftoppm, "-r", "200", "-png", "-singlefile", pdf, files.Path("page"));

        var scanned = await ExternalTool.RunAsync(zbarimg, "--quiet", "--raw", files.Path("page.png"));

        Assert.Equal(Polish.VerificationUrl.AbsoluteUri, scanned.Trim());
    }

    [Fact]
    public async Task A_name_in_a_script_the_badge_cannot_draw_is_printed_as_in_the_passport()
    {
        var arabic = Polish with { FamilyName = "العبدالله", GivenName = "محمد", CountryCode = "QA" };
        Assert.Equal("latinName", Assert.Single(BadgeRenderer.Render(arabic).Errors).Field);

        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        using var files = new TempFiles();
        var pdf = files.Write("badge.pdf", Render(arabic with { LatinName = "AL-ABDULLAH Mohammed" }));

        var text = await TextOf(pdftotext, pdf);
        Assert.Contains("AL-ABDULLAH Mohammed", text, StringComparison.Ordinal);
        Assert.Contains("Qatar", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_name_is_shrunk_and_wrapped_inside_the_card()
    {
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        var longName = Polish with { FamilyName = "Wolfeschlegelsteinhausen-Bergerdorff von Hohenzollern-Sigmaringen", GivenName = "Maximiliane Theodora Wilhelmine" };
        using var files = new TempFiles();
        var pdf = files.Write("badge.pdf", Render(longName));

        var text = await ExternalTool.RunAsync(pdftotext, "-enc", "UTF-8", "-bbox", pdf, "-");

        var page = System.Xml.Linq.XDocument.Parse(text.Replace("<!DOCTYPE", "<!--", StringComparison.Ordinal).Replace("\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">", "-->", StringComparison.Ordinal));
        var words = page.Descendants().Where(e => e.Name.LocalName == "word").ToList();
        Assert.Contains(words, w => w.Value.StartsWith("Wolfeschlegelsteinhausen", StringComparison.Ordinal));
        var widthPoints = BadgeRenderer.WidthMillimetres / 25.4 * 72;
        Assert.All(words, w => Assert.True(double.Parse(w.Attribute("xMax")!.Value, System.Globalization.CultureInfo.InvariantCulture) <= widthPoints + 0.5, $"'{w.Value}' runs off the card"));
    }

    [Fact]
    public void Wrong_badge_data_is_refused_field_by_field()
    {
        var result = BadgeRenderer.Render(Polish with
        {
            EventName = " ",
            CountryCode = "XX",
            BadgeNumber = "no spaces allowed",
            ValidUntil = new DateOnly(2024, 7, 1),
            VerificationUrl = new Uri("/verify/1", UriKind.Relative),
        });

        Assert.Equal(["eventName", "countryCode", "badgeNumber", "validUntil", "verificationUrl"], result.Errors.Select(e => e.Field));
    }

    private static byte[] Render(BadgeData badge)
    {
        var result = BadgeRenderer.Render(badge);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        return result.Value;
    }

    /// <summary>The PDF's text with line breaks as spaces: a long name may be wrapped onto two lines.</summary>
    private static async Task<string> TextOf(string pdftotext, string pdf) =>
        System.Text.RegularExpressions.Regex.Replace(await ExternalTool.RunAsync(pdftotext, "-enc", "UTF-8", pdf, "-"), @"\s+", " ");

    private static int Pixels(double millimetres) => (int)Math.Round(millimetres / 25.4 * Dpi);

    /// <summary>A temporary folder for one test's files, removed afterwards.</summary>
    private sealed class TempFiles : IDisposable
    {
        private readonly string folder = Directory.CreateTempSubdirectory("concordia-badge-").FullName;

        public string Path(string name) => System.IO.Path.Combine(folder, name);

        public string Write(string name, byte[] content)
        {
            File.WriteAllBytes(Path(name), content);
            return Path(name);
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);
    }
}
