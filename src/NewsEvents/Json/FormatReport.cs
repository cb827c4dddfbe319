using System.Globalization;
using System.Text;
using NewsEvents.Validation;

namespace NewsEvents.Json;

/// <summary>
/// The problems one checking pass of <see cref="FormatReader"/> found, each with its path and
/// 1-based line and byte, and the path of the value being read.
/// </summary>
/// <param name="root">The path of the value read (<c>$</c>, or <c>$.record</c> for a JSON Lines record).</param>
/// <param name="stopAtFirst">Whether the first problem throws (for the converters, which report one problem).</param>
/// <param name="allowNewerMinor">Whether a newer minor version is read, its unknown members skipped with a warning.</param>
internal sealed class FormatReport(string root = "$", bool stopAtFirst = false, bool allowNewerMinor = false)
{
    private readonly List<Segment> _segments = [];
    private readonly List<Problem> _problems = [];
    private readonly List<Problem> _warnings = [];
    private bool _unknownMembersAreWarnings;

    /// <summary>How many problems were found.</summary>
    public int Count => _problems.Count;

    /// <summary>The problems, in the order of the input.</summary>
    public IReadOnlyList<Problem> Problems => _problems;

    /// <summary>The members of a newer minor version that were skipped, in the order of the input.</summary>
    public IReadOnlyList<Problem> Warnings => _warnings;

    /// <summary>
    /// The dataset's schemaVersion as read, if it was. A newer minor version, when allowed, makes the
    /// members read after it that this reader does not know warnings rather than problems.
    /// </summary>
    public string? SchemaVersion
    {
        get;
        set
        {
            field = value;
            _unknownMembersAreWarnings = allowNewerMinor && Model.SchemaVersion.TryParse(value, out var major, out var minor)
                && major == Model.SchemaVersion.Major && minor > Model.SchemaVersion.Minor;
        }
    }

    /// <summary>The path of the value being read: <c>$.events[3].participants[0].actor</c>.</summary>
    public string Path
    {
        get
        {
            var path = new StringBuilder(root);
            foreach (var segment in _segments)
            {
                if (segment.Name is { } name)
                {
                    AppendName(path, name);
                }
                else if (segment.Item >= 0)
                {
                    path.Append('[').Append(segment.Item.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }

            return path.ToString();
        }
    }

    /// <summary>
    /// A member's name in the path: <c>.name</c> when it is a plain name, as every member of the format is;
    /// otherwise (an unknown member) <c>['a name']</c>, so that no character of it can be taken for the
    /// path's own punctuation.
    /// </summary>
    private static void AppendName(StringBuilder path, string name)
    {
        if (name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && !name.AsSpan().ContainsAnyExcept(PlainNameCharacters))
        {
            path.Append('.').Append(name);
            return;
        }

        path.Append("['").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
    }

    private static readonly System.Buffers.SearchValues<char> PlainNameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    /// <summary>The value being read in words: <c>'name' of an actor</c>, <c>item 2 of 'aliases' of an actor</c>, <c>an actor</c>.</summary>
    public string Subject
    {
        get
        {
            var item = -1;
            for (var i = _segments.Count - 1; i >= 0; i--)
            {
                var segment = _segments[i];
                if (segment.Item >= 0 && item < 0)
                {
                    item = segment.Item;
                    continue;
                }

                var words = segment.Name is { } name
                    ? segment.Owner is { } owner ? $"'{name}' of {owner.Words}" : $"'{name}'"
                    : segment.Owner?.Words ?? "the value";
                return item >= 0 ? string.Create(CultureInfo.InvariantCulture, $"item {item} of {words}") : words;
            }

            return item >= 0 ? string.Create(CultureInfo.InvariantCulture, $"item {item}") : "the value";
        }
    }

    /// <summary>Forgets what was read, to read another value.</summary>
    public void Clear()
    {
        _segments.Clear();
        _problems.Clear();
        _warnings.Clear();
    }

    public void EnterObject(ObjectFormat format) => _segments.Add(new(format, null, -1));

    public void EnterMember(ObjectFormat format, int index) => _segments.Add(new(format, format.Members[index].Name, -1));

    public void EnterName(string name) => _segments.Add(new(null, name, -1));

    public void EnterItem(int index) => _segments.Add(new(null, null, index));

    public void Leave() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>Records a problem at the value being read.</summary>
    /// <exception cref="FormatReadStopped">When stopping at the first problem.</exception>
    public void Add(string message, long? line, long? position, bool unknownMember = false, ViolationKind kind = ViolationKind.Format)
    {
        if (unknownMember && _unknownMembersAreWarnings)
        {
            var name = _segments[^1].Name;
            _warnings.Add(new Problem(
                new Violation(Path, ViolationKind.UnknownProperty, $"The property '{name}' is not known to this reader ({Model.SchemaVersion.Current}) and was ignored.") { LineNumber = line }, line, position, unknownMember));
            return;
        }

        var problem = new Problem(new Violation(Path, kind, message) { LineNumber = line }, line, position, unknownMember);
        _problems.Add(problem);
        if (stopAtFirst)
        {
            throw new FormatReadStopped(problem);
        }
    }

    /// <summary>Records a problem after which nothing more can be read (the JSON itself is broken), and stops.</summary>
    /// <exception cref="FormatReadStopped">Always.</exception>
    public void Stop(string message, long? line, long? position)
    {
        var problem = new Problem(new Violation(Path, ViolationKind.Format, message) { LineNumber = line }, line, position, UnknownMember: false);
        _problems.Add(problem);
        throw new FormatReadStopped(problem);
    }

    /// <summary>One problem: what and where (line and byte count from 1), and whether it is a member the reader does not know.</summary>
    public sealed record Problem(Violation Violation, long? Line, long? Position, bool UnknownMember);

    private readonly record struct Segment(ObjectFormat? Owner, string? Name, int Item);
}

/// <summary>Reading stopped: the JSON is broken beyond the problem, or the first problem was asked for.</summary>
/// <param name="problem">The problem that stopped reading.</param>
internal sealed class FormatReadStopped(FormatReport.Problem problem) : System.Text.Json.JsonException(problem.Violation.Message)
{
    /// <summary>The problem that stopped reading.</summary>
    public FormatReport.Problem Problem { get; } = problem;
}
