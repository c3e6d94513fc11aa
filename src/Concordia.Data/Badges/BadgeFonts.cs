using PdfSharp.Fonts;

namespace Concordia.Data.Badges;

/// <summary>
/// Serves the DejaVu Sans faces embedded in this assembly to PDFsharp, so badges render the same on a machine with no
/// fonts installed. PDFsharp's resolver is process-wide and may be set only once, so registration is guarded.
/// </summary>
internal sealed class BadgeFonts : IFontResolver
{
    public const string Family = "Concordia Badge";

    private static readonly BadgeFonts Instance = new();
    private static readonly Lock Gate = new();
    private static bool registered;

    private readonly Lazy<byte[]> regular = new(() => Load("DejaVuSans.ttf"));
    private readonly Lazy<byte[]> bold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static void Register()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (GlobalFontSettings.FallbackFontResolver is null)
            {
                // Another part of the process set its own resolver first; ours then answers what it does not know.
                GlobalFontSettings.FallbackFontResolver = Instance;
            }

            registered = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(isBold ? "DejaVuSans-Bold" : "DejaVuSans")
            : null;

    public byte[]? GetFont(string faceName) => faceName switch
    {
        "DejaVuSans-Bold" => bold.Value,
        "DejaVuSans" => regular.Value,
        _ => null,
    };

    private static byte[] Load(string file)
    {
        using var stream = typeof(BadgeFonts).Assembly.GetManifestResourceStream("Concordia.Data.Fonts." + file)
            ?? throw new InvalidOperationException($"The embedded font {file} is missing from Concordia.Data.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
