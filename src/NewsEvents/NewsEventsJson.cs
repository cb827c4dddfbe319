using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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
    /// System.Text.Json calls. Prefer the methods of this class, which add error handling and validation.
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
    /// <exception cref="NewsEventsFormatException">The text is not a valid NewsEvents dataset.</exception>
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
            var lone = e.Index;
            var line = json.AsSpan(0, lone).Count('\n');
            var column = lone - (json.LastIndexOf('\n', Math.Max(lone - 1, 0)) + 1);
            var message = "The JSON text holds a lone surrogate (not well-formed UTF-16), which cannot be read without altering it.";
            throw new NewsEventsFormatException(
                $"Invalid NewsEvents JSON{NewsEventsFormatException.Where("$", line, column)}: {message}",
                "$", line, column, [new Violation("$", ViolationKind.Format, message)], e);
        }

        return Deserialize(utf8Json, options);
    }

    /// <summary>Reads a dataset from UTF-8 JSON.</summary>
    /// <exception cref="NewsEventsFormatException">The bytes are not a valid NewsEvents dataset.</exception>
    public static Dataset Deserialize(ReadOnlySpan<byte> utf8Json, NewsEventsReaderOptions? options = null)
    {
        options ??= NewsEventsReaderOptions.Default;
        var dataset = Read(utf8Json, options);
        if (options.Validate)
        {
            ThrowIfInvalid(DatasetValidator.Validate(dataset));
        }

        return dataset;
    }

    /// <summary>Reads a dataset from a stream of UTF-8 JSON.</summary>
    /// <exception cref="NewsEventsFormatException">The stream does not hold a valid NewsEvents dataset.</exception>
    public static Dataset Deserialize(Stream utf8Json, NewsEventsReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Reads a dataset from a stream of UTF-8 JSON.</summary>
    /// <exception cref="NewsEventsFormatException">The stream does not hold a valid NewsEvents dataset.</exception>
    public static async ValueTask<Dataset> DeserializeAsync(Stream utf8Json, NewsEventsReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The type information the JSON Lines reader and writer share with this class.</summary>
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

    private static Dataset Read(ReadOnlySpan<byte> utf8Json, NewsEventsReaderOptions options)
    {
        if (options.AllowNewerMinorVersion && PeekSchemaVersion(utf8Json) is { } version
            && SchemaVersion.TryParse(version, out var major, out var minor) && major == SchemaVersion.Major && minor > SchemaVersion.Minor)
        {
            return ReadNewerMinor(utf8Json, options);
        }

        // The fast reader reads what is valid; what it will not read, the generated reader reads
        // again to report (or, should the two ever disagree, to read as the reference).
        if (!FormatReader.TryReadDataset(utf8Json, out var dataset))
        {
            dataset = ReadWithContext(utf8Json, options);
        }

        var broken = SchemaVersion.Check(dataset.SchemaVersion, options.AllowNewerMinorVersion);
        return broken is null ? dataset : throw VersionException(broken);
    }

    private static Dataset ReadWithContext(ReadOnlySpan<byte> utf8Json, NewsEventsReaderOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, Context.Dataset)
                ?? throw new JsonException("A dataset must be a JSON object, not null.", "$", 0, 0);
        }
        catch (JsonException e)
        {
            throw VersionProblem(utf8Json, options) ?? Wrap(e);
        }
        catch (ArgumentException e)
        {
            // A member's own rule, caught where no converter could check it first (a null item in a list).
            throw VersionProblem(utf8Json, options) ?? MemberRule(e, utf8Json);
        }
    }

    private static NewsEventsFormatException Wrap(JsonException e)
    {
        // Keep the reader's words, but not its trailing location: we give one location, our way.
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        var path = e.Path ?? "$";
        return new NewsEventsFormatException(
            $"Invalid NewsEvents JSON{NewsEventsFormatException.Where(path, e.LineNumber, e.BytePositionInLine)}: {message}",
            path, e.LineNumber, e.BytePositionInLine, [new Violation(path, ViolationKind.Format, message)], e);
    }

    private static NewsEventsFormatException VersionException(string broken) =>
        new($"Invalid NewsEvents JSON at $.schemaVersion: {broken}", "$.schemaVersion", null, null, [new Violation("$.schemaVersion", ViolationKind.UnsupportedSchemaVersion, broken)]);

    /// <summary>When reading failed, a version this reader does not read explains it better than the first unknown member.</summary>
    private static NewsEventsFormatException? VersionProblem(ReadOnlySpan<byte> utf8Json, NewsEventsReaderOptions options)
    {
        var version = PeekSchemaVersion(utf8Json);
        if (version is null)
        {
            return null;
        }

        var broken = SchemaVersion.Check(version, options.AllowNewerMinorVersion);
        return broken is null ? null : VersionException(broken);
    }

    /// <summary>Finds the top-level schemaVersion string without reading the rest; null when absent or unreadable.</summary>
    private static string? PeekSchemaVersion(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                reader.Read();
                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        return null;
    }

    private static Dataset ReadNewerMinor(ReadOnlySpan<byte> utf8Json, NewsEventsReaderOptions options)
    {
        // The parsed tree decodes invalid UTF-8 to U+FFFD without a word, where the strict reader refuses it.
        var invalid = IndexOfInvalidUtf8(utf8Json);
        if (invalid >= 0)
        {
            var line = utf8Json[..invalid].Count((byte)'\n');
            var position = invalid - (utf8Json[..invalid].LastIndexOf((byte)'\n') + 1);
            const string message = "The JSON is not well-formed UTF-8.";
            throw new NewsEventsFormatException(
                $"Invalid NewsEvents JSON{NewsEventsFormatException.Where("$", line, position)}: {message}",
                "$", line, position, [new Violation("$", ViolationKind.Format, message)]);
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8Json, documentOptions: new JsonDocumentOptions { MaxDepth = 64, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw Wrap(e);
        }
        catch (InvalidOperationException e)
        {
            throw NotUnicode(e);
        }

        try
        {
            NewerVersionPruner.Prune(root, Context.Dataset, "$", options.Warning);
            return JsonSerializer.Deserialize(root, Context.Dataset) ?? throw new JsonException("A dataset must be a JSON object, not null.", "$", 0, 0);
        }
        catch (JsonException e)
        {
            throw Wrap(e);
        }
        catch (ArgumentException e)
        {
            throw MemberRule(e, utf8Json);
        }
        catch (InvalidOperationException e)
        {
            throw NotUnicode(e);
        }
    }

    /// <summary>Returns the byte index of the first ill-formed UTF-8 sequence, or -1.</summary>
    private static int IndexOfInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var index = 0;
        while (index < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[index..], out _, out var consumed) != OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return -1;
    }

    /// <summary>
    /// The parsed tree decodes its strings late (the duplicate check, the pruner, the final read): invalid
    /// UTF-8 or an escaped lone surrogate surfaces as an <see cref="InvalidOperationException"/> without a location.
    /// </summary>
    private static NewsEventsFormatException NotUnicode(InvalidOperationException e)
    {
        const string message = "The JSON holds text that is not well-formed Unicode (invalid UTF-8 or a lone surrogate).";
        return new NewsEventsFormatException($"Invalid NewsEvents JSON: {message}", "$", null, null, [new Violation("$", ViolationKind.Format, message)], e);
    }

    /// <summary>
    /// A member's own rule broken while reading, where no converter could check it first: a null item
    /// of a list, the one rule the converters leave to the model. The JSON is searched for that item to
    /// report its path; the root otherwise.
    /// </summary>
    private static NewsEventsFormatException MemberRule(ArgumentException e, ReadOnlySpan<byte> utf8Json)
    {
        var rule = JsonText.Rule(e).Message;
        var path = "$";
        try
        {
            using var json = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
            path = FindNullItem(json.RootElement, "$") ?? "$";
        }
        catch (Exception search) when (search is JsonException or InvalidOperationException)
        {
            // The rest of the text is not even JSON: keep the root.
        }

        return new NewsEventsFormatException($"Invalid NewsEvents JSON at {path}: {rule}", path, null, null, [new Violation(path, ViolationKind.InvalidValue, rule)], e);
    }

    /// <summary>The path of the first null item of an array (the format allows none), or null.</summary>
    private static string? FindNullItem(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var itemPath = $"{path}[{i++}]";
                    if (item.ValueKind == JsonValueKind.Null)
                    {
                        return itemPath;
                    }

                    if (FindNullItem(item, itemPath) is { } found)
                    {
                        return found;
                    }
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (FindNullItem(property.Value, $"{path}.{property.Name}") is { } found)
                    {
                        return found;
                    }
                }

                break;
        }

        return null;
    }
}
