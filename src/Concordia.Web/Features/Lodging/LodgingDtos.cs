using Concordia.Domain.Lodging;

namespace Concordia.Web.Features.Lodging;

/// <summary>An accommodation site with its capacity; <see cref="Version"/> is required when changing it.</summary>
public sealed record AccommodationSiteRequest(string? Code, string? Name, string? Address, int Beds, DateOnly FirstNight, DateOnly LastNight,
    IReadOnlyList<NightCapacity>? Exceptions, int? Version)
{
    public AccommodationSiteDetails ToDetails() => new(Code ?? string.Empty, Name ?? string.Empty, Address, Beds, FirstNight, LastNight, Exceptions);
}

public sealed record AccommodationSiteDto(Guid Id, Guid EventId, string Code, string Name, string? Address, int Beds, DateOnly FirstNight, DateOnly LastNight,
    IReadOnlyList<NightCapacity> Exceptions, int Version)
{
    public static AccommodationSiteDto From(AccommodationSite s) =>
        new(s.Id, s.EventId, s.Code, s.Name, s.Address, s.Beds, s.FirstNight, s.LastNight, s.Exceptions, s.Version);
}

/// <summary>Where to lodge one member: a site, for the nights the member needs unless others are given.</summary>
public sealed record MemberLodgingRequest(Guid? SiteId, DateOnly? FirstNight, DateOnly? LastNight);

public sealed record MemberLodgingDto(Guid MemberId, Guid SiteId, DateOnly FirstNight, DateOnly LastNight);

/// <summary>What an allocation run did: members placed, members left without a bed (no site had room for them, or for their whole unit).</summary>
public sealed record LodgingAllocationResult(int Placed, int Unplaced, int AlreadyLodged);

/// <summary>One site night by night: beds taken and offered, and whether it is over capacity.</summary>
public sealed record SiteOccupancyDto(Guid SiteId, string Code, string Name, IReadOnlyList<int> Occupied, IReadOnlyList<int> Capacity, IReadOnlyList<DateOnly> OverCapacity);

/// <summary>
/// Lodging night by night over <see cref="Nights"/>: each site's occupancy, members needing a bed but without one
/// (per night, and in total by country), members lodged outside the nights they need.
/// </summary>
public sealed record LodgingBoardDto(IReadOnlyList<DateOnly> Nights, IReadOnlyList<SiteOccupancyDto> Sites, IReadOnlyList<int> Unassigned,
    int MembersNeedingBeds, int MembersWithoutBed, IReadOnlyDictionary<string, int> WithoutBedByCountry);
