using Concordia.Domain.Sites;

namespace Concordia.Web.Features.Sites;

public sealed record PointDto(double Lat, double Lon);

public sealed record SiteDto(Guid Id, string Code, string Name, SiteKind Kind, string? City, PointDto Location,
    IReadOnlyList<PointDto> Area, Guid? ParentId, int? Capacity, string? Description, int Version)
{
    public static SiteDto From(Site s) =>
        new(s.Id, s.Code, s.Name, s.Kind, s.City, new PointDto(s.Location.Lat, s.Location.Lon),
            [.. s.Area.Select(p => new PointDto(p.Lat, p.Lon))], s.ParentId, s.Capacity, s.Description, s.Version);
}

/// <summary>A site or sector to create or change. <see cref="Version"/> is required when changing (the version last read).</summary>
public sealed record SiteRequest(string Code, string Name, SiteKind Kind, string? City, PointDto? Location,
    IReadOnlyList<PointDto>? Area, Guid? ParentId, int? Capacity, string? Description, int? Version);
