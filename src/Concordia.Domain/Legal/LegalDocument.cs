using Concordia.Domain.Common;

namespace Concordia.Domain.Legal;

/// <summary>
/// A document a legal status rests on (the agreement, the invitation, the home state's consent, the prefect's
/// authorisation), kept as the PDF file the host attached. Anything that is not a PDF is refused.
/// </summary>
public sealed class LegalDocument
{
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
        var check = Pdf.Check(new Check().Name(title, "title", 200), name, content, "fileName", "file");
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
}
