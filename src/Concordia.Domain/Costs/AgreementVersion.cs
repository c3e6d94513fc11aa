namespace Concordia.Domain.Costs;

/// <summary>An agreement as it stood after one change: recorded, changed, or a document attached.</summary>
public sealed class AgreementVersion
{
    private AgreementVersion()
    {
        ChangedBy = string.Empty;
        Change = string.Empty;
        Terms = null!;
    }

    internal AgreementVersion(Guid agreementId, int number, DateTime at, string by, string change, AgreementTerms terms)
    {
        Id = Guid.CreateVersion7();
        AgreementId = agreementId;
        Number = number;
        ChangedAt = at;
        ChangedBy = by;
        Change = change.Length > 200 ? change[..200] : change;
        Terms = terms;
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public int Number { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public string ChangedBy { get; private set; }

    public string Change { get; private set; }

    public AgreementTerms Terms { get; private set; }
}
