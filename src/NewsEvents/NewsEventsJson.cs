using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsEvents.Json;
using NewsEvents.Validation;

namespace NewsEvents;

/// <summary>
/// Reads and writes datasets in the canonical NewsEvents JSON format (see docs/format.md).
/// </summary>
/// <remarks>
/// <para>Writing is canonical: camelCase names, members in a fixed order, absent values omitted,
/// two-space indentation, LF line ends, non-ASCII text of the Basic Multilingual Plane unescaped (characters beyond
/// it, such as emoji, as escaped surrogate pairs), and a final newline. So
/// <c>Serialize(Deserialize(json))</c> is byte-identical to canonical <c>json</c>, and
/// <c>Deserialize(Serialize(dataset))</c> equals <c>dataset</c>.</para>
/// <para>Reading is strict by default (see <see cref="NewsEventsReaderOptions"/>) and validates.
/// Every problem with the data raises <see cref="NewsEventsFormatException"/>; no other exception
/// escapes for bad data, and no partly read dataset is returned.</para>
/// </remarks>
public static class NewsEventsJson
{
    private static readonly NewsEventsJsonContext Context = new(CreateOptions());

    // Throws on a lone surrogate instead of writing U+FFFD, so one pass both encodes and checks.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The canonical serializer options (read-only), for composing the format into your own
    /// System.Text.Json calls: a dataset or any of its objects inside a document of your own. The
    /// small objects (evidence, codes, coordinates, quantities, time values), ids and enumerations
    /// are read and written by the format's own code; the entities by the serializer, with the same
    /// names, order and strictness. Prefer the methods of this class, which read faster, report every
    /// problem at once in the format's words, and validate.
    /// </summary>
    public static JsonSerializerOptions Options => Context.Options;

    /// <summary>Writes <paramref name="dataset"/> as canonical JSON text.</summary>
    /// <exception cref="NewsEventsFormatException">The dataset holds a value that cannot be written (a default id).</exception>
    public static string Serialize(Dataset dataset)
    {
        using var buffer = new SegmentedBufferWriter();
        Write(buffer, dataset);
        return buffer.ToUtf8String();
    }

    /// <summary>Writes <paramref name="dataset"/> as canonical UTF-8 JSON.</summary>
    /// <exception cref="NewsEventsFormatException">The dataset holds a value that cannot be written (a default id).</exception>
    public static byte[] SerializeToUtf8Bytes(Dataset dataset)
    {
        using var buffer = new SegmentedBufferWriter();
        Write(buffer, dataset);
        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="dataset"/> as canonical UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    /// <remarks>The JSON goes out in pieces of about 64 KiB as it is written, so memory does not grow with the
    /// dataset; when writing fails, the pieces before the failure have already gone out.</remarks>
    /// <exception cref="NewsEventsFormatException">The dataset holds a value that cannot be written (a default id).</exception>
    public static void Serialize(Stream utf8Json, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(dataset);
        foreach (var piece in WriteInPieces(dataset))
        {
            utf8Json.Write(piece.Span);
        }
    }

    /// <summary>Writes <paramref name="dataset"/> as canonical UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    /// <remarks>The JSON goes out in pieces of about 64 KiB as it is written, so memory does not grow with the
    /// dataset; when writing fails, the pieces before the failure have already gone out.</remarks>
    /// <exception cref="NewsEventsFormatException">The dataset holds a value that cannot be written (a default id).</exception>
    public static async Task SerializeAsync(Stream utf8Json, Dataset dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(dataset);
        foreach (var piece in WriteInPieces(dataset))
        {
            await utf8Json.WriteAsync(piece, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The name the format writes for <paramref name="value"/>: the camelCase member name
    /// (<c>StatementChannel.ToldReporters</c> is <c>"toldReporters"</c>), for reports and tools that
    /// speak the format's words.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => StrictEnumJsonConverter<TEnum>.NameOf(value);

    /// <summary>Reads a dataset from JSON text.</summary>
    /// <exception cref="NewsEventsFormatException">The text is not a valid NewsEvents dataset: the exception lists every problem found, each with its path and line.</exception>
    public static Dataset Deserialize(string json, NewsEventsReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] utf8Json;
        try
        {
            utf8Json = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            // A lenient encoder would silently turn it into U+FFFD: the data would change without a word.
            throw DatasetReading.LoneSurrogate(json, e.Index, e);
        }

        return Deserialize(utf8Json, options);
    }

    /// <summary>Reads a dataset from UTF-8 JSON; a byte order mark at the start is skipped.</summary>
    /// <exception cref="NewsEventsFormatException">The bytes are not a valid NewsEvents dataset: the exception lists every problem found, each with its path and line.</exception>
    public static Dataset Deserialize(ReadOnlySpan<byte> utf8Json, NewsEventsReaderOptions? options = null)
    {
        options ??= NewsEventsReaderOptions.Default;
        var dataset = DatasetReading.Read(utf8Json, options);
        if (options.Validate)
        {
            ThrowIfInvalid(DatasetValidator.Validate(dataset, utf8Json));
        }

        return dataset;
    }

    /// <summary>Reads a dataset from a stream of UTF-8 JSON, of at most <see cref="NewsEventsReaderOptions.MaxDocumentBytes"/>.</summary>
    /// <remarks>
    /// A stream that can seek and holds more than 64 MiB (a file) is read through a window of 16 MiB
    /// sliding over it, never whole, whatever its size; should it not be a valid dataset, it is read
    /// again from where it started to report every problem, with its line. The rules broken by a
    /// dataset read so get their lines too: the stream is read once more, a buffer at a time, only
    /// when there are some. Any other stream is read into memory whole
    /// first, so it holds at most <see cref="Array.MaxLength"/> bytes.
    /// </remarks>
    /// <exception cref="NewsEventsFormatException">The stream does not hold a valid NewsEvents dataset, or holds more than the limit (refused before it is read, when the stream knows its length).</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Dataset Deserialize(Stream utf8Json, NewsEventsReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= NewsEventsReaderOptions.Default;
        if (ReadWindowed(utf8Json, options) is { } dataset)
        {
            return dataset;
        }

        using var buffer = DatasetReading.Gather(utf8Json, options.MaxDocumentBytes);
        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Reads a dataset from a stream of UTF-8 JSON, of at most <see cref="NewsEventsReaderOptions.MaxDocumentBytes"/>.</summary>
    /// <remarks>
    /// As <see cref="Deserialize(Stream, NewsEventsReaderOptions?)"/>; a stream read through a window
    /// (one that can seek and holds more than 64 MiB) is read synchronously.
    /// </remarks>
    /// <exception cref="NewsEventsFormatException">The stream does not hold a valid NewsEvents dataset, or holds more than the limit (refused before it is read, when the stream knows its length).</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static async ValueTask<Dataset> DeserializeAsync(Stream utf8Json, NewsEventsReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= NewsEventsReaderOptions.Default;
        if (ReadWindowed(utf8Json, options) is { } dataset)
        {
            return dataset;
        }

        using var buffer = await DatasetReading.GatherAsync(utf8Json, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Throws a <see cref="NewsEventsFormatException"/> listing every violation, when there are any.</summary>
    /// <exception cref="NewsEventsFormatException"><paramref name="report"/> holds violations.</exception>
    public static void ThrowIfInvalid(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.IsValid)
        {
            return;
        }

        var first = report.Violations[0];
        throw new NewsEventsFormatException(
            $"The dataset breaks {report.Violations.Length} rule(s). First, at {first.Path}: {first.Message}",
            first.Path, lineNumber: null, bytePositionInLine: null, report.Violations);
    }

    /// <summary>Reads a stream that is read through a window (<see cref="DatasetReading.IsWindowed"/>); null for any other.</summary>
    private static Dataset? ReadWindowed(Stream utf8Json, NewsEventsReaderOptions options)
    {
        if (!DatasetReading.IsWindowed(utf8Json, options.MaxDocumentBytes))
        {
            return null;
        }

        var start = utf8Json.Position;
        using var window = new JsonWindow(utf8Json);
        var dataset = DatasetReading.Read(window, options);
        if (options.Validate)
        {
            // Read again, for the lines of the broken rules, only when there are some.
            utf8Json.Position = start;
            ThrowIfInvalid(DatasetValidator.Validate(dataset, utf8Json));
        }

        return dataset;
    }

    /// <summary>The generated serializer context behind <see cref="Options"/>.</summary>
    internal static NewsEventsJsonContext TypeInfo => Context;

    private static JsonSerializerOptions CreateOptions() =>
        // The context's attribute holds every reading and writing rule; this adds what an attribute
        // cannot say: an encoder that leaves non-ASCII text readable.
        new(NewsEventsJsonContext.Default.Options)
        {
            TypeInfoResolver = null,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

    private static void Write(IBufferWriter<byte> buffer, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, FormatWriter.DatasetOptions))
            {
                FormatWriter.WriteDataset(writer, dataset);
            }

            buffer.Write("\n"u8);
        }
        catch (JsonException e)
        {
            throw CannotWrite(e);
        }
    }

    /// <summary>
    /// Writes <paramref name="dataset"/> a piece at a time through one pooled buffer: each piece is
    /// valid until the next is asked for, so a stream of any speed can take it, by sync or async writes.
    /// </summary>
    private static IEnumerable<ReadOnlyMemory<byte>> WriteInPieces(Dataset dataset)
    {
        const int PieceSize = 64 * 1024;
        using var buffer = new PooledBufferWriter(PieceSize + (PieceSize / 2));
        using var writer = new Utf8JsonWriter(buffer, FormatWriter.DatasetOptions);
        using var steps = FormatWriter.WriteDatasetInSteps(writer, dataset).GetEnumerator();
        while (NextStep(steps))
        {
            if (buffer.WrittenCount + writer.BytesPending >= PieceSize)
            {
                writer.Flush();
                yield return buffer.WrittenMemory;
                buffer.Clear();
            }
        }

        writer.Flush();
        buffer.Write("\n"u8);
        yield return buffer.WrittenMemory;
    }

    private static bool NextStep(IEnumerator<Utf8JsonWriter> steps)
    {
        try
        {
            return steps.MoveNext();
        }
        catch (JsonException e)
        {
            throw CannotWrite(e);
        }
    }

    private static NewsEventsFormatException CannotWrite(JsonException e) =>
        new($"The dataset cannot be written: {e.Message}", e.Path, null, null, [new Violation(e.Path ?? "$", ViolationKind.InvalidValue, e.Message)], e);
}
