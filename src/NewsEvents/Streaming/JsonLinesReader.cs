using System.IO.Pipelines;
using NewsEvents.Validation;

namespace NewsEvents.Streaming;

/// <summary>
/// Reads the JSON Lines form of the format (see docs/jsonlines.md) as a stream of records, holding
/// one line at a time: memory does not grow with the size of the input.
/// </summary>
/// <remarks>
/// <para>Each non-blank line is one record, <c>{"kind":"event","record":{...}}</c>. Lines end with LF
/// (a CR before it is read as white space); the last line may end without one. Blank lines (white
/// space only) are skipped but counted, so line numbers match a text editor's. An empty input holds
/// zero records. A UTF-8 byte order mark at the very start is skipped.</para>
/// <para>Strict by default: the first bad line (invalid UTF-8, malformed JSON, a record that breaks
/// the format, a line longer than <see cref="JsonLinesReaderOptions.MaxRecordBytes"/>, a header that
/// is not the first record or names a version this reader does not read) throws
/// <see cref="NewsEventsFormatException"/>, whose message names the line and whose
/// <see cref="System.Text.Json.JsonException.LineNumber"/> is that line, counted from 1. With
/// <see cref="JsonLinesReaderOptions.OnBadLine"/> set, each bad line is reported there and reading goes on.</para>
/// <para>Each record is checked on its own as it is read; rules across records (references) are the
/// job of <see cref="JsonLinesValidator"/>.</para>
/// </remarks>
public static class JsonLinesReader
{
    /// <summary>Reads the records of a UTF-8 JSON Lines stream as they arrive. The stream is left open.</summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="options">How to read; <see cref="JsonLinesReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The records, in the order of their lines.</returns>
    /// <exception cref="NewsEventsFormatException">In strict mode, on the first bad line (when enumerated).</exception>
    public static IAsyncEnumerable<JsonLinesRecord> ReadAsync(Stream utf8Stream, JsonLinesReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        return new LineRecords(utf8Stream, options ?? JsonLinesReaderOptions.Default, cancellationToken);
    }

    /// <summary>Reads the records of a UTF-8 JSON Lines pipe as they arrive. The pipe is not completed.</summary>
    /// <param name="utf8Pipe">The pipe.</param>
    /// <param name="options">How to read; <see cref="JsonLinesReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The records, in the order of their lines.</returns>
    /// <exception cref="NewsEventsFormatException">In strict mode, on the first bad line (when enumerated).</exception>
    public static IAsyncEnumerable<JsonLinesRecord> ReadAsync(PipeReader utf8Pipe, JsonLinesReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Pipe);
        return new LineRecords(utf8Pipe.AsStream(leaveOpen: true), options ?? JsonLinesReaderOptions.Default, cancellationToken);
    }

    /// <summary>Reads the records of a UTF-8 JSON Lines stream, blocking on each read. The stream is left open.</summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="options">How to read; <see cref="JsonLinesReaderOptions.Default"/> when null.</param>
    /// <returns>The records, in the order of their lines.</returns>
    /// <exception cref="NewsEventsFormatException">In strict mode, on the first bad line (when enumerated).</exception>
    public static IEnumerable<JsonLinesRecord> Read(Stream utf8Stream, JsonLinesReaderOptions? options = null) =>
        ReadAsync(utf8Stream, options).ToBlockingEnumerable();

    /// <summary>
    /// Reads a whole JSON Lines stream into one dataset, which must fit in memory. The stream must
    /// start with a header (it carries the dataset's id); the dataset is validated as
    /// <see cref="NewsEventsJson"/> validates one unless <paramref name="validate"/> is false.
    /// </summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="options">How to read; <see cref="JsonLinesReaderOptions.Default"/> when null.</param>
    /// <param name="validate">Whether to validate the dataset.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="NewsEventsFormatException">A line is bad (in strict mode), the header is missing, or the dataset breaks a rule.</exception>
    public static async ValueTask<Dataset> ReadDatasetAsync(Stream utf8Stream, JsonLinesReaderOptions? options = null, bool validate = true, CancellationToken cancellationToken = default)
    {
        var collector = new DatasetCollector();
        await foreach (var record in ReadAsync(utf8Stream, options, cancellationToken).ConfigureAwait(false))
        {
            collector.Add(record);
        }

        return ToDataset(collector, validate);
    }

    /// <summary>
    /// Reads a whole JSON Lines stream into one dataset, blocking on each read: the synchronous
    /// counterpart of <see cref="ReadDatasetAsync"/>, with the same rules.
    /// </summary>
    /// <param name="utf8Stream">The stream.</param>
    /// <param name="options">How to read; <see cref="JsonLinesReaderOptions.Default"/> when null.</param>
    /// <param name="validate">Whether to validate the dataset.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="NewsEventsFormatException">A line is bad (in strict mode), the header is missing, or the dataset breaks a rule.</exception>
    public static Dataset ReadDataset(Stream utf8Stream, JsonLinesReaderOptions? options = null, bool validate = true) =>
        ToDataset(Read(utf8Stream, options), validate);

    /// <summary>
    /// Gathers records into one dataset, each collection in the records' order: records read from JSON Lines, or
    /// made by an importer or a generator (the inverse of <see cref="JsonLinesWriter.ToRecords"/>). The records must
    /// hold a header, which carries the dataset's id; the dataset is validated as <see cref="ReadDataset"/> validates
    /// one unless <paramref name="validate"/> is false (for records already checked as they were made or read).
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="validate">Whether to validate the dataset.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="NewsEventsFormatException">The records hold no header, or the dataset breaks a rule.</exception>
    public static Dataset ToDataset(IEnumerable<JsonLinesRecord> records, bool validate = true)
    {
        Guard.NotNull(records, nameof(records));
        var collector = new DatasetCollector();
        foreach (var record in records)
        {
            collector.Add(record);
        }

        return ToDataset(collector, validate);
    }

    private static Dataset ToDataset(DatasetCollector collector, bool validate)
    {
        if (collector.Header is not { } header)
        {
            const string message = "A JSON Lines stream read as a dataset must start with a header line, which carries the dataset's id.";
            throw new NewsEventsFormatException(message, "$", null, null, [new Violation("$", ViolationKind.Format, message)]);
        }

        var dataset = collector.ToDataset(header);
        if (validate)
        {
            NewsEventsJson.ThrowIfInvalid(DatasetValidator.Validate(dataset));
        }

        return dataset;
    }

    /// <summary>The records of one stream; each enumeration reads on from where the stream is.</summary>
    private sealed class LineRecords(Stream stream, JsonLinesReaderOptions options, CancellationToken cancellationToken) : IAsyncEnumerable<JsonLinesRecord>
    {
        public IAsyncEnumerator<JsonLinesRecord> GetAsyncEnumerator(CancellationToken enumeratorCancellation = default) =>
            new JsonLinesEnumerator(stream, options, cancellationToken, enumeratorCancellation);
    }
}
