namespace Concordia.Domain.Lodging;

/// <summary>
/// What the host states about an accommodation site: its usual beds per night, the first and last night it can be
/// used, and nights with another number of beds (a wing closed, extra beds brought in).
/// </summary>
public sealed record AccommodationSiteDetails(
    string Code,
    string Name,
    string? Address,
    int Beds,
    DateOnly FirstNight,
    DateOnly LastNight,
    IReadOnlyList<NightCapacity>? Exceptions = null);
