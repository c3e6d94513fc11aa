using Concordia.Domain.Sites;

namespace Concordia.Web.Features.Sites;

/// <summary>
/// Where a map should open: around the main cluster of sites, so that one far-away venue (Tahiti's surfing for
/// Paris 2024) does not zoom the map out to the whole world. Far sites stay on the map.
/// </summary>
public static class MapFocus
{
    private const double ClusterRadiusMetres = 60_000;

    /// <summary>South, west, north, east of the sites within reach of the median site; null when there are none.</summary>
    public static double[]? Of(IReadOnlyList<Site> sites)
    {
        if (sites.Count == 0)
        {
            return null;
        }

        var lats = sites.Select(s => s.Location.Lat).Order().ToList();
        var lons = sites.Select(s => s.Location.Lon).Order().ToList();
        var centre = Domain.Common.GeoPoint.Create(lats[lats.Count / 2], lons[lons.Count / 2]).Value;
        var near = sites.Where(s => s.Location.DistanceTo(centre) <= ClusterRadiusMetres).ToList();
        if (near.Count == 0)
        {
            near = [.. sites];
        }

        return [near.Min(s => s.Location.Lat), near.Min(s => s.Location.Lon), near.Max(s => s.Location.Lat), near.Max(s => s.Location.Lon)];
    }
}
