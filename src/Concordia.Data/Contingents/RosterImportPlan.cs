namespace Concordia.Data.Contingents;

/// <summary>
/// The effect of importing a valid roster into a contingent, row by row and in total. Members of the contingent not
/// in the file are left as they are (<see cref="NotInFile"/>): a roster may cover part of a contingent. <see cref="UnitsCreated"/>
/// counts the units the file names that did not exist yet. <see cref="DeclaredArmed"/> counts the file's members of a
/// contingent whose Armed column says yes: the sending country's declaration, which arms nobody by itself (an officer
/// is armed only with a weapon in the equipment register whose authorisation the host granted).
/// </summary>
public sealed record RosterImportPlan(IReadOnlyList<RosterRowPlan> Rows, int NotInFile, int UnitsCreated = 0, int DeclaredArmed = 0)
{
    public int Created => Rows.Count(r => r.Action == RosterRowAction.Create);

    public int Updated => Rows.Count(r => r.Action == RosterRowAction.Update);

    public int Unchanged => Rows.Count(r => r.Action == RosterRowAction.Unchanged);

    public int SentBackToVetting => Rows.Count(r => r.SentBackToVetting);

    /// <summary>Members that no active commitment of their capability has room for: they count towards no commitment.</summary>
    public int WithoutCommitment => Rows.Count(r => r.CommitmentId is null);

    public bool ChangesAnything => Rows.Any(r => r.Action != RosterRowAction.Unchanged);
}
