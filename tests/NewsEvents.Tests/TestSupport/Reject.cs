using System.Text;
using NewsEvents.Json;
using NewsEvents.Streaming;
using NewsEvents.Validation;

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
        foreach (var margin in WindowMargins)
        {
            var windowed = Catch(() => Windowed(utf8, margin, options ?? NewsEventsReaderOptions.Default));
            windowed.Path.Should().Be(fromBytes.Path, "a document read a window at a time (margin {0}) is refused at the same place", margin);
            windowed.LineNumber.Should().Be(fromBytes.LineNumber);
            windowed.BytePositionInLine.Should().Be(fromBytes.BytePositionInLine);
            windowed.Violations.Select(v => (v.Path, v.Kind, v.LineNumber)).Should().Equal(fromBytes.Violations.Select(v => (v.Path, v.Kind, v.LineNumber)));

            // Utf8JsonReader quotes a broken literal as far as its buffer reaches: the smallest windows cut the quote short.
            if (margin >= 1024)
            {
                windowed.Violations.Select(v => v.Message).Should().Equal(fromBytes.Violations.Select(v => v.Message));
            }

            // Validated in flat memory, a record at a time, the document is refused as when it is read a window at a time.
            var streamed = Catch(() => Streamed(utf8, margin, options ?? NewsEventsReaderOptions.Default));
            streamed.Violations.Should().BeEquivalentTo(windowed.Violations, "a document validated a record at a time (margin {0}) is refused as one read a window at a time", margin);
            if (windowed.Violations.All(v => v.Kind is ViolationKind.Format or ViolationKind.UnsupportedSchemaVersion))
            {
                streamed.Message.Should().Be(windowed.Message, "a document that breaks the format is read whole to name its problems");
            }
        }

        return fromBytes;
    }

    /// <summary>Margins small enough that a document is read across many slides of its window, and tokens longer than the margin meet the window's end.</summary>
    public static int[] WindowMargins => [16, 1024];

    /// <summary>Reads a dataset as a large file is read: a window at a time, over a stream that can seek; validated, the stream read again for the lines of its violations.</summary>
    public static Dataset Windowed(byte[] utf8, int margin, NewsEventsReaderOptions options)
    {
        using var stream = new MemoryStream(utf8);
        using var window = new JsonWindow(stream, margin);
        var dataset = DatasetReading.Read(window, options);
        if (options.Validate)
        {
            stream.Position = 0;
            NewsEventsJson.ThrowIfInvalid(DatasetValidator.Validate(dataset, stream));
        }

        return dataset;
    }

    /// <summary>Validates a dataset document as a file is validated, in flat memory, its records read a window at a time; throws for its violations.</summary>
    public static Dataset Streamed(byte[] utf8, int margin, NewsEventsReaderOptions options)
    {
        using var stream = new MemoryStream(utf8);
        Dataset? header = null;
        NewsEventsJson.ThrowIfInvalid(DocumentValidation.Validate(stream, options, record => header ??= record.Header?.ToDataset(), margin: margin));
        return header!;
    }

    private static NewsEventsFormatException Catch(Func<Dataset> read)
    {
        var thrown = FluentActions.Invoking(read).Should().ThrowExactly<NewsEventsFormatException>().Which;
        thrown.Violations.Should().NotBeEmpty("the exception lists what is wrong");
        thrown.Message.Should().NotBeNullOrWhiteSpace();
        return thrown;
    }
}
