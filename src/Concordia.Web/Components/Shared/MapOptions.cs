namespace Concordia.Web.Components.Shared;

/// <summary>Map settings (section <c>Map</c>). An empty tile URL draws the sites on a plain background.</summary>
public sealed class MapOptions
{
    public const string Section = "Map";

    /// <summary>Tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png.</summary>
    public string? TileUrl { get; set; }

    public string? TileAttribution { get; set; }
}
