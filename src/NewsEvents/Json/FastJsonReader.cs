using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;
using NewsEvents.Validation;

namespace NewsEvents.Json;

/// <summary>
/// The fast reader's tokenizer: a forward-only reader of one JSON value in one span (or in a
/// <see cref="JsonWindow"/> sliding over a stream) that gives the
/// same tokens as <see cref="Utf8JsonReader"/> with the format's options (no comments, no trailing
/// commas, depth up to 64), and throws <see cref="JsonException"/>, a refusal, on anything that
/// reader refuses.
/// </summary>
/// <remarks>
/// <para>
/// Why not <see cref="Utf8JsonReader"/>: it serves every input (segmented, partial, with comments,
/// resumable), and pays for that on every token. This one knows its input is whole and its options
/// fixed, and reads about a third faster; with it the format reader spends most of its time building
/// the model.
/// </para>
/// <para>
/// It may refuse more than <see cref="Utf8JsonReader"/> does, never less: a refusal only sends the
/// bytes to the checking pass (<see cref="CheckedJsonReader"/>), which judges them. So anything unusual (a byte order mark, a
/// control character in a string) is refused rather than handled. Escaped strings are decoded by
/// <see cref="Utf8JsonReader"/> itself. Tests compare its tokens and numbers with
/// <see cref="Utf8JsonReader"/>'s on the JSONTestSuite corpus and on generated documents.
/// </para>
/// </remarks>
internal ref struct FastJsonReader : IFormatTokens
{
    private const int MaxDepth = 64;

    // What ends the plain run of a string: its closing quote, an escape, or a control character (which
    // JSON does not allow unescaped).
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private readonly JsonWindow? _window;
    private ReadOnlySpan<byte> _json;
    private int _position;

    // The position past which the next token may not lie whole in the window: the window slides there.
    private int _slideAt = int.MaxValue;
    private int _depth;

    // One bit per open container, the innermost lowest: 1 for an object, 0 for an array.
    private ulong _containers;
    private int _valueStart;
    private int _valueLength;
    private bool _hasExponent;

    /// <summary>Starts before the first token of <paramref name="utf8Json"/>, which must hold one whole JSON value.</summary>
    public FastJsonReader(ReadOnlySpan<byte> utf8Json)
    {
        _json = utf8Json;
    }

    /// <summary>Starts before the first token of the document in <paramref name="window"/>, sliding it on as the tokens are read.</summary>
    public FastJsonReader(JsonWindow window)
    {
        _window = window;
        _json = window.Span;
        _slideAt = SlidePoint();
    }

    /// <summary>
    /// Goes on from <paramref name="mark"/>, where a reader over the same <paramref name="window"/> stopped
    /// (<see cref="Save"/>), the window not moved since: a stream of records reads one item at a time.
    /// </summary>
    public FastJsonReader(JsonWindow window, Mark mark)
        : this(window)
    {
        _position = mark.Position;
        _depth = mark.Depth;
        _containers = mark.Containers;
        TokenType = mark.TokenType;
    }

    /// <summary>Where the reader is, between two tokens, to go on from there (<see cref="FastJsonReader(JsonWindow, Mark)"/>).</summary>
    public readonly Mark Save() => new(_position, _depth, _containers, TokenType);

    /// <summary>Where the token read last starts in the span (the window's, over a stream).</summary>
    public readonly int TokenStart => TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? _valueStart - 1 : _valueStart;

    /// <summary>Where the token read last ends in the span (the window's, over a stream).</summary>
    public readonly int TokenEnd => _position;

    /// <summary>The token read last; <see cref="JsonTokenType.None"/> before the first.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>Whether the string or property name read last has escapes (its <see cref="ValueSpan"/> is then raw).</summary>
    public bool ValueIsEscaped { get; private set; }

    /// <summary>The raw bytes of the token read last: a string's without its quotes, a number's, a literal's, a bracket's.</summary>
    public readonly ReadOnlySpan<byte> ValueSpan => _json.Slice(_valueStart, _valueLength);

    /// <summary>Reads the next token; false once the value is complete and only white space follows.</summary>
    /// <exception cref="JsonException">The bytes are not JSON this reader accepts (a refusal).</exception>
    public bool Read()
    {
        if (_position > _slideAt)
        {
            Slide();
        }

        var next = SkipWhiteSpace();
        switch (TokenType)
        {
            case JsonTokenType.None:
                return next != 0 ? Value(next) : Refuse();
            case JsonTokenType.PropertyName:
                return Value(next);
            case JsonTokenType.StartObject:
                return next == (byte)'}' ? Close(JsonTokenType.EndObject) : PropertyName(next);
            case JsonTokenType.StartArray:
                return next == (byte)']' ? Close(JsonTokenType.EndArray) : Value(next);
            default:
                // After a value: a comma and the next member, the end of the container, or the end.
                if (_depth == 0)
                {
                    return next == 0 ? false : Refuse();
                }

                var inObject = (_containers & 1) != 0;
                if (next == (byte)',')
                {
                    _position++;
                    next = SkipWhiteSpace();
                    return inObject ? PropertyName(next) : Value(next);
                }

                return next == (inObject ? (byte)'}' : (byte)']')
                    ? Close(inObject ? JsonTokenType.EndObject : JsonTokenType.EndArray)
                    : Refuse();
        }
    }

    /// <inheritdoc />
    public static bool Reports => false;

    /// <inheritdoc />
    public readonly string Subject => string.Empty;

    /// <inheritdoc />
    public readonly int Problems => 0;

    /// <inheritdoc />
    public void Next()
    {
        if (!Read())
        {
            Refuse();
        }
    }

    /// <inheritdoc />
    public readonly int MemberIndex(ObjectFormat format, int seen) =>
        ValueIsEscaped ? format.IndexOf(GetString()) : format.IndexOf(ValueSpan, seen);

    /// <inheritdoc />
    public void SkipValue()
    {
        // At an opening bracket the depth counts its container; its closing bracket takes it back out.
        var depth = _depth;
        CheckText();
        if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            do
            {
                Next();
                CheckText();
            }
            while (_depth >= depth);
        }
    }

    /// <inheritdoc />
    public readonly void Problem(string rule, bool asIs = false, ViolationKind kind = ViolationKind.Format) => Refuse();

    /// <inheritdoc />
    public readonly void UnknownMember(ObjectFormat format) => Refuse();

    /// <inheritdoc />
    public readonly void EnterObject(ObjectFormat format)
    {
    }

    /// <inheritdoc />
    public readonly void EnterMember(ObjectFormat format, int index)
    {
    }

    /// <inheritdoc />
    public readonly void EnterItem(int index)
    {
    }

    /// <inheritdoc />
    public readonly void EnterName(string name)
    {
    }

    /// <inheritdoc />
    public readonly void Leave()
    {
    }

    /// <inheritdoc />
    public readonly void SchemaVersionRead(string version)
    {
    }

    /// <summary>A string skipped over is checked all the same: the format holds only well-formed text.</summary>
    private readonly void CheckText()
    {
        if (TokenType is JsonTokenType.String or JsonTokenType.PropertyName && (ValueIsEscaped || !Utf8.IsValid(ValueSpan)))
        {
            GetString();
        }
    }

    /// <summary>The string or property name read last, unescaped and decoded.</summary>
    /// <exception cref="InvalidOperationException">The text is not well-formed UTF-8 or has a lone surrogate escaped (a refusal).</exception>
    public readonly string GetString() =>
        ValueIsEscaped ? Unescaped() : JsonText.Decode(ValueSpan) ?? NotUtf8();

    /// <summary>
    /// Rare: the token, quotes and all, is handed to <see cref="Utf8JsonReader"/>, which unescapes and checks it.
    /// Kept out of line: that reader is a large struct, and every method <see cref="GetString"/> is inlined
    /// into would clear room for it on each call.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly string Unescaped()
    {
        var token = new Utf8JsonReader(_json.Slice(_valueStart - 1, _valueLength + 2));
        token.Read();
        return token.GetString()!;
    }

    private static string NotUtf8() => throw new InvalidOperationException("The text is not well-formed UTF-8.");

    /// <summary>The number token read last as an <see cref="int"/>, as <see cref="Utf8JsonReader.TryGetInt32"/> reads it.</summary>
    public readonly bool TryGetInt32(out int value) =>
        Utf8Parser.TryParse(ValueSpan, out value, out var consumed) && consumed == _valueLength;

    /// <summary>The number token read last as a <see cref="double"/>, as <see cref="Utf8JsonReader.TryGetDouble"/> reads it (an overflow is infinity there too).</summary>
    public readonly bool TryGetDouble(out double value) =>
        Utf8Parser.TryParse(ValueSpan, out value, out var consumed, NumberFormat) && consumed == _valueLength;

    /// <summary>The number token read last as a <see cref="decimal"/>, as <see cref="Utf8JsonReader.TryGetDecimal"/> reads it.</summary>
    public readonly bool TryGetDecimal(out decimal value) =>
        Utf8Parser.TryParse(ValueSpan, out value, out var consumed, NumberFormat) && consumed == _valueLength;

    // Utf8JsonReader parses a number with an exponent in scientific format, others in the default one.
    private readonly char NumberFormat => _hasExponent ? 'e' : default;

    /// <summary>Skips JSON white space and returns the next byte, or 0 at the end; any other byte below a space (a 0 among them) is refused.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte SkipWhiteSpace()
    {
        var json = _json;
        var position = _position;
        while ((uint)position < (uint)json.Length)
        {
            var b = json[position];
            if (b > (byte)' ')
            {
                _position = position;
                return b;
            }

            if (b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            {
                Refuse();
            }

            position++;
        }

        _position = position;

        // The end of a window is not the end of the document: only a token longer than the margin gets here.
        return _window is { AtEnd: false } ? Refuse<byte>() : (byte)0;
    }

    /// <summary>Moves the window on to start at the next token, the previous one being done with.</summary>
    private void Slide()
    {
        _window!.Slide(_position);
        _json = _window.Span;
        _position = 0;
        _slideAt = SlidePoint();
    }

    private readonly int SlidePoint() => _window!.AtEnd ? int.MaxValue : _json.Length - _window.Margin;

    private bool Close(JsonTokenType type)
    {
        _valueStart = _position;
        _valueLength = 1;
        _position++;
        _depth--;
        _containers >>= 1;
        TokenType = type;
        return true;
    }

    private bool PropertyName(byte next)
    {
        if (next != (byte)'"')
        {
            Refuse();
        }

        String();
        if (SkipWhiteSpace() != (byte)':')
        {
            Refuse();
        }

        _position++;
        TokenType = JsonTokenType.PropertyName;
        return true;
    }

    private bool Value(byte next)
    {
        switch (next)
        {
            case (byte)'"':
                String();
                TokenType = JsonTokenType.String;
                return true;
            case (byte)'{':
                Open(1);
                TokenType = JsonTokenType.StartObject;
                return true;
            case (byte)'[':
                Open(0);
                TokenType = JsonTokenType.StartArray;
                return true;
            case (byte)'t':
                Literal("true"u8);
                TokenType = JsonTokenType.True;
                return true;
            case (byte)'f':
                Literal("false"u8);
                TokenType = JsonTokenType.False;
                return true;
            case (byte)'n':
                Literal("null"u8);
                TokenType = JsonTokenType.Null;
                return true;
            default:
                Number();
                TokenType = JsonTokenType.Number;
                return true;
        }
    }

    private void Open(ulong bit)
    {
        if (_depth >= MaxDepth)
        {
            Refuse();
        }

        _depth++;
        _containers = (_containers << 1) | bit;
        _valueStart = _position;
        _valueLength = 1;
        _position++;
    }

    private void Literal(ReadOnlySpan<byte> literal)
    {
        if (!_json[_position..].StartsWith(literal))
        {
            Refuse();
        }

        _valueStart = _position;
        _valueLength = literal.Length;
        _position += literal.Length;
        EndOfScalar();
    }

    private void String()
    {
        var start = _position + 1;
        var at = start;
        var escaped = false;
        while (true)
        {
            var stop = _json[at..].IndexOfAny(StringStops);
            if (stop < 0)
            {
                Refuse();
            }

            at += stop;
            var b = _json[at];
            if (b == (byte)'"')
            {
                break;
            }

            if (b != (byte)'\\')
            {
                Refuse();
            }

            escaped = true;
            at = AfterEscape(at);
        }

        _valueStart = start;
        _valueLength = at - start;
        ValueIsEscaped = escaped;
        _position = at + 1;
    }

    /// <summary>Checks the escape at <paramref name="backslash"/> and returns the position after it.</summary>
    private readonly int AfterEscape(int backslash)
    {
        if (backslash + 1 >= _json.Length)
        {
            Refuse();
        }

        switch (_json[backslash + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                return backslash + 2;
            case (byte)'u':
                if (backslash + 6 > _json.Length || _json.Slice(backslash + 2, 4).ContainsAnyExcept(HexDigits))
                {
                    Refuse();
                }

                return backslash + 6;
            default:
                return Refuse<int>();
        }
    }

    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789abcdefABCDEF"u8);

    /// <summary>Reads a number by JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
    private void Number()
    {
        var json = _json;
        var start = _position;
        var at = start;
        if (at < json.Length && json[at] == (byte)'-')
        {
            at++;
        }

        if (at >= json.Length)
        {
            Refuse();
        }

        if (json[at] == (byte)'0')
        {
            at++;
        }
        else if (char.IsAsciiDigit((char)json[at]))
        {
            at = AfterDigits(json, at);
        }
        else
        {
            Refuse();
        }

        if (at < json.Length && json[at] == (byte)'.')
        {
            at = AfterDigits(json, at + 1);
        }

        _hasExponent = at < json.Length && (json[at] | 0x20) == (byte)'e';
        if (_hasExponent)
        {
            at++;
            if (at < json.Length && json[at] is (byte)'+' or (byte)'-')
            {
                at++;
            }

            at = AfterDigits(json, at);
        }

        _valueStart = start;
        _valueLength = at - start;
        _position = at;
        EndOfScalar();
    }

    /// <summary>The position after one or more digits starting at <paramref name="at"/>.</summary>
    private static int AfterDigits(ReadOnlySpan<byte> json, int at)
    {
        var end = at;
        while (end < json.Length && char.IsAsciiDigit((char)json[end]))
        {
            end++;
        }

        return end > at ? end : Refuse<int>();
    }

    /// <summary>A number or literal must be followed by a delimiter (or the end), as "1x" and "nullx" are not JSON.</summary>
    private readonly void EndOfScalar()
    {
        if (_position < _json.Length)
        {
            if (_json[_position] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            {
                Refuse();
            }
        }
        else if (_window is { AtEnd: false })
        {
            // A number cut by the window's end may go on beyond it.
            Refuse();
        }
    }

    private static bool Refuse() => throw new JsonException();

    /// <summary>A place between two tokens: what a reader made afresh needs to go on from there.</summary>
    internal readonly record struct Mark(int Position, int Depth, ulong Containers, JsonTokenType TokenType);

    private static T Refuse<T>() => throw new JsonException();
}
