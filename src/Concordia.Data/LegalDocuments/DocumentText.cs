using Concordia.Data.Badges;
using PdfSharp.Drawing;

namespace Concordia.Data.LegalDocuments;

/// <summary>
/// Paragraphs wrapped at word boundaries to a width, in the badge's fonts. With <c>measureOnly</c> nothing is drawn and
/// only the heights are returned, so a page can find the type size at which everything fits before drawing.
/// </summary>
internal sealed class DocumentText(XGraphics gfx, double width, bool measureOnly = false)
{
    private const double Leading = 1.25;

    /// <summary>Draws <paramref name="text"/> from the top-left corner; returns the height used.</summary>
    public double Paragraph(string text, double x, double y, double size, bool bold, XBrush brush, int maxLines = int.MaxValue) =>
        Lines(text, x, y, width, size, bold, brush, maxLines);

    /// <summary>An item of a list, indented after a bullet.</summary>
    public double Bullet(string text, double x, double y, double size, XBrush brush)
    {
        const double indent = 10;
        if (!measureOnly)
        {
            gfx.DrawString("•", BadgeText.Font(size, false), brush, new XPoint(x + 2, y), XStringFormats.TopLeft);
        }

        return Lines(text, x + indent, y, width - indent, size, false, brush, int.MaxValue);
    }

    private double Lines(string text, double x, double y, double lineWidth, double size, bool bold, XBrush brush, int maxLines)
    {
        var font = BadgeText.Font(size, bold);
        var lines = BadgeText.Wrap(gfx, text, font, lineWidth, int.MaxValue);
        var lineHeight = size * Leading;
        var shown = lines.Take(maxLines).ToList();
        if (!measureOnly)
        {
            for (var i = 0; i < shown.Count; i++)
            {
                gfx.DrawString(shown[i], font, brush, new XPoint(x, y + i * lineHeight), XStringFormats.TopLeft);
            }
        }

        return shown.Count * lineHeight;
    }
}
