namespace Concordia.Domain.Equipment;

/// <summary>
/// Where the host's authorisation to carry one weapon stands (in France, the prefect's authorisation; for Milano Cortina
/// 2026, the prefect's on the list of weapons from the embassy).
/// </summary>
public enum AuthorisationStatus
{
    Requested,
    Granted,
    Refused,
    Expired,
}
