namespace Concordia.Data.Contingents;

/// <summary>What importing a roster does to the member of one row.</summary>
public enum RosterRowAction
{
    /// <summary>No member has this personnel number yet: one is created.</summary>
    Create,

    /// <summary>The member with this personnel number changes.</summary>
    Update,

    /// <summary>The member with this personnel number already reads exactly like the row.</summary>
    Unchanged,
}
