using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;

namespace NewsEvents.Interop.Sources;

/// <summary>
/// A TAB-separated layout with a header (POLECAT's weekly files, ICEWS): its columns in order, the other spelling a
/// release may give a column, and the prefix of the source attributes its columns are kept as.
/// </summary>
internal sealed class TabularLayout(string description, string prefix, ImmutableArray<string> columns, IReadOnlyDictionary<string, string>? otherSpellings = null)
{
    // A header is one short line: this much of a file's start holds it.
    private const int HeaderBytes = 1 << 14;

    private readonly IReadOnlyDictionary<string, string> _otherSpellings = otherSpellings ?? new Dictionary<string, string>();

    /// <summary>The layout for people: <c>POLECAT weekly TSV (40 columns)</c>.</summary>
    public string Description { get; } = description;

    /// <summary>The prefix of the columns' source attributes, such as <c>polecat:</c>.</summary>
    public string Prefix { get; } = prefix;

    /// <summary>The columns, in order, as the header names them.</summary>
    public ImmutableArray<string> Columns { get; } = columns;

    /// <summary>The source attribute a column is kept as: the prefix and the header's name, spaces written as <c>_</c> (<c>polecat:Event_ID</c>).</summary>
    public string AttributeName(string headerName) => Prefix + headerName.Replace(' ', '_');

    /// <summary>The position (from 0) of <paramref name="column"/>.</summary>
    public int IndexOf(string column) => Columns.IndexOf(column) is var index and >= 0 ? index : throw new ArgumentOutOfRangeException(nameof(column), column, "Not a column of the layout.");

    /// <summary>Whether the header line names this layout's columns in order (trailing empty columns aside).</summary>
    public bool Matches(string headerLine)
    {
        var names = HeaderNames(headerLine);
        if (names.Length != Columns.Length)
        {
            return false;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] != Columns[i] && !(_otherSpellings.TryGetValue(Columns[i], out var other) && names[i] == other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The header's column names, the empty columns that end it (stray trailing TABs) left out.</summary>
    public static string[] HeaderNames(string headerLine)
    {
        var names = headerLine.TrimEnd('\r').Split('\t');
        var count = names.Length;
        while (count > 0 && names[count - 1].Length == 0)
        {
            count--;
        }

        return names[..count];
    }

    /// <summary>Whether <paramref name="source"/> starts with this layout's header.</summary>
    public bool Detect(ImportSource source) => FirstLine(source) is { } line && Matches(line);

    /// <summary>Why <paramref name="source"/> cannot be read as this layout, or null when its header is this layout's.</summary>
    public string? HeaderProblem(ImportSource source)
    {
        using (var stream = source.Open())
        {
            var start = new byte[2];
            var read = stream.ReadAtLeast(start, 2, throwOnEndOfStream: false);
            if (read == 0)
            {
                return $"The file is empty: it has no {Description} header.";
            }

            if (read == 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF)))
            {
                return $"The file is UTF-16 (it starts with a UTF-16 byte order mark); the {Description} is UTF-8: convert it first.";
            }
        }

        return Detect(source) ? null : $"The file does not start with the {Description} header: {string.Join(", ", Columns)}, separated by TABs.";
    }

    /// <summary>The file's first line, UTF-8 with its byte order mark skipped; null when it is not UTF-8 text.</summary>
    private static string? FirstLine(ImportSource source)
    {
        using var stream = source.Open();
        var start = new byte[HeaderBytes];
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var bytes = start.AsSpan(0, read);
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var end = bytes.IndexOf((byte)'\n');
        if (end < 0 && read == HeaderBytes)
        {
            return null;
        }

        var line = end < 0 ? bytes : bytes[..end];
        return line.IndexOf((byte)0) < 0 && Utf8.IsValid(line) ? Encoding.UTF8.GetString(line) : null;
    }
}
