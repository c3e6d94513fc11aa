namespace Concordia.Domain.Contingents;

/// <summary>
/// Where the host's authorisation for a foreign officer to carry a weapon stands. Under the host's authority
/// (Council Decision 2008/617/JHA) it is decided per member, so the roster states it per member.
/// </summary>
public enum WeaponAuthorisation
{
    NotRequired,
    Requested,
    Granted,
    Refused,
}
