using System.Runtime.CompilerServices;

namespace NewsEvents.Interop;

/// <summary>
/// The source attribute values of a delimited file's columns, exactly as written: a column written as a JSON number is
/// kept as a number, any other as text, an empty one as empty text. Repeated values (codes, counts, empty columns) are
/// made once.
/// </summary>
/// <remarks>
/// Each column has its own small table of the values it last held, two slots per hash: a column of few values (a code,
/// a count) finds its value there, and a column whose every value is new (a URL) replaces its own slots and never
/// another column's. A long value is not kept in the slots, only as its column's last value, so that a row that asks
/// for it twice (a SOURCEURL serves the document and the event's attribute) makes one string. Memory stays bounded
/// whatever the file holds, and a value made once per row dies with the next.
/// </remarks>
internal sealed class ColumnValues
{
    private const int SlotBits = 9;
    private const int SlotsPerColumn = 1 << SlotBits;

    // Long values (GKG's themes, names and GCAM scores) hardly ever repeat: caching them would only hold memory.
    private const int MaxCachedLength = 64;

    private static readonly AttributeValue EmptyText = AttributeValue.FromText(string.Empty);

    private AttributeValue?[][] _columns = [];
    private AttributeValue?[] _lastLong = [];

    /// <summary>The value of column <paramref name="column"/> (from 0) whose text is <paramref name="text"/>.</summary>
    public AttributeValue Of(int column, ReadOnlySpan<char> text)
    {
        // Most columns of a row are empty (GDELT's religion, group and ADM2 codes): no lookup for them.
        if (text.IsEmpty)
        {
            return EmptyText;
        }

        // Two slots per hash, the newer value first: two values of a column that share a hash both stay.
        if (text.Length <= MaxCachedLength && (uint)column < (uint)_columns.Length && _columns[column] is { } slots)
        {
            var pair = TextTable<AttributeValue>.SlotOf(text, SlotBits) & ~1;
            if (slots[pair] is { } newer && text.SequenceEqual(newer.Text.AsSpan()))
            {
                return newer;
            }

            if (slots[pair + 1] is { } older && text.SequenceEqual(older.Text.AsSpan()))
            {
                return older;
            }
        }

        return Miss(column, text);
    }

    // Apart, so that the lookup above stays small enough to be compiled into its callers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private AttributeValue Miss(int column, ReadOnlySpan<char> text)
    {
        if (column >= _columns.Length)
        {
            Array.Resize(ref _columns, column + 1);
            Array.Resize(ref _lastLong, column + 1);
        }

        if (text.Length > MaxCachedLength)
        {
            ref var last = ref _lastLong[column];
            return last is { } known && text.SequenceEqual(known.Text) ? known : last = Make(text);
        }

        // Not through a reference to the element: arrays of arrays are covariant, and such a reference costs a type check.
        var slots = _columns[column];
        if (slots is null)
        {
            _columns[column] = slots = new AttributeValue?[SlotsPerColumn];
        }

        var pair = TextTable<AttributeValue>.SlotOf(text, SlotBits) & ~1;
        slots[pair + 1] = slots[pair];
        return slots[pair] = Make(text);
    }

    private static AttributeValue Make(ReadOnlySpan<char> text) =>
        AttributeValue.IsJsonNumber(text) ? AttributeValue.FromNumber(text.ToString()) : AttributeValue.FromText(text.ToString());
}
