using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>Reads and writes <see cref="GeoPoint"/>, coordinates, <c>{"latitude": 32.9, "longitude": 13.2}</c>, through the format's own reader and writer.</summary>
internal sealed class GeoPointJsonConverter : LeafConverter<GeoPoint>
{
    private protected override FormatReader.ValueReader<CheckedJsonReader, GeoPoint> Reader => FormatReader.ReadGeoPoint;

    private protected override Action<Utf8JsonWriter, GeoPoint> Writer => FormatWriter.WriteGeoPoint;
}
