using Concordia.Domain.Common;

namespace Concordia.Domain.Legal;

/// <summary>
/// A document a legal status rests on (the agreement, the invitation, the home state's consent, the prefect's
/// authorisation), kept as the PDF file the host attached. Anything that is not a PDF is refused.
/// </summary>
public sealed class LegalDocument
{
    /// <summary>The largest document kept: 10 MiB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private LegalDocument()
    {
        Country = string.Empty;
        Title = string.Empty;
        FileName = string.Empty;
        Content = [];
        UploadedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid StatusId { get; private set; }

    /// <summary>The status's country: the document is that country's data, as the status is.</summary>
    public string Country { get; private set; }

    public string Title { get; private set; }

    public string FileName { get; private set; }

    public int SizeBytes { get; private set; }

    public byte[] Content { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public static Result<LegalDocument> Attach(LegalStatus status, string? title, string? fileName, byte[] content, string by, DateTime at)
    {
        var name = Path.GetFileName(fileName?.Trim() ?? string.Empty);
        var check = new Check()
            .Name(title, "title", 200)
            .Name(name, "fileName", 200)
            .That(name.Length == 0 || name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase), "fileName", "must end with .pdf")
            .That(content.Length > 0, "file", "is empty")
            .That(content.Length <= MaxBytes, "file", $"is larger than the {MaxBytes / (1024 * 1024)} MiB a document may be")
            .That(content.Length == 0 || IsPdf(content), "file", "is not a PDF document (it must start with %PDF- and end with %%EOF)");
        return check.ToResult(() => new LegalDocument
        {
            Id = Guid.CreateVersion7(),
            StatusId = status.Id,
            Country = status.Country,
            Title = title!.Trim(),
            FileName = name,
            SizeBytes = content.Length,
            Content = content,
            UploadedBy = by,
            UploadedAt = at,
        });
    }

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
