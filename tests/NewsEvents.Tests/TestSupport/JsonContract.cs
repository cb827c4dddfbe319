using System.Text.Json;

namespace NewsEvents.Tests.TestSupport;

/// <summary>
/// The JSON contract: reading what was written gives an equal value, and writing that again gives
/// the same bytes.
/// </summary>
public static class JsonContract
{
    /// <summary>Round-trips a dataset through the public API (string, bytes and streams); returns the canonical text.</summary>
    public static string RoundTrip(Dataset dataset)
    {
        var bytes = NewsEventsJson.SerializeToUtf8Bytes(dataset);
        var text = NewsEventsJson.Serialize(dataset);
        text.Should().Be(System.Text.Encoding.UTF8.GetString(bytes), "the string and byte forms are the same JSON");

        var read = NewsEventsJson.Deserialize(bytes);
        read.Should().Be(dataset, "Deserialize(Serialize(x)) equals x");
        read.GetHashCode().Should().Be(dataset.GetHashCode());
        NewsEventsJson.SerializeToUtf8Bytes(read).Should().Equal(bytes, "Serialize(Deserialize(Serialize(x))) is byte-identical");
        NewsEventsJson.Deserialize(text).Should().Be(dataset);

        using var stream = new MemoryStream();
        NewsEventsJson.Serialize(stream, dataset);
        stream.ToArray().Should().Equal(bytes);
        stream.Position = 0;
        NewsEventsJson.Deserialize(stream).Should().Be(dataset);
        return text;
    }

    /// <summary>Round-trips any type of the format through the canonical options; returns its JSON.</summary>
    public static string RoundTripValue(object value)
    {
        var type = value.GetType();
        var info = NewsEventsJson.Options.GetTypeInfo(type);
        var json = JsonSerializer.Serialize(value, info);
        var read = JsonSerializer.Deserialize(json, info);
        read.Should().NotBeNull();
        read.Should().Be(value, $"a {type.Name} read back from {json} equals the one written");
        JsonSerializer.Serialize(read, info).Should().Be(json, "writing what was read gives the same text");
        return json;
    }
}
