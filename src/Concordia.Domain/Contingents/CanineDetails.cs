namespace Concordia.Domain.Contingents;

/// <summary>
/// The dog of a canine team, stated on its handler's row: handler and dog travel, deploy and are accredited as one
/// unit. The vaccination date and pet passport are what border and veterinary checks ask for.
/// </summary>
public sealed record CanineDetails(
    string Name,
    string? Breed,
    DetectionSpeciality Speciality,
    DateOnly VaccinationDate,
    string PassportNumber);
