namespace Concordia.Domain.Common;

/// <summary>A WGS 84 position in decimal degrees.</summary>
public sealed record GeoPoint
{
    private GeoPoint(double lat, double lon)
    {
        Lat = lat;
        Lon = lon;
    }

    public double Lat { get; }

    public double Lon { get; }

    public static Result<GeoPoint> Create(double lat, double lon) =>
        new Check()
            .That(double.IsFinite(lat) && lat is >= -90 and <= 90, "lat", "must be between -90 and 90")
            .That(double.IsFinite(lon) && lon is >= -180 and <= 180, "lon", "must be between -180 and 180")
            .ToResult(() => new GeoPoint(lat, lon));

    /// <summary>Great-circle distance in metres (haversine), good to a few metres at city scale.</summary>
    public double DistanceTo(GeoPoint other)
    {
        const double earthRadius = 6_371_000;
        var dLat = double.DegreesToRadians(other.Lat - Lat);
        var dLon = double.DegreesToRadians(other.Lon - Lon);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) +
                Math.Cos(double.DegreesToRadians(Lat)) * Math.Cos(double.DegreesToRadians(other.Lat)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * earthRadius * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
