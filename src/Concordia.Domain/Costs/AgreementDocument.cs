using Concordia.Domain.Common;

namespace Concordia.Domain.Costs;

/// <summary>The signed agreement, the invitation letter or an annex, kept as the PDF the host attached.</summary>
public sealed class AgreementDocument
{
    private AgreementDocument()
    {
        Country = string.Empty;
        Title = string.Empty;
        FileName = string.Empty;
        Content = [];
        UploadedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public string Country { get; private set; }

    public string Title { get; private set; }

    public string FileName { get; private set; }

    public int SizeBytes { get; private set; }

    public byte[] Content { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public static Result<AgreementDocument> Attach(Agreement agreement, string? title, string? fileName, byte[] content, string by, DateTime at)
    {
        var name = Path.GetFileName(fileName?.Trim() ?? string.Empty);
        var check = new Check().Name(title, "title", 200);
        Pdf.Check(check, name, content, "fileName", "file");
        return check.ToResult(() => new AgreementDocument
        {
            Id = Guid.CreateVersion7(),
            AgreementId = agreement.Id,
            Country = agreement.Country,
            Title = title!.Trim(),
            FileName = name,
            SizeBytes = content.Length,
            Content = content,
            UploadedBy = by,
            UploadedAt = at,
        });
    }
}
