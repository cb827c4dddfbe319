using System.Buffers;
using System.Text.Json;
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

    /// <summary>The options of the compact canonical line writer.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = false, Encoder = NewsEventsJson.Options.Encoder, MaxDepth = 64, SkipValidation = true };

    /// <summary>Whether the line holds only JSON white space (space, tab, carriage return).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    /// <summary>The name of a kind as written in a line.</summary>
    public static string KindText(JsonLinesRecordKind kind) => System.Text.Encoding.UTF8.GetString(KindValues[(int)kind].EncodedUtf8Bytes);

    /// <summary>
    /// Reads one line; a bad line gives null and its first problem. A line in the writer's own form is
    /// read by the fast pass; any other line, and a line it gives up on, by the checking pass of the
    /// same reader (<see cref="FormatReader"/>), which also states what is wrong.
    /// </summary>
    public static JsonLinesRecord? Parse(ReadOnlySpan<byte> line, long lineNumber, out Violation? problem)
    {
        problem = null;
        if (ParseCanonical(line, lineNumber) is { } record)
        {
            return record;
        }

        var report = new FormatReport();
        record = ParseChecked(line, lineNumber, report);
        if (record is not null && report.Count == 0)
        {
            return record;
        }

        problem = report.Problems[0].Violation;
        return null;
    }

    /// <summary>
    /// Reads a line in the writer's own form, <c>{"kind":"event","record":{...}}</c>, by matching its
    /// envelope as bytes and reading only the record with the fast pass; null when the line has
    /// another form or the fast pass gives up.
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

        var utf8Record = rest[CanonicalRests[(int)kind].Length..].TrimEnd(" \t\r"u8);
        if (utf8Record.IsEmpty || utf8Record[^1] != (byte)'}')
        {
            return null;
        }

        utf8Record = utf8Record[..^1];
        object? value = kind switch
        {
            JsonLinesRecordKind.Header => FormatReader.TryRead(utf8Record, FormatReader.ReadDataset, out var header) && IsHeader(header) ? JsonLinesHeader.Of(header) : null,
            JsonLinesRecordKind.Document => FormatReader.TryRead(utf8Record, FormatReader.ReadDocument, out var document) ? document : null,
            JsonLinesRecordKind.Actor => FormatReader.TryRead(utf8Record, FormatReader.ReadActor, out var actor) ? actor : null,
            JsonLinesRecordKind.Event => FormatReader.TryRead(utf8Record, FormatReader.ReadEvent, out var @event) ? @event : null,
            JsonLinesRecordKind.Statement => FormatReader.TryRead(utf8Record, FormatReader.ReadStatement, out var statement) ? statement : null,
            JsonLinesRecordKind.Claim => FormatReader.TryRead(utf8Record, FormatReader.ReadClaim, out var claim) ? claim : null,
            _ => FormatReader.TryRead(utf8Record, FormatReader.ReadRelation, out var relation) ? relation : null,
        };
        return value is null ? null : JsonLinesRecord.Create(kind, value, lineNumber);
    }

    /// <summary>Reads a line of any form in the checking pass, its problems going to <paramref name="report"/>.</summary>
    private static JsonLinesRecord? ParseChecked(ReadOnlySpan<byte> line, long lineNumber, FormatReport report)
    {
        var reader = new CheckedJsonReader(line, report);
        try
        {
            reader.Next();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Problem($"A line holds one JSON object {{\"kind\": ..., \"record\": {{...}}}}, not {JsonText.Describe(reader.TokenType)}.", asIs: true);
                return null;
            }

            JsonLinesRecordKind? kind = null;
            object? value = null;
            var sawRecord = false;
            var recordStart = -1;
            var recordEnd = -1;
            while (true)
            {
                reader.Next();
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                if (reader.ValueSpan.SequenceEqual(KindName.EncodedUtf8Bytes) && !reader.ValueIsEscaped)
                {
                    report.EnterName("kind");
                    reader.Next();
                    if (kind is not null)
                    {
                        reader.Problem("The line has \"kind\" twice.", asIs: true);
                    }

                    kind = ReadKind(ref reader);
                    report.Leave();
                }
                else if (reader.ValueSpan.SequenceEqual(RecordName.EncodedUtf8Bytes) && !reader.ValueIsEscaped)
                {
                    report.EnterName("record");
                    reader.Next();
                    if (sawRecord)
                    {
                        reader.Problem("The line has \"record\" twice.", asIs: true);
                    }

                    sawRecord = true;
                    if (kind is { } known)
                    {
                        value = ReadRecord(ref reader, known);
                    }
                    else
                    {
                        // "record" before "kind" (not canonical, but read): read once the kind is known.
                        recordStart = (int)reader.Reader.TokenStartIndex;
                        reader.SkipValue();
                        recordEnd = (int)reader.Reader.BytesConsumed;
                    }

                    report.Leave();
                }
                else
                {
                    var name = reader.GetString();
                    report.EnterName(name);
                    reader.Problem($"A line has only \"kind\" and \"record\", not \"{name}\".", asIs: true);
                    reader.Next();
                    reader.SkipValue();
                    report.Leave();
                }
            }

            reader.End();
            if (kind is not { } k)
            {
                reader.Problem("The line has no \"kind\".", asIs: true);
                return null;
            }

            if (recordStart >= 0)
            {
                report.EnterName("record");
                var record = new CheckedJsonReader(line[recordStart..recordEnd], report);
                record.Next();
                value = ReadRecord(ref record, k);
                report.Leave();
            }

            if (!sawRecord)
            {
                reader.Problem("The line has no \"record\".", asIs: true);
            }

            return value is null || report.Count > 0 ? null : JsonLinesRecord.Create(k, value, lineNumber);
        }
        catch (FormatReadStopped)
        {
            return null;
        }
    }

    private static JsonLinesRecordKind? ReadKind(ref CheckedJsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (var i = 0; i < KindValues.Length; i++)
            {
                if (reader.Reader.ValueTextEquals(KindValues[i].EncodedUtf8Bytes))
                {
                    return (JsonLinesRecordKind)i;
                }
            }

            reader.Problem($"\"kind\" must be one of header, document, actor, event, statement, claim, relation, not \"{reader.GetString()}\".", asIs: true);
            return null;
        }

        reader.Problem($"\"kind\" must be a string, not {JsonText.Describe(reader.TokenType)}.", asIs: true);
        reader.SkipValue();
        return null;
    }

    /// <summary>Reads the record at the reader in the checking pass.</summary>
    private static object? ReadRecord(ref CheckedJsonReader reader, JsonLinesRecordKind kind) => kind switch
    {
        JsonLinesRecordKind.Header => ReadHeader(ref reader),
        JsonLinesRecordKind.Document => FormatReader.ReadDocument(ref reader),
        JsonLinesRecordKind.Actor => FormatReader.ReadActor(ref reader),
        JsonLinesRecordKind.Event => FormatReader.ReadEvent(ref reader),
        JsonLinesRecordKind.Statement => FormatReader.ReadStatement(ref reader),
        JsonLinesRecordKind.Claim => FormatReader.ReadClaim(ref reader),
        _ => FormatReader.ReadRelation(ref reader),
    };

    private static JsonLinesHeader? ReadHeader(ref CheckedJsonReader reader)
    {
        var dataset = FormatReader.ReadDataset(ref reader);
        if (dataset is null)
        {
            return null;
        }

        if (!IsHeader(dataset))
        {
            reader.Problem("A header holds schemaVersion, id, title and metadata only; the items are lines of their own.", asIs: true);
            return null;
        }

        return JsonLinesHeader.Of(dataset);
    }

    private static bool IsHeader(Dataset dataset) =>
        dataset.Documents.IsEmpty && dataset.Actors.IsEmpty && dataset.Events.IsEmpty && dataset.Statements.IsEmpty
        && dataset.Claims.IsEmpty && dataset.Relations.IsEmpty;

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
