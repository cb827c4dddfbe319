using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace NewsEvents.Json;

/// <summary>Small text helpers of the reader, the writer and the converters: names, messages, decoding.</summary>
internal static class JsonText
{
    /// <summary>A .NET member name as the format writes it: <c>SourceFiles</c> is <c>sourceFiles</c>.</summary>
    public static string CamelCase(string name) => string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));

    /// <summary>Text whose first letter is a capital: <c>an actor</c> gives <c>An actor</c>.</summary>
    public static string Capitalized(string text) =>
        text.Length == 0 || !char.IsAsciiLetterLower(text[0]) ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    /// <summary>A message about <paramref name="subject"/>: <c>'name' of an actor</c> and <c>must be a string.</c> give <c>'name' of an actor must be a string.</c></summary>
    public static string Sentence(string subject, string rule) => $"{Capitalized(subject)} {rule}";

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>Reads a string token, rejecting anything else.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"{what} must be a string, not {Describe(reader.TokenType)}.");
        }

        try
        {
            return GetString(ref reader);
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException($"{what} must be well-formed Unicode text: it holds a lone surrogate or invalid UTF-8.", e);
        }
    }

    /// <summary>
    /// The string token at the reader, as <see cref="Utf8JsonReader.GetString"/> gives it and with the
    /// same exception for ill-formed UTF-8 (which it leaves to the reader), but quicker: the reader
    /// measures a text in one pass and decodes it in another, where here ASCII is widened straight into
    /// its string and other unescaped text is checked and decoded in one pass into scratch space, then copied.
    /// </summary>
    public static string GetString(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.TokenType != JsonTokenType.String)
        {
            return reader.GetString()!;
        }

        // Ill-formed UTF-8 is left to the reader, to fail in its own words.
        return Decode(reader.ValueSpan) ?? reader.GetString()!;
    }

    /// <summary>
    /// Decodes unescaped UTF-8 text: ASCII is widened straight into its string, other text is
    /// checked and decoded in one pass into scratch space, then copied. Null when the text is not
    /// well-formed UTF-8.
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> utf8)
    {
        if (Ascii.IsValid(utf8))
        {
            return Encoding.Latin1.GetString(utf8);
        }

        if (utf8.Length <= ShortText)
        {
            Span<char> chars = stackalloc char[utf8.Length];
            return TryDecode(utf8, chars);
        }

        var rented = ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            return TryDecode(utf8, rented);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    // Text up to this many bytes is decoded on the stack, longer text in pooled memory.
    private const int ShortText = 256;

    private static string? TryDecode(ReadOnlySpan<byte> utf8, Span<char> chars) =>
        Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            ? new string(chars[..written])
            : null;

    /// <summary>Moves to the next token; converters are handed complete values, so running out is a bug or truncation.</summary>
    public static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ended in the middle of a value.");
        }
    }

    /// <summary>A rule of the model as a JSON error, without the parameter name the model adds for .NET callers.</summary>
    public static JsonException Rule(ArgumentException rule) => new(rule.Message.Split(" (Parameter")[0], rule);
}
