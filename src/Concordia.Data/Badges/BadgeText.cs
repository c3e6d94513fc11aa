using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Concordia.Data.Badges;

/// <summary>Fits badge text into its box: the largest font size that fits, then up to a given number of lines.</summary>
internal static class BadgeText
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static XFont Font(double size, bool bold) =>
        new(BadgeFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    /// <summary>
    /// Draws <paramref name="text"/> from the top-left corner at the largest size from <paramref name="maxSize"/> down to
    /// <paramref name="minSize"/> that fits <paramref name="width"/> in at most <paramref name="maxLines"/> lines; returns the height used.
    /// </summary>
    public static double Draw(XGraphics gfx, string text, double x, double y, double width, double maxSize, double minSize,
        bool bold, int maxLines, XBrush brush)
    {
        var size = maxSize;
        List<string> lines;
        XFont font;
        while (true)
        {
            font = Font(size, bold);
            lines = Wrap(gfx, text, font, width, maxLines);
            if (lines.Count <= maxLines && lines.All(l => gfx.MeasureString(l, font).Width <= width) || size <= minSize)
            {
                break;
            }

            size = Math.Max(minSize, size - 0.5);
        }

        var lineHeight = size * 1.18;
        var top = y;
        foreach (var line in lines.Take(maxLines))
        {
            gfx.DrawString(Shorten(gfx, line, font, width), font, brush, new XPoint(x, top), XStringFormats.TopLeft);
            top += lineHeight;
        }

        return top - y;
    }

    /// <summary>The text in lines no wider than <paramref name="width"/>, broken between words (one line when <paramref name="maxLines"/> is 1).</summary>
    internal static List<string> Wrap(XGraphics gfx, string text, XFont font, double width, int maxLines)
    {
        if (maxLines <= 1 || gfx.MeasureString(text, font).Width <= width)
        {
            return [text];
        }

        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        return lines;
    }

    /// <summary>At the smallest size a text may still be too long; it then ends in an ellipsis rather than overflowing the card.</summary>
    private static string Shorten(XGraphics gfx, string line, XFont font, double width)
    {
        if (gfx.MeasureString(line, font).Width <= width)
        {
            return line;
        }

        var elements = StringInfo.GetTextElementEnumerator(line);
        var kept = string.Empty;
        while (elements.MoveNext())
        {
            var next = kept + elements.GetTextElement();
            if (gfx.MeasureString(next + "…", font).Width > width)
            {
                break;
            }

            kept = next;
        }

        return kept + "…";
    }
}
