using System.Text;

namespace NewsEvents.Tests.TestSupport;

/// <summary>Asserts that bad input is rejected with <see cref="NewsEventsFormatException"/>, and never another type, through every entry point.</summary>
public static class Reject
{
    public static NewsEventsFormatException Json(string json, NewsEventsReaderOptions? options = null)
    {
        var fromString = Catch(() => NewsEventsJson.Deserialize(json, options));
        var bytes = Encoding.UTF8.GetBytes(json);
        if (Encoding.UTF8.GetString(bytes) == json)
        {
            var fromBytes = Bytes(bytes, options);
            fromBytes.Path.Should().Be(fromString.Path, "every entry point reports the same path");
            fromBytes.Violations.Should().Equal(fromString.Violations);
        }

        return fromString;
    }

    public static NewsEventsFormatException Bytes(byte[] utf8, NewsEventsReaderOptions? options = null)
    {
        var fromBytes = Catch(() => NewsEventsJson.Deserialize(utf8, options));
        var fromStream = Catch(() => NewsEventsJson.Deserialize(new MemoryStream(utf8), options));
        var fromAsync = Catch(() => NewsEventsJson.DeserializeAsync(new MemoryStream(utf8), options).AsTask().GetAwaiter().GetResult());
        fromStream.Path.Should().Be(fromBytes.Path);
        fromAsync.Path.Should().Be(fromBytes.Path);
        fromStream.LineNumber.Should().Be(fromBytes.LineNumber);
        return fromBytes;
    }

    private static NewsEventsFormatException Catch(Func<Dataset> read)
    {
        var thrown = FluentActions.Invoking(read).Should().ThrowExactly<NewsEventsFormatException>().Which;
        thrown.Violations.Should().NotBeEmpty("the exception lists what is wrong");
        thrown.Message.Should().NotBeNullOrWhiteSpace();
        return thrown;
    }
}
