using System.Text;
using System.Text.Json;
using NewsEvents.Validation;

namespace NewsEvents.Json;

/// <summary>
/// Finds the lines of JSON paths in a document's text, so that violations found in a dataset read from a
/// file carry the lines a user opens the file at. Run only for a document with violations: one more
/// pass over its tokens, linear in its length.
/// </summary>
internal static class PathLines
{
    /// <summary>
    /// Returns <paramref name="report"/> with each violation's <see cref="Violation.LineNumber"/> set to the
    /// line (from 1) where its path's value starts in <paramref name="utf8Json"/>; a path to a member that
    /// is absent (a missing id) takes the line of the nearest enclosing value present.
    /// </summary>
    public static ValidationReport Locate(ValidationReport report, ReadOnlySpan<byte> utf8Json)
    {
        if (report.IsValid || report.Violations.All(v => v.LineNumber is not null))
        {
            return report;
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var violation in report.Violations)
        {
            for (var path = violation.Path; path.Length > 0; path = Parent(path))
            {
                if (!wanted.Add(path))
                {
                    break;
                }
            }
        }

        var lines = Find(utf8Json, wanted);
        var located = report.Violations.Select(v => v.LineNumber is not null ? v : v with { LineNumber = LineOf(v.Path, lines) });
        return new ValidationReport([.. located], report.Count);
    }

    private static long? LineOf(string path, Dictionary<string, long> lines)
    {
        for (; path.Length > 0; path = Parent(path))
        {
            if (lines.TryGetValue(path, out var line))
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>The path one step up: <c>$.events[3].time</c> → <c>$.events[3]</c> → <c>$.events</c> → <c>$</c> → empty.</summary>
    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut > 0 ? path[..cut] : path == "$" ? string.Empty : "$";
    }

    private static Dictionary<string, long> Find(ReadOnlySpan<byte> utf8Json, HashSet<string> wanted)
    {
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
        var path = new StringBuilder("$");

        // One frame per open object or array: the length of the path to it, and the next item's index.
        var frames = new List<(int Length, int NextItem, bool IsArray)>();
        long line = 1;
        var counted = 0;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                line += utf8Json[counted..start].Count((byte)'\n');
                counted = start;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        path.Length = frames[^1].Length;
                        path.Append('.').Append(reader.GetString());
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                }

                // The start of a value: an item of an array takes its index.
                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    var frame = frames[^1];
                    path.Length = frame.Length;
                    path.Append('[').Append(frame.NextItem).Append(']');
                    frames[^1] = frame with { NextItem = frame.NextItem + 1 };
                }

                var here = path.ToString();
                if (wanted.Contains(here))
                {
                    lines.TryAdd(here, line);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add((path.Length, 0, reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (JsonException)
        {
            // The text was read before it was validated; should it still not be JSON, the lines found so far stand.
        }

        return lines;
    }
}
