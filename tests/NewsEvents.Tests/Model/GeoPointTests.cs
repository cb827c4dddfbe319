namespace NewsEvents.Tests.Model;

public class GeoPointTests
{
    [Theory]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(0, 0)]
    [InlineData(32.8872, 13.1913)]
    public void Coordinates_within_range_are_kept(double latitude, double longitude)
    {
        var point = new GeoPoint(latitude, longitude);

        (point.Latitude, point.Longitude).Should().Be((latitude, longitude));
    }

    [Theory]
    [InlineData(90.0001)]
    [InlineData(-91)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Latitude_out_of_range_is_rejected(double latitude) =>
        FluentActions.Invoking(() => new GeoPoint(latitude, 0)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("GeoPoint.Latitude must lie between -90 and 90 degrees");

    [Theory]
    [InlineData(180.5)]
    [InlineData(-181)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Longitude_out_of_range_is_rejected(double longitude) =>
        FluentActions.Invoking(() => new GeoPoint(0, longitude)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("GeoPoint.Longitude must lie between -180 and 180 degrees");
}
