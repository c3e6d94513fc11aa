namespace Concordia.Domain.Contingents;

/// <summary>
/// Where a member stands with the host's vetting officers: submitted → under review → accredited or refused (with a
/// reason) → badge issued → badge revoked. A change of identity data after a decision sends the member back to
/// <see cref="Submitted"/>.
/// </summary>
public enum AccreditationStatus
{
    Submitted,
    UnderReview,
    Accredited,
    Refused,
    BadgeIssued,
    BadgeRevoked,
}
