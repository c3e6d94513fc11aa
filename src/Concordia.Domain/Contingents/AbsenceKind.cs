namespace Concordia.Domain.Contingents;

/// <summary>Why a member cannot be deployed for a while.</summary>
public enum AbsenceKind
{
    /// <summary>A planned day off or leave.</summary>
    Leave,

    /// <summary>Ill or injured.</summary>
    Sick,

    /// <summary>Missing without it being planned: not at the site, gone home, recalled.</summary>
    Absent,
}
