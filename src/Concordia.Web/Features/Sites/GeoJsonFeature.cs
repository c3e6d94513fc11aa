using System.Text.Json.Serialization;

namespace Concordia.Web.Features.Sites;

public sealed record GeoJsonFeature(GeoJsonGeometry Geometry, GeoJsonSiteProperties Properties)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Feature";
}

/// <summary>A GeoJSON geometry; <see cref="Coordinates"/> is a position, or rings of positions for a polygon.</summary>
public sealed record GeoJsonGeometry(string Type, object Coordinates);

/// <summary>
/// What the map shows about a site. <see cref="Kind"/> is spelt as in the API (<c>fan-zone</c>); <see cref="Demand"/> is
/// the units needed at the level in force on the chosen day, when known.
/// </summary>
public sealed record GeoJsonSiteProperties(Guid Id, string Code, string Name, string Kind, string? City, string? Parent, int? Demand);
