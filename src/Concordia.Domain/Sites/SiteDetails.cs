using Concordia.Domain.Common;

namespace Concordia.Domain.Sites;

/// <summary>What a user states about a site when creating or changing it.</summary>
public sealed record SiteDetails(
    string Code,
    string Name,
    SiteKind Kind,
    GeoPoint Location,
    string? City = null,
    IReadOnlyList<GeoPoint>? AreaPoints = null,
    int? Capacity = null,
    string? Description = null)
{
    public IReadOnlyList<GeoPoint> Area => AreaPoints ?? [];
}
