using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace NewsEvents.Interop.Plover;

/// <summary>
/// Finds the records of PLOVER files with System.Text.Json: JSON Lines are read line by line (any size, in bounded
/// memory, each line at most <see cref="ImportOptions.MaxRecordBytes"/>); a JSON array is read whole into memory, up to
/// the same limit (the PLOVER manual recommends JSON Lines for large files), and its elements one by one, each with
/// the line it starts on.
/// </summary>
internal static class PloverFiles
{
    // Detection reads at most this much of a file: a first record larger than this is not told.
    private const int DetectionBytes = 1 << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = 64 };

    public const string NotUtf8 = "The file is not UTF-8 text (PLOVER files are UTF-8 JSON).";

    /// <summary>Whether the file holds PLOVER records, and how: its first record is an object with an id and an event.</summary>
    public static PloverFormat? Detect(ImportSource source) => DetectWithLicence(source)?.Format;

    /// <summary>How the file holds PLOVER records, and the licence its first record states when it documents the file; null when it holds none.</summary>
    public static (PloverFormat Format, string? Licence)? DetectWithLicence(ImportSource source)
    {
        using var stream = source.Open();
        var buffer = new byte[DetectionBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var bytes = buffer.AsSpan(0, read);
        bytes = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0)
        {
            return null;
        }

        try
        {
            if (bytes[start] == (byte)'{')
            {
                var end = bytes.IndexOf((byte)'\n');
                using var first = JsonDocument.Parse(bytes[..(end < 0 ? bytes.Length : end)].ToArray(), Strict);
                return IsRecord(first.RootElement) ? (PloverFormat.JsonLines, LicenceOf(first.RootElement)) : null;
            }

            if (bytes[start] == (byte)'[')
            {
                var reader = new Utf8JsonReader(bytes, isFinalBlock: read < DetectionBytes, default);
                if (reader.Read() && reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    var from = (int)reader.TokenStartIndex;
                    if (reader.TrySkip())
                    {
                        using var first = JsonDocument.Parse(bytes[from..(int)reader.BytesConsumed].ToArray(), Strict);
                        return IsRecord(first.RootElement) ? (PloverFormat.JsonArray, LicenceOf(first.RootElement)) : null;
                    }
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    /// <summary>Why the file cannot be read at all (empty, UTF-16), or null.</summary>
    public static string? FileProblem(ImportSource source)
    {
        using var stream = source.Open();
        var start = new byte[2];
        var read = stream.ReadAtLeast(start, 2, throwOnEndOfStream: false);
        return read == 0 ? "The file is empty: it holds no PLOVER record."
            : read == 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF)) ? "The file is UTF-16 (it starts with a UTF-16 byte order mark); PLOVER files are UTF-8: convert it first."
            : null;
    }

    /// <summary>The records of a file, in order.</summary>
    public static IEnumerable<PloverRecordText> Read(ImportSource source, PloverFormat format) =>
        format == PloverFormat.JsonLines ? ReadLines(source) : ReadArray(source);

    private static IEnumerable<PloverRecordText> ReadLines(ImportSource source)
    {
        using var bytes = new LineLimitStream(source.Open());
        using var text = new StreamReader(bytes, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        for (var line = 1L; ; line++)
        {
            var (content, fault) = NextLine(text);
            if (fault is not null)
            {
                yield return new PloverRecordText(0, null, fault, EndsFile: true);
                yield break;
            }

            // The stream ended early at a line too long: the reader took what it was given of it for the last line.
            if (bytes.CutLine > 0 && (content is null || line == bytes.CutLine))
            {
                yield return new PloverRecordText(bytes.CutLine, null, ImportProblem.TooLongReason(bytes.CutLine));
                text.DiscardBufferedData();
                bytes.SkipRecord();
                line = bytes.LinesEnded;
                continue;
            }

            if (content is null)
            {
                yield break;
            }

            if (!string.IsNullOrWhiteSpace(content))
            {
                yield return Parse(line, content);
            }
        }
    }

    private static (string? Line, string? Fault) NextLine(StreamReader text)
    {
        try
        {
            return (text.ReadLine(), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, NotUtf8);
        }
    }

    private static PloverRecordText Parse(long line, string content)
    {
        try
        {
            return new PloverRecordText(line, JsonDocument.Parse(content, Strict), null);
        }
        catch (JsonException e)
        {
            return new PloverRecordText(line, null, "The line is not a JSON object: " + e.Message.Split(" LineNumber:", 2)[0]);
        }
    }

    // Read whole: an element's bytes are parsed where they lie, and a syntax error is reported at its line.
    private static List<PloverRecordText> ReadArray(ImportSource source)
    {
        if (WholeFile.Read(source) is not { } bytes)
        {
            return [new PloverRecordText(0, null, ImportProblem.TooLongReason(0), EndsFile: true)];
        }

        var json = bytes.AsSpan(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        if (!Utf8.IsValid(json))
        {
            return [new PloverRecordText(0, null, NotUtf8, EndsFile: true)];
        }

        var records = new List<PloverRecordText>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = Strict.MaxDepth });
        var line = 1L;
        var counted = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                records.Add(Broken(1, "The file is not a JSON array of PLOVER records."));
                return records;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                line += json[counted..start].Count((byte)'\n');
                counted = start;
                records.Add(new PloverRecordText(line, JsonDocument.ParseValue(ref reader), null));
            }

            if (reader.TokenType != JsonTokenType.EndArray)
            {
                records.Add(Broken(line, "The file ends before its array is closed."));
            }
            else if (reader.Read())
            {
                records.Add(Broken(line, "Text follows the array's end."));
            }
        }
        catch (JsonException e)
        {
            records.Add(Broken((e.LineNumber ?? 0) + 1, "The file is not valid JSON here: " + e.Message.Split(" LineNumber:", 2)[0]));
        }

        return records;
    }

    private static PloverRecordText Broken(long line, string problem) => new(line, null, problem, EndsFile: true);

    private static readonly string[] LicenceFields = ["license", "copyright"];

    // The licence a file's DOCUMENT record states, for the dataset's metadata.
    private static string? LicenceOf(JsonElement record)
    {
        if (!PloverRecordReader.IsFileDocumentation(record))
        {
            return null;
        }

        var words = LicenceFields
            .Select(k => record.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .OfType<string>().ToList();
        return words.Count == 0 ? null : string.Join(" ", words);
    }

    private static bool IsRecord(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
        && element.TryGetProperty("event", out var type) && type.ValueKind is JsonValueKind.String or JsonValueKind.Array;
}
