namespace Concordia.Domain.Common;

/// <summary>
/// What a PDF file a user attaches (a legal-status document, an agreement, a receipt, a weapon authorisation) must be:
/// named *.pdf, not empty, at most <see cref="MaxBytes"/>, and a PDF by its header and end-of-file marker.
/// </summary>
public static class Pdf
{
    /// <summary>The largest document kept: 10 MiB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    public static Check Check(Check check, string name, byte[] content, string fileNameField, string fileField) =>
        check.Name(name, fileNameField, 200)
            .That(name.Length == 0 || name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase), fileNameField, "must end with .pdf")
            .That(content.Length > 0, fileField, "is empty")
            .That(content.Length <= MaxBytes, fileField, $"is larger than the {MaxBytes / (1024 * 1024)} MiB a document may be")
            .That(content.Length == 0 || IsPdf(content), fileField, "is not a PDF document (it must start with %PDF- and end with %%EOF)");

    /// <summary>
    /// A PDF file starts with its header (<c>%PDF-</c> and the version, ISO 32000-1 §7.5.2) and ends with the
    /// end-of-file marker <c>%%EOF</c>, which may be followed by a line end and, from some producers, a little padding.
    /// </summary>
    public static bool IsPdf(ReadOnlySpan<byte> content)
    {
        if (content.Length < 16 || !content.StartsWith("%PDF-"u8) || !char.IsAsciiDigit((char)content[5]) || content[6] != (byte)'.')
        {
            return false;
        }

        var tail = content[Math.Max(0, content.Length - 1024)..];
        return tail.IndexOf("%%EOF"u8) >= 0;
    }
}
