namespace Concordia.Domain.Contingents;

/// <summary>What a service dog is trained to find or do.</summary>
public enum DetectionSpeciality
{
    Explosives,
    Narcotics,
    Firearms,
    Currency,
    SearchAndRescue,
    Patrol,
}
