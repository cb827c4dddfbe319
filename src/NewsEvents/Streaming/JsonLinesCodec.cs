using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using NewsEvents.Json;
using NewsEvents.Validation;

namespace NewsEvents.Streaming;

/// <summary>Reads one line into a record and writes one record as a line: <c>{"kind":"event","record":{...}}</c>.</summary>
internal static class JsonLinesCodec
{
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText RecordName = JsonEncodedText.Encode("record");
    private static readonly JsonEncodedText[] KindValues =
    [
        JsonEncodedText.Encode("header"), JsonEncodedText.Encode("document"), JsonEncodedText.Encode("actor"),
        JsonEncodedText.Encode("event"), JsonEncodedText.Encode("statement"), JsonEncodedText.Encode("claim"),
        JsonEncodedText.Encode("relation"),
    ];

    // How the writer starts a line: {"kind":"event","record": — the part every kind shares, then the
    // rest for each kind, whose first letter tells the kinds apart.
    private static ReadOnlySpan<byte> CanonicalStart => "{\"kind\":\""u8;

    private static readonly byte[][] CanonicalRests =
        [.. KindValues.Select(kind => System.Text.Encoding.UTF8.GetBytes($"{kind}\",\"record\":"))];

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    /// <summary>The options of the compact canonical line writer.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = false, Encoder = NewsEventsJson.Options.Encoder, MaxDepth = 64, SkipValidation = true };

    /// <summary>Whether the line holds only JSON white space (space, tab, carriage return).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    /// <summary>The name of a kind as written in a line.</summary>
    public static string KindText(JsonLinesRecordKind kind) => System.Text.Encoding.UTF8.GetString(KindValues[(int)kind].EncodedUtf8Bytes);

    /// <summary>Reads one line; a bad line gives null and the violation.</summary>
    public static JsonLinesRecord? Parse(ReadOnlySpan<byte> line, long lineNumber, out Violation? problem)
    {
        problem = null;

        // A line the fast reader reads is well-formed UTF-8: it decodes every string it keeps and
        // matches every other one to a known ASCII name. So only a line it cannot read is checked.
        try
        {
            return ParseCanonical(line, lineNumber) ?? ParseCore(line, lineNumber, fastOnly: true);
        }
        catch (Exception e) when (FormatReader.IsRefusal(e))
        {
            // Read again below, to report the problem.
        }

        if (!Utf8.IsValid(line))
        {
            var at = InvalidUtf8At(line);
            problem = new Violation("$", ViolationKind.Format, string.Create(CultureInfo.InvariantCulture, $"The line is not valid UTF-8 (byte {at + 1})."));
            return null;
        }

        try
        {
            return ParseCore(line, lineNumber, fastOnly: false);
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }

            problem = new Violation(e.Path ?? "$", ViolationKind.Format, message);
        }
        catch (ArgumentException e)
        {
            problem = new Violation("$.record", ViolationKind.InvalidValue, JsonText.Rule(e).Message);
        }
        catch (InvalidOperationException e)
        {
            problem = new Violation("$", ViolationKind.Format, e.Message);
        }
        catch (FormatException e)
        {
            problem = new Violation("$", ViolationKind.Format, e.Message);
        }
        catch (OverflowException e)
        {
            problem = new Violation("$", ViolationKind.Format, e.Message);
        }

        return null;
    }

    private static int InvalidUtf8At(ReadOnlySpan<byte> line)
    {
        var offset = 0;
        while (offset < line.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(line[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    /// <summary>
    /// Reads a line in the writer's own form, <c>{"kind":"event","record":{...}}</c>, by matching its
    /// envelope as bytes and reading only the record; null when the line has another form (read by
    /// <see cref="ParseCore"/>). Whatever follows the record but the closing brace and white space
    /// makes the reader throw, and the line is read again in full.
    /// </summary>
    private static JsonLinesRecord? ParseCanonical(ReadOnlySpan<byte> line, long lineNumber)
    {
        if (!line.StartsWith(CanonicalStart) || line.Length == CanonicalStart.Length)
        {
            return null;
        }

        var rest = line[CanonicalStart.Length..];
        var kind = rest[0] switch
        {
            (byte)'h' => JsonLinesRecordKind.Header,
            (byte)'d' => JsonLinesRecordKind.Document,
            (byte)'a' => JsonLinesRecordKind.Actor,
            (byte)'e' => JsonLinesRecordKind.Event,
            (byte)'s' => JsonLinesRecordKind.Statement,
            (byte)'c' => JsonLinesRecordKind.Claim,
            (byte)'r' => JsonLinesRecordKind.Relation,
            _ => (JsonLinesRecordKind)(-1),
        };
        if (kind < 0 || !rest.StartsWith(CanonicalRests[(int)kind]))
        {
            return null;
        }

        var record = rest[CanonicalRests[(int)kind].Length..].TrimEnd(" \t\r"u8);
        if (record.IsEmpty || record[^1] != (byte)'}')
        {
            return null;
        }

        return JsonLinesRecord.Create(kind, ReadRecordFast(record[..^1], kind), lineNumber);
    }

    private static JsonLinesRecord ParseCore(ReadOnlySpan<byte> line, long lineNumber, bool fastOnly)
    {
        var reader = new Utf8JsonReader(line, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw Problem("$", $"A line holds one JSON object {{\"kind\": ..., \"record\": {{...}}}}, not {JsonText.Describe(reader.TokenType)}.");
        }

        JsonLinesRecordKind? kind = null;
        object? value = null;
        var recordStart = -1;
        var recordEnd = -1;
        while (true)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (reader.ValueTextEquals(KindName.EncodedUtf8Bytes))
            {
                if (kind is not null)
                {
                    throw Problem("$.kind", "The line has \"kind\" twice.");
                }

                reader.Read();
                kind = ReadKind(ref reader);
            }
            else if (reader.ValueTextEquals(RecordName.EncodedUtf8Bytes))
            {
                if (value is not null || recordStart >= 0)
                {
                    throw Problem("$.record", "The line has \"record\" twice.");
                }

                if (kind is { } known && !fastOnly)
                {
                    value = ReadRecord(ref reader, known);
                }
                else
                {
                    // Remember where the record is: the fast reader reads it from its bytes, and
                    // "record" before "kind" (not canonical, but read) can only be read once the kind is known.
                    reader.Read();
                    recordStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    recordEnd = (int)reader.BytesConsumed;
                }
            }
            else
            {
                throw Problem("$." + reader.GetString(), $"A line has only \"kind\" and \"record\", not \"{reader.GetString()}\".");
            }
        }

        // Anything after the object but white space is an error of the reader's own.
        while (reader.Read())
        {
        }

        if (kind is not { } k)
        {
            throw Problem("$", "The line has no \"kind\".");
        }

        if (recordStart >= 0)
        {
            if (fastOnly)
            {
                value = ReadRecordFast(line[recordStart..recordEnd], k);
            }
            else
            {
                var inner = new Utf8JsonReader(line[recordStart..recordEnd], ReaderOptions);
                value = ReadRecord(ref inner, k);
            }
        }

        return value is null
            ? throw Problem("$", "The line has no \"record\".")
            : JsonLinesRecord.Create(k, value, lineNumber);
    }

    private static JsonLinesRecordKind ReadKind(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (var i = 0; i < KindValues.Length; i++)
            {
                if (reader.ValueTextEquals(KindValues[i].EncodedUtf8Bytes))
                {
                    return (JsonLinesRecordKind)i;
                }
            }

            throw Problem("$.kind", $"\"kind\" must be one of header, document, actor, event, statement, claim, relation, not \"{reader.GetString()}\".");
        }

        throw Problem("$.kind", $"\"kind\" must be a string, not {JsonText.Describe(reader.TokenType)}.");
    }

    /// <summary>
    /// Reads a record that is the whole of <paramref name="utf8Record"/> with the fast reader alone; a
    /// refusal escapes as <see cref="JsonException"/>, and the line is then read again by the generated
    /// reader, which reports the problem (see <see cref="FormatReader"/>).
    /// </summary>
    private static object ReadRecordFast(ReadOnlySpan<byte> utf8Record, JsonLinesRecordKind kind)
    {
        object? value = kind switch
        {
            JsonLinesRecordKind.Header => FormatReader.TryRead(utf8Record, FormatReader.ReadDataset, out var header) ? HeaderOf(header) : null,
            JsonLinesRecordKind.Document => FormatReader.TryRead(utf8Record, FormatReader.ReadDocument, out var document) ? document : null,
            JsonLinesRecordKind.Actor => FormatReader.TryRead(utf8Record, FormatReader.ReadActor, out var actor) ? actor : null,
            JsonLinesRecordKind.Event => FormatReader.TryRead(utf8Record, FormatReader.ReadEvent, out var @event) ? @event : null,
            JsonLinesRecordKind.Statement => FormatReader.TryRead(utf8Record, FormatReader.ReadStatement, out var statement) ? statement : null,
            JsonLinesRecordKind.Claim => FormatReader.TryRead(utf8Record, FormatReader.ReadClaim, out var claim) ? claim : null,
            _ => FormatReader.TryRead(utf8Record, FormatReader.ReadRelation, out var relation) ? relation : null,
        };
        return value ?? throw new JsonException();
    }

    /// <summary>Reads the record at the reader with the generated reader, whose errors name the path within the line.</summary>
    private static object ReadRecord(ref Utf8JsonReader reader, JsonLinesRecordKind kind)
    {
        var context = NewsEventsJson.TypeInfo;
        try
        {
            object? value = kind switch
            {
                JsonLinesRecordKind.Header => ReadHeader(ref reader),
                JsonLinesRecordKind.Document => JsonSerializer.Deserialize(ref reader, context.Document),
                JsonLinesRecordKind.Actor => JsonSerializer.Deserialize(ref reader, context.Actor),
                JsonLinesRecordKind.Event => JsonSerializer.Deserialize(ref reader, context.Event),
                JsonLinesRecordKind.Statement => JsonSerializer.Deserialize(ref reader, context.Statement),
                JsonLinesRecordKind.Claim => JsonSerializer.Deserialize(ref reader, context.Claim),
                _ => JsonSerializer.Deserialize(ref reader, context.Relation),
            };
            return value ?? throw Problem("$.record", "A record must be a JSON object, not null.");
        }
        catch (JsonException e) when (e is not NewsEventsFormatException)
        {
            var path = e.Path is null ? "$.record" : "$.record" + e.Path.TrimStart('$');
            throw new JsonException(e.Message, path, e.LineNumber, e.BytePositionInLine, e);
        }
    }

    private static JsonLinesHeader? ReadHeader(ref Utf8JsonReader reader)
    {
        var dataset = JsonSerializer.Deserialize(ref reader, NewsEventsJson.TypeInfo.Dataset);
        return dataset is null ? null : HeaderOf(dataset);
    }

    private static JsonLinesHeader HeaderOf(Dataset dataset)
    {
        if (!dataset.Documents.IsEmpty || !dataset.Actors.IsEmpty || !dataset.Events.IsEmpty || !dataset.Statements.IsEmpty
            || !dataset.Claims.IsEmpty || !dataset.Relations.IsEmpty)
        {
            throw Problem("$.record", "A header holds schemaVersion, id, title and metadata only; the items are lines of their own.");
        }

        return JsonLinesHeader.Of(dataset);
    }

    private static NewsEventsFormatException Problem(string path, string message) =>
        new(message, path, null, null, [new Violation(path, ViolationKind.Format, message)]);

    /// <summary>Writes one record as a compact line, with its line feed.</summary>
    /// <exception cref="JsonException">The record holds a value the format cannot hold; the path leads to it from the line.</exception>
    public static void Write(Utf8JsonWriter writer, IBufferWriter<byte> buffer, JsonLinesRecord record)
    {
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WriteString(KindName, KindValues[(int)record.Kind]);
        writer.WritePropertyName(RecordName);
        try
        {
            WriteRecord(writer, record.Value);
        }
        catch (JsonException e)
        {
            Guard.Unwritable(e.Message, FormatWriter.PathWithin(RecordName, e.Path), e);
        }

        writer.WriteEndObject();
        writer.Flush();
        buffer.Write("\n"u8);
    }

    private static void WriteRecord(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case JsonLinesHeader header:
                writer.WriteStartObject();
                FormatWriter.WriteHeaderMembers(writer, header.SchemaVersion, header.Id, header.Title, header.Metadata);
                writer.WriteEndObject();
                break;
            case Document document:
                FormatWriter.WriteDocument(writer, document);
                break;
            case Actor actor:
                FormatWriter.WriteActor(writer, actor);
                break;
            case Event @event:
                FormatWriter.WriteEvent(writer, @event);
                break;
            case Statement statement:
                FormatWriter.WriteStatement(writer, statement);
                break;
            case Claim claim:
                FormatWriter.WriteClaim(writer, claim);
                break;
            default:
                FormatWriter.WriteRelation(writer, (Relation)value);
                break;
        }
    }
}
