using System.Text.Json.Serialization;
using Concordia.Domain.Common;
using Concordia.Domain.Sites;

namespace Concordia.Web.Features.Sites;

/// <summary>
/// Sites as GeoJSON (RFC 7946): a Point per site and, where an outline is known, a Polygon. Coordinates are
/// [longitude, latitude] and outer rings run anticlockwise, as the RFC requires (§3.1.1, §3.1.6), whichever way the
/// outline was drawn.
/// </summary>
public sealed record GeoJsonFeatureCollection(IReadOnlyList<GeoJsonFeature> Features)
{
    /// <summary>The media type RFC 7946 §12 registers.</summary>
    public const string MediaType = "application/geo+json";

    [JsonPropertyOrder(-1)]
    public string Type => "FeatureCollection";

    public static GeoJsonFeatureCollection From(IReadOnlyList<Site> sites, IReadOnlyDictionary<Guid, int>? demandBySite = null)
    {
        var codes = sites.ToDictionary(s => s.Id, s => s.Code);
        var features = new List<GeoJsonFeature>();
        foreach (var site in sites)
        {
            var properties = new GeoJsonSiteProperties(site.Id, site.Code, site.Name, Infrastructure.KebabCase.Of(site.Kind), site.City,
                site.ParentId is { } p && codes.TryGetValue(p, out var parent) ? parent : null,
                demandBySite is not null && demandBySite.TryGetValue(site.Id, out var demand) ? demand : null);
            features.Add(new GeoJsonFeature(new GeoJsonGeometry("Point", new[] { site.Location.Lon, site.Location.Lat }), properties));
            if (site.Area.Count >= 3)
            {
                var outline = Anticlockwise(site.Area);
                var ring = outline.Append(outline[0]).Select(pt => new[] { pt.Lon, pt.Lat }).ToArray();
                features.Add(new GeoJsonFeature(new GeoJsonGeometry("Polygon", new[] { ring }), properties));
            }
        }

        return new GeoJsonFeatureCollection(features);
    }

    /// <summary>The outline in anticlockwise order: the shoelace area, longitude as x and latitude as y, is positive.</summary>
    private static IReadOnlyList<GeoPoint> Anticlockwise(IReadOnlyList<GeoPoint> area)
    {
        var twiceArea = 0.0;
        for (var i = 0; i < area.Count; i++)
        {
            var (a, b) = (area[i], area[(i + 1) % area.Count]);
            twiceArea += (a.Lon * b.Lat) - (b.Lon * a.Lat);
        }

        return twiceArea < 0 ? [.. area.Reverse()] : area;
    }
}
