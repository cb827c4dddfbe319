using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsEvents.Json;

/// <summary>
/// Reads and writes an enumeration as its camelCase name, and nothing else: numbers, other
/// casings and unknown names are rejected, because a closed set must stay closed on the wire.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class StrictEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, JsonEncodedText> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(JsonText.CamelCase(Enum.GetName(v)!)));

    // The format's enumerations number their values 0, 1, 2, ... in order: a name is then found by
    // index, several times faster than by hashing, on the writer's path. Any other enumeration has none.
    private static readonly JsonEncodedText[]? NamesByNumber = NumberedNames();

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(p => p.Value.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The names, for messages: <c>person, organization, state</c>.</summary>
    internal static readonly string Expected = string.Join(", ", Names.Values.Select(n => n.Value));

    // The names as UTF-8 with their values, grouped by length, for reading a name without making a
    // string of it and comparing it only with the names as long as it is.
    private static readonly (byte[] Utf8, TEnum Value)[][] Utf8NamesByLength = GroupByLength();

    /// <summary>The JSON name of <paramref name="value"/>.</summary>
    internal static string NameOf(TEnum value) =>
        Names.TryGetValue(value, out var name) ? name.Value : throw new ArgumentOutOfRangeException(nameof(value), $"{value} is not a value of {typeof(TEnum).Name}.");

    /// <summary>
    /// The JSON name of <paramref name="value"/>, encoded once for every writer, so that writing an
    /// enumeration allocates nothing; false when <paramref name="value"/> is not defined.
    /// </summary>
    internal static bool TryGetEncodedName(TEnum value, out JsonEncodedText name)
    {
        if (NamesByNumber is { } byNumber && Unsafe.SizeOf<TEnum>() == sizeof(int))
        {
            var number = Unsafe.As<TEnum, int>(ref value);
            if ((uint)number < (uint)byNumber.Length)
            {
                name = byNumber[number];
                return true;
            }

            name = default;
            return false;
        }

        return Names.TryGetValue(value, out name);
    }

    /// <summary>Why <paramref name="value"/> cannot be written: the one wording of every writer.</summary>
    internal static string UndefinedRule(TEnum value) => $"{value} is not a defined {typeof(TEnum).Name}.";

    /// <summary>Parses a JSON name, or returns false.</summary>
    internal static bool TryParse(string name, out TEnum value) => Values.TryGetValue(name, out value);

    /// <summary>Parses a JSON name given as unescaped UTF-8, or returns false.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> utf8Name, out TEnum value)
    {
        if (utf8Name.Length >= Utf8NamesByLength.Length)
        {
            value = default;
            return false;
        }

        foreach (var (utf8, candidate) in Utf8NamesByLength[utf8Name.Length])
        {
            if (utf8Name.SequenceEqual(utf8))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Reads the string token at <paramref name="reader"/> as a name, or returns false. Names hold no
    /// characters that need escaping, so an escaped token is decoded first (rare) and the common case
    /// compares bytes without allocating.
    /// </summary>
    private static bool TryRead(ref Utf8JsonReader reader, out TEnum value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = default;
            return false;
        }

        return reader.ValueIsEscaped || reader.HasValueSequence
            ? TryParse(reader.GetString()!, out value)
            : TryParse(reader.ValueSpan, out value);
    }

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"This value must be a string, one of: {Expected}.");
        }

        return TryRead(ref reader, out var value)
            ? value
            : throw new JsonException($"This value must be one of: {Expected}; not '{reader.GetString()}'.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (!TryGetEncodedName(value, out var name))
        {
            Guard.Json(UndefinedRule(value));
        }

        writer.WriteStringValue(name);
    }

    private static JsonEncodedText[]? NumberedNames()
    {
        if (Unsafe.SizeOf<TEnum>() != sizeof(int))
        {
            return null;
        }

        var values = Enum.GetValues<TEnum>();
        var names = new JsonEncodedText[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (Unsafe.As<TEnum, int>(ref value) != i)
            {
                return null;
            }

            names[i] = Names[value];
        }

        return names;
    }

    private static (byte[] Utf8, TEnum Value)[][] GroupByLength()
    {
        var names = Names.Select(p => (Utf8: p.Value.EncodedUtf8Bytes.ToArray(), Value: p.Key)).ToArray();
        var longest = names.Max(n => n.Utf8.Length);
        return [.. Enumerable.Range(0, longest + 1).Select(length => names.Where(n => n.Utf8.Length == length).ToArray())];
    }
}
