using System.Globalization;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>A point on the Earth in WGS 84 degrees.</summary>
[JsonConverter(typeof(GeoPointJsonConverter))]
public sealed record GeoPoint
{
    /// <summary>Creates a point.</summary>
    /// <param name="latitude">Degrees north, from -90 to 90.</param>
    /// <param name="longitude">Degrees east, from -180 to 180.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or not a number.</exception>
    public GeoPoint(double latitude, double longitude)
    {
        if (!(latitude is >= -90 and <= 90))
        {
            Guard.OutOfRange($"GeoPoint.Latitude must lie between -90 and 90 degrees, not {latitude.ToString(CultureInfo.InvariantCulture)}.", nameof(latitude));
        }

        if (!(longitude is >= -180 and <= 180))
        {
            Guard.OutOfRange($"GeoPoint.Longitude must lie between -180 and 180 degrees, not {longitude.ToString(CultureInfo.InvariantCulture)}.", nameof(longitude));
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Degrees north.</summary>
    public double Latitude { get; }

    /// <summary>Degrees east.</summary>
    public double Longitude { get; }

    /// <summary>Returns <c>latitude,longitude</c> in invariant notation.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Latitude:R},{Longitude:R}");
}
