using System.Numerics;
using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>
/// Walks the properties of a small JSON object for a hand-written converter, enforcing what the
/// format requires of every object: no duplicate and no unknown properties, nothing missing.
/// Properties are matched against a fixed list of names, encoded once and compared as UTF-8; a bit per name records what was seen.
/// </summary>
internal struct SmallObjectReader
{
    private readonly string _what;
    private readonly JsonEncodedText[] _names;
    private int _seen;

    public SmallObjectReader(ref Utf8JsonReader reader, string what, JsonEncodedText[] names)
    {
        JsonText.ExpectStartObject(ref reader, what);
        _what = what;
        _names = names;
        _seen = 0;
    }

    /// <summary>
    /// Advances to the next property's value and returns the index of its name in the list, or -1
    /// at the end of the object.
    /// </summary>
    public int Next(ref Utf8JsonReader reader)
    {
        JsonText.Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return -1;
        }

        // Written in canonical order, the name is the first one not seen yet: one comparison.
        var expected = BitOperations.TrailingZeroCount(~_seen);
        if (expected < _names.Length && !reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual(_names[expected].EncodedUtf8Bytes))
        {
            return Found(ref reader, expected);
        }

        for (var i = 0; i < _names.Length; i++)
        {
            if (reader.ValueTextEquals(_names[i].EncodedUtf8Bytes))
            {
                return Found(ref reader, i);
            }
        }

        throw JsonText.Unknown(reader.GetString()!, _what);
    }

    private int Found(ref Utf8JsonReader reader, int index)
    {
        if ((_seen & (1 << index)) != 0)
        {
            throw new JsonException($"Duplicate property '{_names[index].Value}' in {_what}.");
        }

        _seen |= 1 << index;
        JsonText.Next(ref reader);
        return index;
    }

    /// <summary>Throws when a required property (by index) was not seen.</summary>
    public readonly void Require(int index)
    {
        if ((_seen & (1 << index)) == 0)
        {
            throw JsonText.Missing(_names[index].Value, _what);
        }
    }

    public readonly bool Saw(int index) => (_seen & (1 << index)) != 0;

    public readonly JsonException NotNull(int index) => new($"'{_names[index].Value}' of {_what} must not be null.");
}
