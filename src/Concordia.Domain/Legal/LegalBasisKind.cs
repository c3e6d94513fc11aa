namespace Concordia.Domain.Legal;

/// <summary>What the officers' presence rests on: an intergovernmental agreement, the host's invitation, or a law.</summary>
public enum LegalBasisKind
{
    Agreement,
    Invitation,
    Law,
}
