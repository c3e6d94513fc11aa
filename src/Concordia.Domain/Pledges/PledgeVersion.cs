namespace Concordia.Domain.Pledges;

/// <summary>
/// The pledge as it stood after one change — a submission, an amendment or a host decision. Every version is kept:
/// together they are the pledge's history, and two of them say what changed in between.
/// </summary>
public sealed class PledgeVersion
{
    private PledgeVersion()
    {
        ChangedBy = string.Empty;
        Change = string.Empty;
        Lines = [];
    }

    internal PledgeVersion(Guid pledgeId, int number, DateTime at, string by, string change, IReadOnlyList<PledgeLineSnapshot> lines)
    {
        Id = Guid.CreateVersion7();
        PledgeId = pledgeId;
        Number = number;
        ChangedAt = at;
        ChangedBy = by;
        Change = change;
        Lines = lines;
    }

    public Guid Id { get; private set; }

    public Guid PledgeId { get; private set; }

    /// <summary>Equals the pledge's <see cref="Pledge.Version"/> right after the change.</summary>
    public int Number { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public string ChangedBy { get; private set; }

    /// <summary>What happened, e.g. "submitted", "amended", "line 2 accepted (15)".</summary>
    public string Change { get; private set; }

    public IReadOnlyList<PledgeLineSnapshot> Lines { get; private set; }
}
