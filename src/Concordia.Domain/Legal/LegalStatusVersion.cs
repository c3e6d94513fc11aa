namespace Concordia.Domain.Legal;

/// <summary>A legal status as it stood after one change: a decision, a changed decision or a document attached.</summary>
public sealed class LegalStatusVersion
{
    private LegalStatusVersion()
    {
        ChangedBy = string.Empty;
        Change = string.Empty;
        Terms = null!;
    }

    internal LegalStatusVersion(Guid statusId, int number, DateTime at, string by, string change, LegalTerms terms)
    {
        Id = Guid.CreateVersion7();
        StatusId = statusId;
        Number = number;
        ChangedAt = at;
        ChangedBy = by;
        Change = change.Length > 200 ? change[..200] : change;
        Terms = terms;
    }

    public Guid Id { get; private set; }

    public Guid StatusId { get; private set; }

    /// <summary>Equals the status's <see cref="LegalStatus.Version"/> right after the change.</summary>
    public int Number { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public string ChangedBy { get; private set; }

    /// <summary>What happened, e.g. "decided", "changed: consent received", "document attached: ...".</summary>
    public string Change { get; private set; }

    public LegalTerms Terms { get; private set; }
}
