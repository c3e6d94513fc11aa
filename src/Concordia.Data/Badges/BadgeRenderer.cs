using System.Globalization;
using Concordia.Domain.Common;
using Concordia.Domain.Countries;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace Concordia.Data.Badges;

/// <summary>
/// Draws an accreditation badge as a one-page PDF the size of a credit card (ISO/IEC 7810 ID-1, 85.60 × 53.98 mm),
/// for card printers or for printing and cutting. A pure function of its data: no database, no files, no clock.
/// </summary>
public static class BadgeRenderer
{
    public const double WidthMillimetres = 85.60;
    public const double HeightMillimetres = 53.98;

    private const double Margin = 8.5;
    private const double BandHeight = 29;
    private const double QrSize = 82;
    private static readonly XColor Navy = XColor.FromArgb(0x1F, 0x3A, 0x5F);

    public static Result<byte[]> Render(BadgeData badge)
    {
        ArgumentNullException.ThrowIfNull(badge);
        var country = CountryCatalogue.Find(badge.CountryCode);
        var nativeName = BadgeScripts.CanDraw(badge.FamilyName + badge.GivenName);
        var check = new Check()
            .Name(badge.EventName, "eventName", 120)
            .Name(badge.FamilyName, "familyName", 100)
            .Optional(badge.GivenName, "givenName", 100)
            .That(country?.Alpha2 == badge.CountryCode, "countryCode", $"'{badge.CountryCode}' is not an ISO 3166-1 alpha-2 country code")
            .Name(badge.Capability, "capability", 120)
            .Code(badge.BadgeNumber, "badgeNumber")
            .That(badge.ValidUntil >= badge.ValidFrom, "validUntil", "must not be before validFrom")
            .That(badge.VerificationUrl is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
                "verificationUrl", "must be an absolute http or https address")
            .That(badge.VerificationUrl?.OriginalString.Length <= 500, "verificationUrl", "must be at most 500 characters")
            .That(nativeName || !string.IsNullOrWhiteSpace(badge.LatinName), "latinName",
                "is required when the name is in a script the badge cannot draw (only Latin, Greek and Cyrillic are drawn)")
            .That(badge.LatinName is null || BadgeScripts.CanDraw(badge.LatinName) && badge.LatinName.Length <= 100, "latinName",
                "must be at most 100 characters in Latin letters")
            .Optional(badge.Arms, "arms", 120)
            .Optional(badge.Dog, "dog", 120);
        if (check.Failed)
        {
            return Result<byte[]>.Failure(check.Errors);
        }

        BadgeFonts.Register();
        using var document = new PdfDocument();
        document.Info.Title = $"Accreditation {badge.BadgeNumber}";
        document.Info.Subject = badge.EventName;
        document.Info.Creator = "Concordia";
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(WidthMillimetres);
        page.Height = XUnit.FromMillimeter(HeightMillimetres);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Draw(gfx, badge, country!, nativeName, page.Width.Point, page.Height.Point);
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static void Draw(XGraphics gfx, BadgeData badge, Country country, bool nativeName, double width, double height)
    {
        var white = XBrushes.White;
        var ink = new XSolidBrush(XColor.FromArgb(0x11, 0x18, 0x27));
        var grey = new XSolidBrush(XColor.FromArgb(0x4B, 0x55, 0x63));
        var navy = new XSolidBrush(Navy);

        gfx.DrawRectangle(navy, 0, 0, width, BandHeight);
        BadgeText.Draw(gfx, badge.EventName, Margin, 5, width - 2 * Margin, 10, 6, true, 1, white);
        BadgeText.Draw(gfx, "ACCREDITATION · ACCRÉDITATION", Margin, 18.5, width - 2 * Margin, 5.5, 5.5, false, 1, white);

        var qrLeft = width - Margin - QrSize;
        var qrTop = BandHeight + 4;
        DrawQr(gfx, badge.VerificationUrl, qrLeft, qrTop, QrSize);
        BadgeText.Draw(gfx, "№ " + badge.BadgeNumber, qrLeft, qrTop + QrSize + 1, QrSize, 7, 5, true, 1, ink);

        var textWidth = qrLeft - Margin - 6;
        var y = BandHeight + 6;
        if (nativeName)
        {
            if (badge.GivenName.Trim().Length > 0)
            {
                y += BadgeText.Draw(gfx, badge.GivenName.Trim(), Margin, y, textWidth, 9, 6, false, 1, ink);
            }

            y += BadgeText.Draw(gfx, badge.FamilyName.Trim(), Margin, y, textWidth, 13, 7, true, 2, ink);
        }
        else
        {
            y += BadgeText.Draw(gfx, badge.LatinName!.Trim(), Margin, y, textWidth, 12, 7, true, 2, ink);
        }

        y += 3;
        y += BadgeText.Draw(gfx, $"{country.Name} · {country.Alpha2}", Margin, y, textWidth, 7.5, 5.5, true, 1, grey);
        BadgeText.Draw(gfx, badge.Capability, Margin, y + 1, textWidth, 7, 5.5, false, 2, grey);

        var arms = badge.Armed switch { true => "ARMED · ARMÉ " + badge.Arms, false => "UNARMED · NON ARMÉ", null => null };
        if (arms is not null)
        {
            BadgeText.Draw(gfx, arms, Margin, height - 38, textWidth, 6.5, 4, true, 1, ink);
        }

        if (badge.Dog is not null)
        {
            BadgeText.Draw(gfx, "K9 " + badge.Dog, Margin, height - 29, textWidth, 6.5, 4, true, 1, ink);
        }

        var validity = string.Create(CultureInfo.InvariantCulture, $"Valid · Valable  {badge.ValidFrom:yyyy-MM-dd} → {badge.ValidUntil:yyyy-MM-dd}");
        BadgeText.Draw(gfx, validity, Margin, height - 20, textWidth, 6.5, 5, false, 1, ink);
        gfx.DrawRectangle(navy, 0, height - 6, width, 6);
    }

    /// <summary>The QR code as vector squares (sharp at any print resolution), one rectangle per run of dark modules.</summary>
    internal static void DrawQr(XGraphics gfx, Uri url, double left, double top, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var module = size / modules.Count;
        for (var row = 0; row < modules.Count; row++)
        {
            var column = 0;
            while (column < modules.Count)
            {
                if (!modules[row][column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < modules.Count && modules[row][column])
                {
                    column++;
                }

                // A hair of overlap closes the seams some viewers draw between adjacent rectangles.
                gfx.DrawRectangle(XBrushes.Black, left + start * module, top + row * module, (column - start) * module + 0.05, module + 0.05);
            }
        }
    }
}
