using System.Text.Json;
using NewsEvents.Json;
using NewsEvents.Validation;

namespace NewsEvents.Streaming;

/// <summary>
/// Writes records in the JSON Lines form of the format (see docs/jsonlines.md): one compact,
/// canonical line per record, <c>{"kind":"event","record":{...}}</c>, each ended by LF, UTF-8
/// without a byte order mark.
/// </summary>
/// <remarks>
/// Records are written as they come, through a small buffer that is flushed to the stream every
/// 64 KiB or so: memory does not grow with the number of records. The stream is left open.
/// </remarks>
public static class JsonLinesWriter
{
    private const int FlushThreshold = 64 * 1024;

    /// <summary>Writes <paramref name="records"/> to <paramref name="utf8Stream"/>.</summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="NewsEventsFormatException">A record holds a value that cannot be written (a default id).</exception>
    public static async Task<long> WriteAsync(Stream utf8Stream, IAsyncEnumerable<JsonLinesRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ArgumentNullException.ThrowIfNull(records);
        using var line = new LineWriter();
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            line.Write(record);
            if (line.Buffered >= FlushThreshold)
            {
                await line.FlushAsync(utf8Stream, cancellationToken).ConfigureAwait(false);
            }
        }

        await line.FlushAsync(utf8Stream, cancellationToken).ConfigureAwait(false);
        return line.Count;
    }

    /// <summary>Writes <paramref name="records"/> to <paramref name="utf8Stream"/>.</summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="NewsEventsFormatException">A record holds a value that cannot be written (a default id).</exception>
    public static async Task<long> WriteAsync(Stream utf8Stream, IEnumerable<JsonLinesRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ArgumentNullException.ThrowIfNull(records);
        using var line = new LineWriter();
        foreach (var record in records)
        {
            line.Write(record);
            if (line.Buffered >= FlushThreshold)
            {
                await line.FlushAsync(utf8Stream, cancellationToken).ConfigureAwait(false);
            }
        }

        await line.FlushAsync(utf8Stream, cancellationToken).ConfigureAwait(false);
        return line.Count;
    }

    /// <summary>Writes <paramref name="records"/> to <paramref name="utf8Stream"/>, synchronously.</summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="records">The records.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="NewsEventsFormatException">A record holds a value that cannot be written (a default id).</exception>
    public static long Write(Stream utf8Stream, IEnumerable<JsonLinesRecord> records)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ArgumentNullException.ThrowIfNull(records);
        using var line = new LineWriter();
        foreach (var record in records)
        {
            line.Write(record);
            if (line.Buffered >= FlushThreshold)
            {
                line.Flush(utf8Stream);
            }
        }

        line.Flush(utf8Stream);
        return line.Count;
    }

    /// <summary>Writes a whole dataset as lines: its header, then its documents, actors, events, statements, claims and relations (see <see cref="ToRecords"/>).</summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="NewsEventsFormatException">The dataset holds a value that cannot be written (a default id).</exception>
    public static Task<long> WriteDatasetAsync(Stream utf8Stream, Dataset dataset, CancellationToken cancellationToken = default) =>
        WriteAsync(utf8Stream, ToRecords(dataset), cancellationToken);

    /// <summary>
    /// The records of a dataset in their canonical order: the header, then documents, actors,
    /// events, statements, claims and relations, each in the dataset's order. Documents come first so
    /// that a streaming validator can check evidence quotes against their text.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The records.</returns>
    public static IEnumerable<JsonLinesRecord> ToRecords(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Iterate(dataset);

        static IEnumerable<JsonLinesRecord> Iterate(Dataset dataset)
        {
            yield return JsonLinesRecord.From(JsonLinesHeader.Of(dataset));
            foreach (var item in dataset.Documents)
            {
                yield return JsonLinesRecord.From(item);
            }

            foreach (var item in dataset.Actors)
            {
                yield return JsonLinesRecord.From(item);
            }

            foreach (var item in dataset.Events)
            {
                yield return JsonLinesRecord.From(item);
            }

            foreach (var item in dataset.Statements)
            {
                yield return JsonLinesRecord.From(item);
            }

            foreach (var item in dataset.Claims)
            {
                yield return JsonLinesRecord.From(item);
            }

            foreach (var item in dataset.Relations)
            {
                yield return JsonLinesRecord.From(item);
            }
        }
    }

    /// <summary>Writes one record as its line, with the line feed, to a UTF-8 byte array.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The line's bytes.</returns>
    /// <exception cref="NewsEventsFormatException">The record holds a value that cannot be written (a default id).</exception>
    public static byte[] ToUtf8Line(JsonLinesRecord record)
    {
        using var line = new LineWriter();
        line.Write(record);
        return line.WrittenSpan.ToArray();
    }

    /// <summary>One reusable JSON writer over one reusable buffer, rented from the shared pool.</summary>
    private sealed class LineWriter : IDisposable
    {
        private readonly PooledBufferWriter _buffer = new(FlushThreshold + (FlushThreshold / 2));
        private readonly Utf8JsonWriter _writer;

        public LineWriter() => _writer = new Utf8JsonWriter(_buffer, JsonLinesCodec.WriterOptions);

        public long Count { get; private set; }

        public int Buffered => _buffer.WrittenCount;

        public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

        public void Write(JsonLinesRecord record)
        {
            ArgumentNullException.ThrowIfNull(record);
            try
            {
                JsonLinesCodec.Write(_writer, _buffer, record);
            }
            catch (JsonException e)
            {
                throw new NewsEventsFormatException($"The record {record} cannot be written: {e.Message}", e.Path, null, null, [new Violation(e.Path ?? "$", ViolationKind.InvalidValue, e.Message)], e);
            }

            Count++;
        }

        public async ValueTask FlushAsync(Stream stream, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _buffer.Clear();
        }

        public void Flush(Stream stream)
        {
            stream.Write(_buffer.WrittenSpan);
            _buffer.Clear();
        }

        public void Dispose()
        {
            _writer.Dispose();
            _buffer.Dispose();
        }
    }
}
