using Concordia.Domain.Common;

namespace Concordia.Domain.Legal;

/// <summary>
/// A remark on a legal status: the country's liaison answering the host's decision (a missing consent, a weapon
/// type the home state does not allow), or the host answering them. The status itself only the host changes.
/// </summary>
public sealed class LegalStatusComment
{
    private LegalStatusComment()
    {
        Country = string.Empty;
        Author = string.Empty;
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid StatusId { get; private set; }

    /// <summary>The status's country: the comment is that country's data, as the status is.</summary>
    public string Country { get; private set; }

    public string Author { get; private set; }

    /// <summary>Whether the author wrote for the host (a coordinator) rather than for the country.</summary>
    public bool ByHost { get; private set; }

    /// <summary>The status's version the comment was written on.</summary>
    public int OnVersion { get; private set; }

    public DateTime WrittenAt { get; private set; }

    public string Text { get; private set; }

    public static Result<LegalStatusComment> Write(LegalStatus status, string text, bool byHost, string by, DateTime at) =>
        new Check().Paragraph(text, "text", 2000, required: true).ToResult(() => new LegalStatusComment
        {
            Id = Guid.CreateVersion7(),
            StatusId = status.Id,
            Country = status.Country,
            Author = by,
            ByHost = byHost,
            OnVersion = status.Version,
            WrittenAt = at,
            Text = text.Trim(),
        });
}
