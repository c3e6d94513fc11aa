namespace Concordia.Domain.Capabilities;

/// <summary>Resource kinds, after the NIMS resource typing: what is asked for, before its type level.</summary>
public enum CapabilityKind
{
    PatrolOfficer,
    PublicOrderUnit,
    GendarmeSquad,
    MilitarySection,
    ExplosiveDetectionCanineTeam,
    EodTeam,
    CbrnTeam,
    LiaisonOfficer,
    Interpreter,
    Other,
}
