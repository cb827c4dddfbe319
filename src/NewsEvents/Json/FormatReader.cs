using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>
/// The format's fast reader: one hand-written pass over UTF-8 JSON that builds the model directly,
/// matching property names as bytes, reading enumerations without making strings of them and
/// collecting lists in pooled scratch space. Its tokens come from <see cref="FastJsonReader"/>.
/// </summary>
/// <remarks>
/// <para>
/// It accepts exactly what the strict generated reader (<see cref="NewsEventsJsonContext"/>) accepts,
/// and builds equal values: every value still goes through the model's own checks. On anything
/// else it gives up (the <c>TryRead…</c> methods return false) and the caller lets the generated
/// reader read the same bytes, so that every problem is reported one way, with the generated
/// reader's path, line and words. Problems are rare; the price of reading bad input twice is paid
/// only then.
/// </para>
/// <para>
/// Why not the generated reader alone: the model's records have <c>required</c> and <c>init</c>
/// members, which the generator builds through its parameterized-constructor path (an
/// <c>object[]</c> per object and every value boxed), and it collects every list in a
/// <c>List&lt;T&gt;</c> before copying it. Giving up is always safe; accepting what the generated reader
/// would refuse is not, so where this reader is unsure (an escaped property name, say) it gives up.
/// Tests hold the two readers together on valid and invalid input.
/// </para>
/// </remarks>
internal static partial class FormatReader
{
    /// <summary>Reads one entity whose first token (its start) is at the reader, leaving the reader at its last token.</summary>
    internal delegate T EntityReader<out T>(ref FastJsonReader reader);

    /// <summary>Reads a whole dataset document, or returns false when the generated reader must judge the bytes.</summary>
    public static bool TryReadDataset(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out Dataset? dataset) =>
        TryRead(utf8Json, ReadDataset, out dataset);

    /// <summary>
    /// Reads one entity that is the whole of <paramref name="utf8Json"/> (white space aside), or
    /// returns false when the generated reader must judge the bytes.
    /// </summary>
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8Json, EntityReader<T> read, [NotNullWhen(true)] out T? value)
        where T : class
    {
        var reader = new FastJsonReader(utf8Json);
        try
        {
            Next(ref reader);
            value = read(ref reader);

            // Only white space may follow; the reader throws for anything else.
            if (reader.Read())
            {
                Refuse();
            }

            return true;
        }
        catch (Exception e) when (IsRefusal(e))
        {
            value = null;
            return false;
        }
    }

    /// <summary>
    /// What giving up looks like: this reader's own refusal and the reader's syntax errors
    /// (<see cref="JsonException"/>), undecodable text (<see cref="InvalidOperationException"/>),
    /// a model rule (<see cref="ArgumentException"/>) and number conversions.
    /// </summary>
    public static bool IsRefusal(Exception e) =>
        e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException;

    [DoesNotReturn]
    private static void Refuse() => throw new JsonException();

    [DoesNotReturn]
    private static T Refuse<T>() => throw new JsonException();

    private static void Next(ref FastJsonReader reader)
    {
        if (!reader.Read())
        {
            Refuse();
        }
    }

    private static void ExpectObject(ref FastJsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Refuse();
        }
    }

    /// <summary>Moves to the next property name, or returns false at the end of the object.</summary>
    private static bool NextProperty(ref FastJsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>
    /// Matches the property name at the reader against <paramref name="names"/> (in the canonical
    /// order, so the usual name is found first), records it in <paramref name="seen"/> and moves to
    /// its value. Unknown, repeated and escaped names give up.
    /// </summary>
    private static int Property(ref FastJsonReader reader, byte[][] names, ref int seen)
    {
        if (reader.ValueIsEscaped)
        {
            Refuse();
        }

        var name = reader.ValueSpan;

        // Written in canonical order, the name is the first one not seen yet.
        var expected = BitOperations.TrailingZeroCount(~seen);
        if (expected < names.Length && name.SequenceEqual(names[expected]))
        {
            return Found(ref reader, expected, ref seen);
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return Found(ref reader, i, ref seen);
            }
        }

        return Refuse<int>();
    }

    private static int Found(ref FastJsonReader reader, int index, ref int seen)
    {
        var bit = 1 << index;
        if ((seen & bit) != 0)
        {
            Refuse();
        }

        seen |= bit;
        Next(ref reader);
        return index;
    }

    /// <summary>Gives up unless every property in <paramref name="required"/> (a bit per name) was seen.</summary>
    private static void Require(int seen, int required)
    {
        if ((seen & required) != required)
        {
            Refuse();
        }
    }

    private static byte[][] Names(params string[] names) => [.. names.Select(n => System.Text.Encoding.UTF8.GetBytes(n))];

    private static string Text(ref FastJsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() : Refuse<string>();

    private static string? OptionalText(ref FastJsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : Text(ref reader);

    private static TId Id<TId>(ref FastJsonReader reader)
        where TId : struct, IEntityId<TId> => TId.Create(Text(ref reader));

    private static TEnum Enum<TEnum>(ref FastJsonReader reader)
        where TEnum : struct, Enum =>
        reader.TokenType == JsonTokenType.String && (reader.ValueIsEscaped
            ? StrictEnumJsonConverter<TEnum>.TryParse(reader.GetString(), out var value)
            : StrictEnumJsonConverter<TEnum>.TryParse(reader.ValueSpan, out value))
            ? value
            : Refuse<TEnum>();

    /// <summary>Reads an array of strings (the model checks each).</summary>
    private static ImmutableArray<string> TextList(ref FastJsonReader reader) => List(ref reader, Text);

    /// <summary>
    /// Reads a JSON array with <paramref name="item"/>. Most lists are short: their items are
    /// collected on the stack, longer ones continue in pooled scratch space, and the items are copied
    /// once into an array of the exact length.
    /// </summary>
    private static ImmutableArray<T> List<T>(ref FastJsonReader reader, EntityReader<T> item)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Refuse();
        }

        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return [];
        }

        var first = default(ShortList<T>);
        Span<T> firstItems = first;
        T[]? more = null;
        var count = 0;
        try
        {
            do
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    Refuse();
                }

                var value = item(ref reader);
                if (count < firstItems.Length)
                {
                    firstItems[count] = value;
                }
                else
                {
                    if (more is null || count == more.Length)
                    {
                        var larger = ArrayPool<T>.Shared.Rent(count * 2);
                        (more is null ? firstItems : more.AsSpan(0, count)).CopyTo(larger);
                        ReturnScratch(more, count);
                        more = larger;
                    }

                    more[count] = value;
                }

                count++;
                Next(ref reader);
            }
            while (reader.TokenType != JsonTokenType.EndArray);

            return ImmutableCollectionsMarshal.AsImmutableArray((more is null ? firstItems[..count] : more.AsSpan(0, count)).ToArray());
        }
        finally
        {
            ReturnScratch(more, count);
        }
    }

    private static void ReturnScratch<T>(T[]? scratch, int used)
    {
        if (scratch is not null)
        {
            // Cleared so that the pool does not keep the items alive.
            scratch.AsSpan(0, Math.Min(used, scratch.Length)).Clear();
            ArrayPool<T>.Shared.Return(scratch);
        }
    }

    /// <summary>Room on the stack for the items of a short list.</summary>
    [InlineArray(8)]
    private struct ShortList<T>
    {
        private T _item;
    }
}
