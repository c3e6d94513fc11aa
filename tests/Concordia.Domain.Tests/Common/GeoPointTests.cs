using Concordia.Domain.Common;

namespace Concordia.Domain.Tests.Common;

public sealed class GeoPointTests
{
    [Theory]
    [InlineData(91, 0, "lat")]
    [InlineData(-90.5, 0, "lat")]
    [InlineData(0, 180.1, "lon")]
    [InlineData(double.NaN, 0, "lat")]
    public void Rejects_coordinates_off_the_globe(double lat, double lon, string field)
    {
        var result = GeoPoint.Create(lat, lon);

        Assert.Equal(field, Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Distance_between_Stade_de_France_and_the_Eiffel_Tower_is_about_eight_and_a_half_kilometres()
    {
        var stade = GeoPoint.Create(48.92448, 2.36013).Value;
        var eiffel = GeoPoint.Create(48.85826, 2.29450).Value;

        Assert.InRange(stade.DistanceTo(eiffel), 8_500, 9_000);
    }
}
