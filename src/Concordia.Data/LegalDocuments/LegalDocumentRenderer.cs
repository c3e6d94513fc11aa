using System.Globalization;
using Concordia.Data.Badges;
using Concordia.Domain.Common;
using Concordia.Domain.Countries;
using Concordia.Domain.Legal;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Concordia.Data.LegalDocuments;

/// <summary>
/// Draws an appointment or an induction certificate as a one-page A4 PDF: the host's language in the left column, the
/// member's in the right (one column when they are the same), the document number, the issuing authority's signature
/// box and, when the member holds a badge, the badge's verification QR code. Fonts and scripts as on the badge (DejaVu
/// Sans embedded; Latin, Greek and Cyrillic names drawn as written). A pure function of its data.
/// </summary>
public static class LegalDocumentRenderer
{
    private const double Margin = 42;
    private const double BandHeight = 62;
    private const double Gap = 20;
    private const double FooterHeight = 118;
    private const double QrSize = 84;
    private static readonly XColor Navy = XColor.FromArgb(0x1F, 0x3A, 0x5F);
    private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x11, 0x18, 0x27));
    private static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(0x4B, 0x55, 0x63));

    public static Result<byte[]> Render(LegalDocumentData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var country = CountryCatalogue.Find(data.CountryCode);
        var nativeName = BadgeScripts.CanDraw(data.FamilyName + data.GivenName);
        var check = new Check()
            .Code(data.DocumentNumber, "documentNumber")
            .Name(data.EventName, "eventName", 200)
            .Name(data.FamilyName, "familyName", 100)
            .Optional(data.GivenName, "givenName", 100)
            .That(country?.Alpha2 == data.CountryCode, "countryCode", $"'{data.CountryCode}' is not an ISO 3166-1 alpha-2 country code")
            .Name(data.OfficerType, "officerType", 120)
            .That(data.ValidTo >= data.ValidFrom, "validTo", "must not be before validFrom")
            .That(nativeName || !string.IsNullOrWhiteSpace(data.LatinName) && BadgeScripts.CanDraw(data.LatinName), "latinName",
                "is required when the name is in a script the document cannot draw (only Latin, Greek and Cyrillic are drawn)");
        if (check.Failed)
        {
            return Result<byte[]>.Failure(check.Errors);
        }

        var parts = Parts(data);
        BadgeFonts.Register();
        using var document = new PdfDocument();
        var title = data.IsAppointment ? parts[0].Wording.AppointmentTitle : parts[0].Wording.InductionTitle;
        document.Info.Title = $"{title} {data.DocumentNumber}";
        document.Info.Subject = data.EventName;
        document.Info.Creator = "Concordia";
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(210);
        page.Height = XUnit.FromMillimeter(297);
        var name = nativeName ? $"{data.FamilyName.Trim().ToUpperInvariant()} {data.GivenName.Trim()}".TrimEnd() : data.LatinName!.Trim();
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Draw(gfx, data, parts, name, country!, page.Width.Point, page.Height.Point);
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    /// <summary>The host's part and, when the member reads another language, the member's.</summary>
    private static List<Part> Parts(LegalDocumentData data)
    {
        var host = Part.Of(data.HostLanguage, hostPart: true);
        var member = Part.Of(data.MemberLanguage, hostPart: false);
        return host.Wording.Language == member.Wording.Language && member.Note is null ? [host] : [host, member];
    }

    private static void Draw(XGraphics gfx, LegalDocumentData data, List<Part> parts, string name, Country country, double width, double height)
    {
        gfx.DrawRectangle(new XSolidBrush(Navy), 0, 0, width, BandHeight);
        var bandText = new DocumentText(gfx, width - 2 * Margin);
        bandText.Paragraph(data.EventName, Margin, 14, 13, bold: true, XBrushes.White, maxLines: 1);
        bandText.Paragraph("№ " + data.DocumentNumber, Margin, 36, 9.5, bold: false, XBrushes.White, maxLines: 1);

        var top = BandHeight + 18;
        var bottom = height - Margin - FooterHeight;
        var columnWidth = parts.Count == 1 ? width - 2 * Margin : (width - 2 * Margin - Gap) / 2;

        // The largest type size at which both parts fit above the footer.
        var size = 9.5;
        while (size > 6 && parts.Any(p => Column(new DocumentText(gfx, columnWidth, measureOnly: true), data, p, name, country, Margin, top, size) > bottom))
        {
            size -= 0.25;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            Column(new DocumentText(gfx, columnWidth), data, parts[i], name, country, Margin + i * (columnWidth + Gap), top, size);
        }

        if (parts.Count == 2)
        {
            gfx.DrawLine(new XPen(XColor.FromArgb(0xD1, 0xD5, 0xDB), 0.6), Margin + columnWidth + Gap / 2, top, Margin + columnWidth + Gap / 2, bottom);
        }

        Footer(gfx, data, parts, width, height);
    }

    /// <summary>One language's part, from <paramref name="top"/>; returns where it ends.</summary>
    private static double Column(DocumentText text, LegalDocumentData data, Part part, string name, Country country, double x, double top, double size)
    {
        var w = part.Wording;
        var terms = data.Terms;
        var y = top;
        y += text.Paragraph(w.LanguageName.ToUpperInvariant(), x, y, size - 1, bold: true, Grey);
        if (part.Note is not null)
        {
            y += text.Paragraph(part.Note, x, y, size - 1, bold: false, Grey);
        }

        y += 4;
        y += text.Paragraph(data.IsAppointment ? w.AppointmentTitle : w.InductionTitle, x, y, size + 5, bold: true, Ink) + 4;
        y += text.Paragraph(data.IsAppointment ? w.AppointmentIntro : w.InductionIntro, x, y, size, bold: false, Ink) + 6;

        var fields = new List<(string Label, string? Value)>
        {
            (w.Name, name),
            (w.Rank, data.Rank),
            (w.Service, data.Service),
            (w.Country, $"{country.Name} ({country.Alpha2})"),
            (w.PersonnelNumber, data.PersonnelNumber),
            (w.OfficerType, data.OfficerType),
            (w.Event, data.EventName),
            (w.Validity, string.Create(CultureInfo.InvariantCulture, $"{data.ValidFrom:yyyy-MM-dd} – {data.ValidTo:yyyy-MM-dd}")),
            (w.LegalBasis, $"{Basis(w, terms.Basis)}: {terms.BasisReference}"),
            (w.Powers, terms.PowersNote is { } note ? $"{Powers(w, terms.Powers)}: {note}" : Powers(w, terms.Powers)),
            (w.Consent, terms.Powers == ExecutivePowers.None ? null
                : string.Create(CultureInfo.InvariantCulture, $"{terms.HomeStateConsent}{(terms.ConsentDate is { } d ? $" ({d:yyyy-MM-dd})" : string.Empty)}")),
            (w.Weapons, terms.Armed ? $"{w.Armed}: {string.Join(", ", terms.WeaponTypes)}" : w.Unarmed),
            (w.Dress, Dress(w, terms.Uniform)),
            (w.Command, terms.Command == CommandAuthority.Host ? w.CommandHost : w.CommandOwn),
            (w.HostOfficers, terms.HostOfficersPerForeignOfficer.ToString(CultureInfo.InvariantCulture)),
        };
        foreach (var (label, value) in fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            y += text.Paragraph(label, x, y, size - 1.5, bold: true, Grey);
            y += text.Paragraph(value!.Trim(), x, y, size, bold: false, Ink) + 2.5;
        }

        y += 4;
        y += text.Paragraph(w.MayTitle, x, y, size, bold: true, Ink);
        foreach (var item in May(w, terms))
        {
            y += text.Bullet(item, x, y, size, Ink);
        }

        y += 4;
        y += text.Paragraph(w.MayNotTitle, x, y, size, bold: true, Ink);
        foreach (var item in MayNot(w, terms))
        {
            y += text.Bullet(item, x, y, size, Ink);
        }

        return y;
    }

    private static IEnumerable<string> May(DocumentWording w, LegalTerms terms)
    {
        yield return w.MayAssist;
        if (terms.Powers != ExecutivePowers.None)
        {
            yield return w.MayUsePowers;
        }

        if (terms.Armed)
        {
            yield return w.MayCarryWeapons;
        }
    }

    private static IEnumerable<string> MayNot(DocumentWording w, LegalTerms terms)
    {
        if (terms.Powers == ExecutivePowers.None)
        {
            yield return w.MayNotUsePowers;
        }

        if (!terms.Armed)
        {
            yield return w.MayNotCarryWeapons;
        }

        if (terms.HostOfficersPerForeignOfficer > 0)
        {
            yield return w.MayNotServeAlone;
        }

        yield return w.MayNotActOutside;
    }

    private static void Footer(XGraphics gfx, LegalDocumentData data, List<Part> parts, double width, double height)
    {
        var top = height - Margin - FooterHeight;
        gfx.DrawLine(new XPen(Navy, 1), Margin, top, width - Margin, top);
        var textWidth = width - 2 * Margin - (data.VerificationUrl is null ? 0 : QrSize + 16);
        var text = new DocumentText(gfx, textWidth);
        var y = top + 8;
        y += text.Paragraph($"{string.Join(" · ", parts.Select(p => p.Wording.DocumentNumber))}: {data.DocumentNumber}", Margin, y, 9, bold: true, Ink);
        text.Paragraph(string.Create(CultureInfo.InvariantCulture, $"{string.Join(" · ", parts.Select(p => p.Wording.IssuedOn))}: {data.IssuedOn:yyyy-MM-dd}"),
            Margin, y, 9, bold: false, Ink);
        var signatureTop = top + FooterHeight - 16;
        gfx.DrawLine(new XPen(XColor.FromArgb(0x9C, 0xA3, 0xAF), 0.6), Margin, signatureTop, Margin + Math.Min(260, textWidth), signatureTop);
        text.Paragraph(string.Join(" · ", parts.Select(p => p.Wording.Signature)), Margin, signatureTop + 3, 7, bold: false, Grey, maxLines: 2);

        if (data.VerificationUrl is { } url)
        {
            var left = width - Margin - QrSize;
            BadgeRenderer.DrawQr(gfx, url, left, top + 6, QrSize);
            new DocumentText(gfx, QrSize).Paragraph(string.Join(" · ", parts.Select(p => p.Wording.Verify)), left, top + 8 + QrSize, 6, bold: false, Grey, maxLines: 3);
        }
    }

    private static string Basis(DocumentWording w, LegalBasisKind basis) => basis switch
    {
        LegalBasisKind.Agreement => w.BasisAgreement,
        LegalBasisKind.Invitation => w.BasisInvitation,
        _ => w.BasisLaw,
    };

    private static string Powers(DocumentWording w, ExecutivePowers powers) => powers switch
    {
        ExecutivePowers.Full => w.PowersFull,
        ExecutivePowers.Limited => w.PowersLimited,
        _ => w.PowersNone,
    };

    private static string Dress(DocumentWording w, Uniform uniform) => uniform switch
    {
        Uniform.NationalUniform => w.NationalUniform,
        Uniform.HostUniform => w.HostUniform,
        Uniform.CivilianWithPoliceVest => w.CivilianWithPoliceVest,
        _ => w.CivilianClothes,
    };

    /// <summary>A language's part: its wording, and the note saying it fell back to English.</summary>
    private sealed record Part(DocumentWording Wording, string? Note)
    {
        public static Part Of(string language, bool hostPart) => DocumentWordings.Find(language) is { } wording
            ? new Part(wording, null)
            : new Part(DocumentWordings.English, DocumentWordings.FallbackNote(language, hostPart));
    }
}
