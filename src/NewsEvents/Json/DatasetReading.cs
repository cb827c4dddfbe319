using System.Globalization;
using System.Text;
using NewsEvents.Validation;

namespace NewsEvents.Json;

/// <summary>
/// The read pipeline of a dataset document, behind <see cref="NewsEventsJson"/>: the fast pass, and
/// for input it gives up on, the checking pass of the same reader, which reports every problem.
/// </summary>
/// <remarks>
/// Good input is read once. Bad input is read twice, and so is a newer minor version that holds
/// members this reader does not know: the checking pass skips each and reports it as a warning.
/// The schemaVersion decides first: a version this reader does not read is the one problem
/// reported, as it explains the others.
/// </remarks>
internal static class DatasetReading
{
    /// <summary>The byte order mark a document may start with, skipped.</summary>
    public static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a dataset (not yet validated) from UTF-8 JSON; a byte order mark at the start is skipped.</summary>
    /// <exception cref="NewsEventsFormatException">The bytes are not a NewsEvents dataset.</exception>
    public static Dataset Read(ReadOnlySpan<byte> utf8Json, NewsEventsReaderOptions options)
    {
        if (utf8Json.StartsWith(Bom))
        {
            utf8Json = utf8Json[Bom.Length..];
        }

        if (FormatReader.TryReadDataset(utf8Json, out var dataset))
        {
            return Fast(dataset, options);
        }

        var report = new FormatReport(allowNewerMinor: options.AllowNewerMinorVersion);
        return Checked(FormatReader.ReadChecked(utf8Json, FormatReader.ReadDataset, report), report, options);
    }

    /// <summary>
    /// Reads a dataset (not yet validated) from the document in <paramref name="window"/>, as
    /// <see cref="Read(ReadOnlySpan{byte}, NewsEventsReaderOptions)"/> does: the fast pass over the
    /// window sliding on, and when it gives up, the checking pass over the document again from its start.
    /// </summary>
    /// <exception cref="NewsEventsFormatException">The bytes are not a NewsEvents dataset.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Dataset Read(JsonWindow window, NewsEventsReaderOptions options)
    {
        if (FormatReader.TryRead(window, FormatReader.ReadDataset, out var dataset))
        {
            return Fast(dataset, options);
        }

        window.Rewind();
        var report = new FormatReport(allowNewerMinor: options.AllowNewerMinorVersion);
        return Checked(FormatReader.ReadChecked(window, FormatReader.ReadDataset, report), report, options);
    }

    /// <summary>
    /// Whether a stream is read through a <see cref="JsonWindow"/> rather than gathered whole: it can
    /// seek and holds more than <see cref="MaxWholeBytes"/>. A stream that can seek and holds more than
    /// <paramref name="maxBytes"/> is refused here, before it is read.
    /// </summary>
    /// <exception cref="NewsEventsFormatException">The stream holds more than <paramref name="maxBytes"/> bytes.</exception>
    public static bool IsWindowed(Stream utf8Json, long maxBytes)
    {
        if (!utf8Json.CanSeek)
        {
            return false;
        }

        var length = utf8Json.Length - utf8Json.Position;
        return length > maxBytes ? throw TooLarge(maxBytes) : length > MaxWholeBytes;
    }

    /// <summary>The most a stream that can seek holds to be read whole: 64 MiB, four windows.</summary>
    public const long MaxWholeBytes = 64L << 20;

    /// <summary>The dataset of the fast pass, once its schemaVersion is one this reader reads.</summary>
    private static Dataset Fast(Dataset dataset, NewsEventsReaderOptions options)
    {
        var broken = SchemaVersion.Check(dataset.SchemaVersion, options.AllowNewerMinorVersion);
        return broken is null ? dataset : throw VersionException(broken);
    }

    /// <summary>The dataset of the checking pass, or the exception that lists its problems; warnings go to the options' handler.</summary>
    private static Dataset Checked(Dataset? dataset, FormatReport report, NewsEventsReaderOptions options)
    {
        if (report.SchemaVersion is { } version && SchemaVersion.Check(version, options.AllowNewerMinorVersion) is { } unsupported)
        {
            throw VersionException(unsupported);
        }

        if (dataset is null)
        {
            throw Exception("Invalid NewsEvents JSON", report.Problems);
        }

        foreach (var warning in report.Warnings)
        {
            options.Warning?.Invoke(warning.Violation);
        }

        return dataset;
    }

    /// <summary>
    /// Gathers a stream into memory, refusing it as soon as it passes <paramref name="maxBytes"/>:
    /// before reading at all when the stream knows its length.
    /// </summary>
    /// <exception cref="NewsEventsFormatException">The stream holds more than <paramref name="maxBytes"/> bytes.</exception>
    public static MemoryStream Gather(Stream utf8Json, long maxBytes)
    {
        var (buffer, chunk) = StartGathering(utf8Json, maxBytes);
        int read;
        while ((read = utf8Json.Read(chunk)) > 0)
        {
            Append(buffer, chunk, read, maxBytes);
        }

        return buffer;
    }

    /// <inheritdoc cref="Gather"/>
    public static async ValueTask<MemoryStream> GatherAsync(Stream utf8Json, long maxBytes, CancellationToken cancellationToken)
    {
        var (buffer, chunk) = StartGathering(utf8Json, maxBytes);
        int read;
        while ((read = await utf8Json.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read, maxBytes);
        }

        return buffer;
    }

    private static (MemoryStream Buffer, byte[] Chunk) StartGathering(Stream utf8Json, long maxBytes) =>
        utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > maxBytes
            ? throw TooLarge(maxBytes)
            : (new MemoryStream(), new byte[81920]);

    private static void Append(MemoryStream buffer, byte[] chunk, int read, long maxBytes)
    {
        if (buffer.Length + read > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        if (buffer.Length + read > Array.MaxLength)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"The JSON is larger than the {Array.MaxLength} bytes a stream that cannot seek may hold: it is read whole. Read it from a file (which is read a window at a time) or as JSON Lines.");
            throw new NewsEventsFormatException(message, "$", null, null, [new Violation("$", ViolationKind.Format, message)]);
        }

        buffer.Write(chunk, 0, read);
    }

    private static NewsEventsFormatException TooLarge(long maxBytes)
    {
        var message = string.Create(CultureInfo.InvariantCulture, $"The JSON is larger than the {maxBytes} bytes a dataset document may hold (NewsEventsReaderOptions.MaxDocumentBytes); it was not read. Read larger datasets as JSON Lines.");
        return new NewsEventsFormatException(message, "$", null, null, [new Violation("$", ViolationKind.Format, message)]);
    }

    /// <summary>The exception for a text that holds a lone surrogate at <paramref name="index"/>, located by line and character from 1.</summary>
    public static NewsEventsFormatException LoneSurrogate(string json, int index, Exception inner)
    {
        var line = json.AsSpan(0, index).Count('\n') + 1;
        var column = index - (index == 0 ? 0 : json.LastIndexOf('\n', index - 1) + 1) + 1;
        const string message = "The JSON text holds a lone surrogate (not well-formed UTF-16), which cannot be read without altering it.";
        return Exception("Invalid NewsEvents JSON", [new FormatReport.Problem(new Violation("$", ViolationKind.Format, message) { LineNumber = line }, line, column, UnknownMember: false)], inner);
    }

    /// <summary>
    /// The exception listing <paramref name="problems"/>: the first locates it (path, line and byte
    /// from 1), the message names every problem with its line.
    /// </summary>
    public static NewsEventsFormatException Exception(string what, IReadOnlyList<FormatReport.Problem> problems, Exception? inner = null)
    {
        var first = problems[0];
        var message = new StringBuilder(what);
        if (problems.Count == 1)
        {
            message.Append(Where(first)).Append(": ").Append(first.Violation.Message);
        }
        else
        {
            message.Append(CultureInfo.InvariantCulture, $": {problems.Count} problems.");
            foreach (var problem in problems)
            {
                message.Append('\n').Append(Where(problem).TrimStart()).Append(": ").Append(problem.Violation.Message);
            }
        }

        return new NewsEventsFormatException(message.ToString(), first.Violation.Path, first.Line, first.Position, problems.Select(p => p.Violation), inner);
    }

    private static NewsEventsFormatException VersionException(string broken) =>
        new($"Invalid NewsEvents JSON at $.schemaVersion: {broken}", "$.schemaVersion", null, null, [new Violation("$.schemaVersion", ViolationKind.UnsupportedSchemaVersion, broken)]);

    /// <summary>Where a problem is, for messages: <c> at $.a.b (line 3, byte 5)</c>.</summary>
    private static string Where(FormatReport.Problem problem) =>
        problem.Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" at {problem.Violation.Path} (line {line}{(problem.Position is { } p ? $", byte {p}" : string.Empty)})")
            : $" at {problem.Violation.Path}";
}
