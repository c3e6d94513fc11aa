using System.Text.Json.Serialization;
using Concordia.Domain.Sites;

namespace Concordia.Web.Features.Sites;

/// <summary>
/// Sites as GeoJSON (RFC 7946): a Point per site and, where an outline is known, a Polygon. Coordinates are
/// [longitude, latitude] as the RFC requires.
/// </summary>
public sealed record GeoJsonFeatureCollection(IReadOnlyList<GeoJsonFeature> Features)
{
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
                var ring = site.Area.Append(site.Area[0]).Select(pt => new[] { pt.Lon, pt.Lat }).ToArray();
                features.Add(new GeoJsonFeature(new GeoJsonGeometry("Polygon", new[] { ring }), properties));
            }
        }

        return new GeoJsonFeatureCollection(features);
    }
}
