using System.Buffers;
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
        if (Wanted(report) is not { } wanted)
        {
            return report;
        }

        var finder = new Finder(wanted);
        var state = new JsonReaderState(ReaderOptions);
        finder.Read(utf8Json.StartsWith(ByteOrderMark) ? utf8Json[ByteOrderMark.Length..] : utf8Json, isFinalBlock: true, ref state);
        return Located(report, finder.Lines);
    }

    /// <summary>
    /// As <see cref="Locate(ValidationReport, ReadOnlySpan{byte})"/>, reading the document from
    /// <paramref name="utf8Json"/>'s position a buffer at a time (a document too large to hold): its memory
    /// is the buffer, which grows only to hold a token longer than it. The stream is not read when there
    /// is nothing to locate.
    /// </summary>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationReport Locate(ValidationReport report, Stream utf8Json, int bufferBytes = 1 << 20)
    {
        if (Wanted(report) is not { } wanted)
        {
            return report;
        }

        var finder = new Finder(wanted);
        var state = new JsonReaderState(ReaderOptions);
        var buffer = ArrayPool<byte>.Shared.Rent(bufferBytes);
        try
        {
            var (length, isFinal, isFirst) = (0, false, true);
            while (true)
            {
                while (length < buffer.Length && !isFinal)
                {
                    var read = utf8Json.Read(buffer, length, buffer.Length - length);
                    isFinal = read == 0;
                    length += read;
                }

                if (isFirst && buffer.AsSpan(0, length).StartsWith(ByteOrderMark))
                {
                    length -= ByteOrderMark.Length;
                    buffer.AsSpan(ByteOrderMark.Length, length).CopyTo(buffer);
                }

                isFirst = false;
                var consumed = finder.Read(buffer.AsSpan(0, length), isFinal, ref state);
                if (isFinal || finder.Stopped)
                {
                    return Located(report, finder.Lines);
                }

                if (consumed == 0)
                {
                    // A token longer than the buffer: grow it to hold the token whole.
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                else
                {
                    buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
                    length -= consumed;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReadOnlySpan<byte> ByteOrderMark => "\uFEFF"u8;

    private static JsonReaderOptions ReaderOptions => new() { MaxDepth = 256 };

    /// <summary>The paths whose lines are wanted: each violation's and those enclosing it; null when there is nothing to locate.</summary>
    private static HashSet<string>? Wanted(ValidationReport report)
    {
        if (report.IsValid || report.Violations.All(v => v.LineNumber is not null))
        {
            return null;
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

        return wanted;
    }

    private static ValidationReport Located(ValidationReport report, Dictionary<string, long> lines) =>
        new([.. report.Violations.Select(v => v.LineNumber is not null ? v : v with { LineNumber = LineOf(v.Path, lines) })], report.Count);

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

    /// <summary>Walks a document's tokens, one block after another, noting the line where each wanted path's value starts.</summary>
    private sealed class Finder(HashSet<string> wanted)
    {
        private readonly StringBuilder _path = new("$");

        // One frame per open object or array: the length of the path to it, and the next item's index.
        private readonly List<(int Length, int NextItem, bool IsArray)> _frames = [];
        private long _line = 1;

        public Dictionary<string, long> Lines { get; } = new(StringComparer.Ordinal);

        /// <summary>Whether the text stopped being JSON: the lines found so far stand.</summary>
        public bool Stopped { get; private set; }

        /// <summary>Reads the tokens that lie whole in <paramref name="block"/>; returns how many of its bytes were read.</summary>
        public int Read(ReadOnlySpan<byte> block, bool isFinalBlock, ref JsonReaderState state)
        {
            var reader = new Utf8JsonReader(block, isFinalBlock, state);
            var counted = 0;
            try
            {
                while (reader.Read())
                {
                    var start = (int)reader.TokenStartIndex;
                    _line += block[counted..start].Count((byte)'\n');
                    counted = start;
                    Visit(ref reader);
                }
            }
            catch (JsonException)
            {
                // The text was read before it was validated; should it still not be JSON, the lines found so far stand.
                Stopped = true;
            }

            var consumed = (int)reader.BytesConsumed;
            _line += block[counted..consumed].Count((byte)'\n');
            state = reader.CurrentState;
            return consumed;
        }

        private void Visit(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    _path.Length = _frames[^1].Length;
                    _path.Append('.').Append(reader.GetString());
                    return;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    _frames.RemoveAt(_frames.Count - 1);
                    return;
            }

            // The start of a value: an item of an array takes its index.
            if (_frames.Count > 0 && _frames[^1].IsArray)
            {
                var frame = _frames[^1];
                _path.Length = frame.Length;
                _path.Append('[').Append(frame.NextItem).Append(']');
                _frames[^1] = frame with { NextItem = frame.NextItem + 1 };
            }

            var here = _path.ToString();
            if (wanted.Contains(here))
            {
                Lines.TryAdd(here, _line);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                _frames.Add((_path.Length, 0, reader.TokenType == JsonTokenType.StartArray));
            }
        }
    }
}
