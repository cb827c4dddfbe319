using System.Text.Json;
using System.Text.Unicode;
using NewsEvents.Validation;

namespace NewsEvents.Json;

/// <summary>
/// The token source of <see cref="FormatReader"/>'s checking pass: <see cref="Utf8JsonReader"/>,
/// which judges every byte and words its syntax errors, with a <see cref="FormatReport"/> that
/// records each problem with its path and line and lets reading go on.
/// </summary>
/// <remarks>
/// A syntax error ends reading (nothing after it can be trusted), after the problems found before
/// it. Lines and bytes are counted from 1 here, as a text editor counts them.
/// </remarks>
internal ref struct CheckedJsonReader : IFormatTokens
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    private readonly ReadOnlySpan<byte> _json;
    private readonly FormatReport _report;
    private readonly bool _located;
    private Utf8JsonReader _reader;

    // The line of the position last asked for, and where that line starts: lines are counted once, forward.
    private long _line;
    private long _lineStart;
    private long _counted;

    /// <summary>Reads the one JSON value of <paramref name="utf8Json"/>, locating problems by line.</summary>
    public CheckedJsonReader(ReadOnlySpan<byte> utf8Json, FormatReport report)
    {
        _json = utf8Json;
        _report = report;
        _located = true;
        _reader = new Utf8JsonReader(utf8Json, Options);
        _line = 1;
    }

    /// <summary>Reads on from <paramref name="reader"/> (a converter's), whose caller locates problems.</summary>
    public CheckedJsonReader(Utf8JsonReader reader, FormatReport report)
    {
        _report = report;
        _reader = reader;
        _line = 1;
    }

    public static bool Reports => true;

    /// <summary>The underlying reader, where this one has got to.</summary>
    public readonly Utf8JsonReader Reader => _reader;

    public readonly JsonTokenType TokenType => _reader.TokenType;

    public readonly bool ValueIsEscaped => _reader.ValueIsEscaped;

    public readonly ReadOnlySpan<byte> ValueSpan => _reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(_reader.ValueSequence) : _reader.ValueSpan;

    public readonly string Subject => _report.Subject;

    public readonly int Problems => _report.Count;

    public void Next()
    {
        bool more;
        try
        {
            more = _reader.Read();
        }
        catch (JsonException e)
        {
            Stop(e);
            return;
        }

        if (!more)
        {
            _report.Stop("The JSON ends in the middle of a value.", LineOf(_json.Length), null);
        }
    }

    /// <summary>Reads past the value just read: only white space may follow it.</summary>
    public void End()
    {
        try
        {
            if (_reader.Read())
            {
                _report.Stop("Only white space may follow the value.", LineOf(_reader.TokenStartIndex), ColumnOf(_reader.TokenStartIndex));
            }
        }
        catch (JsonException e)
        {
            Stop(e);
        }
    }

    public string GetString()
    {
        try
        {
            return JsonText.GetString(ref _reader);
        }
        catch (InvalidOperationException)
        {
            // Located at its first ill-formed byte when the text is not escaped.
            var position = Column;
            if (position is { } start && !_reader.ValueIsEscaped && !_reader.HasValueSequence)
            {
                position = start + 1 + FirstInvalidByte(_reader.ValueSpan);
            }

            _report.Add(JsonText.Sentence(_report.Subject, "must be well-formed Unicode text: it holds a lone surrogate or invalid UTF-8."), Line, position);
            return string.Empty;
        }
    }

    public readonly bool TryGetInt32(out int value) => _reader.TryGetInt32(out value);

    public readonly bool TryGetDouble(out double value) => _reader.TryGetDouble(out value);

    public readonly bool TryGetDecimal(out decimal value) => _reader.TryGetDecimal(out value);

    public int MemberIndex(ObjectFormat format, int seen)
    {
        if (!_reader.ValueIsEscaped && !_reader.HasValueSequence)
        {
            return format.IndexOf(_reader.ValueSpan, seen);
        }

        try
        {
            return format.IndexOf(JsonText.GetString(ref _reader));
        }
        catch (InvalidOperationException)
        {
            // Not a name of the format: reported as an unknown member, in its words.
            return -1;
        }
    }

    public void SkipValue()
    {
        var depth = _reader.CurrentDepth;
        CheckText();
        if (_reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            do
            {
                Next();
                CheckText();
            }
            while (_reader.CurrentDepth > depth);
        }
    }

    public void Problem(string rule, bool asIs = false, ViolationKind kind = ViolationKind.Format) =>
        _report.Add(asIs ? rule : JsonText.Sentence(_report.Subject, rule), Line, Column, kind: kind);

    public void UnknownMember(ObjectFormat format)
    {
        string name;
        try
        {
            name = JsonText.GetString(ref _reader);
        }
        catch (InvalidOperationException)
        {
            _report.Add($"A member name of {format.Words} must be well-formed Unicode text: it holds a lone surrogate or invalid UTF-8.", Line, Column);
            Next();
            SkipValue();
            return;
        }

        _report.EnterName(name);
        _report.Add($"{JsonText.Capitalized(format.Words)} has no member '{name}'; its members are {format.MemberList}.", Line, Column, unknownMember: true);
        Next();
        SkipValue();
        _report.Leave();
    }

    public readonly void EnterObject(ObjectFormat format) => _report.EnterObject(format);

    public readonly void EnterMember(ObjectFormat format, int index) => _report.EnterMember(format, index);

    public readonly void EnterItem(int index) => _report.EnterItem(index);

    public readonly void EnterName(string name) => _report.EnterName(name);

    public readonly void Leave() => _report.Leave();

    public readonly void SchemaVersionRead(string version) => _report.SchemaVersion = version;

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var index = 0;
        while (index < utf8.Length && System.Text.Rune.DecodeFromUtf8(utf8[index..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            index += consumed;
        }

        return index;
    }

    private long? Line => _located ? LineOf(_reader.TokenStartIndex) : null;

    private long? Column => _located ? ColumnOf(_reader.TokenStartIndex) : null;

    /// <summary>A string skipped over is checked all the same: the format holds only well-formed text.</summary>
    private void CheckText()
    {
        if (_reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
            && (_reader.ValueIsEscaped || _reader.HasValueSequence || !Utf8.IsValid(_reader.ValueSpan)))
        {
            GetString();
        }
    }

    private void Stop(JsonException e)
    {
        // Utf8JsonReader counts from 0 and says so in its message: one location, ours, counted from 1.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        _report.Stop(message, _located ? e.LineNumber + 1 : null, _located ? e.BytePositionInLine + 1 : null);
    }

    private long LineOf(long position)
    {
        if (position < _counted)
        {
            _line = 1;
            _lineStart = 0;
            _counted = 0;
        }

        var from = (int)_counted;
        var to = (int)Math.Min(position, _json.Length);
        var span = _json[from..to];
        var newlines = span.Count((byte)'\n');
        if (newlines > 0)
        {
            _line += newlines;
            _lineStart = from + span.LastIndexOf((byte)'\n') + 1;
        }

        _counted = to;
        return _line;
    }

    private long ColumnOf(long position)
    {
        LineOf(position);
        return position - _lineStart + 1;
    }
}
