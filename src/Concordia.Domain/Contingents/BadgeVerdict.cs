namespace Concordia.Domain.Contingents;

/// <summary>What the verification of a badge tells the person at the gate.</summary>
public enum BadgeVerdict
{
    /// <summary>In force today: admit, if the face matches the card.</summary>
    Valid,

    /// <summary>Withdrawn by a vetting officer (lost, misuse, identity changed): do not admit.</summary>
    Revoked,

    /// <summary>Its validity ended: do not admit.</summary>
    Expired,

    /// <summary>Its validity has not begun: do not admit yet.</summary>
    NotYetValid,
}
