using System.Text.Json;
using NewsEvents.Validation;

namespace NewsEvents.Json;

/// <summary>
/// What <see cref="FormatReader"/> reads from: the tokens of one JSON value, and where problems go.
/// <see cref="FastJsonReader"/> gives up at the first problem (a refusal, and the input is read
/// again); <see cref="CheckedJsonReader"/> records each problem with its path and line in a
/// <see cref="FormatReport"/> and reads on, so that one pass finds every problem the structure allows.
/// </summary>
/// <remarks>
/// The reader is generic over this interface so that one reader serves both: the JIT makes one copy
/// for each token source, and the reporting calls vanish from the fast one.
/// </remarks>
internal interface IFormatTokens
{
    /// <summary>Whether problems are recorded and reading goes on (rather than given up at the first).</summary>
    static abstract bool Reports { get; }

    /// <summary>The token at the reader.</summary>
    JsonTokenType TokenType { get; }

    /// <summary>Whether the string or property name at the reader has escapes (its <see cref="ValueSpan"/> is then raw).</summary>
    bool ValueIsEscaped { get; }

    /// <summary>The raw bytes of the token at the reader.</summary>
    ReadOnlySpan<byte> ValueSpan { get; }

    /// <summary>The words for messages about the value at the reader: <c>'name' of an actor</c>.</summary>
    string Subject { get; }

    /// <summary>How many problems were recorded so far (always 0 for a reader that gives up).</summary>
    int Problems { get; }

    /// <summary>Moves to the next token; running out of input is a problem of its own.</summary>
    void Next();

    /// <summary>The string at the reader, decoded; text that is not well-formed Unicode is a problem.</summary>
    string GetString();

    /// <summary>The number at the reader as an <see cref="int"/>, or false.</summary>
    bool TryGetInt32(out int value);

    /// <summary>The number at the reader as a <see cref="double"/>, or false.</summary>
    bool TryGetDouble(out double value);

    /// <summary>The number at the reader as a <see cref="decimal"/>, or false.</summary>
    bool TryGetDecimal(out decimal value);

    /// <summary>The index in <paramref name="format"/> of the property name at the reader (see <see cref="ObjectFormat.IndexOf(ReadOnlySpan{byte}, int)"/>), or -1.</summary>
    int MemberIndex(ObjectFormat format, int seen);

    /// <summary>Moves from a value's first token to its last, checking that its text is well-formed.</summary>
    void SkipValue();

    /// <summary>A problem with the value at the reader: <paramref name="rule"/> follows <see cref="Subject"/> unless <paramref name="asIs"/>.</summary>
    void Problem(string rule, bool asIs = false, ViolationKind kind = ViolationKind.Format);

    /// <summary>A property name at the reader that <paramref name="format"/> does not list: recorded, and its value skipped.</summary>
    void UnknownMember(ObjectFormat format);

    /// <summary>Starts reading an object of <paramref name="format"/>.</summary>
    void EnterObject(ObjectFormat format);

    /// <summary>Starts reading a member of the object being read.</summary>
    void EnterMember(ObjectFormat format, int index);

    /// <summary>Starts reading an item of the list being read.</summary>
    void EnterItem(int index);

    /// <summary>Starts reading the member <paramref name="name"/> of an object whose names are data (source attributes), not the format's.</summary>
    void EnterName(string name);

    /// <summary>Ends what the last Enter... started.</summary>
    void Leave();

    /// <summary>Remembers the dataset's schemaVersion, which decides what unknown members mean.</summary>
    void SchemaVersionRead(string version);
}
