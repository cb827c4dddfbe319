namespace NewsEvents.Interop;

/// <summary>
/// The source attribute values of a delimited file's columns, exactly as written: a column written as a JSON number is
/// kept as a number, any other as text, an empty one as empty text. Repeated values (codes, counts, empty columns) are
/// made once.
/// </summary>
/// <remarks>
/// Each column has its own small table of the values it last held, a slot per hash: a column of few values (a code,
/// a count) finds its value there, and a column whose every value is new (a URL) replaces its own slots and never
/// another column's. Memory stays bounded whatever the file holds, and a value made once per row dies with its row.
/// </remarks>
internal sealed class ColumnValues
{
    private const int SlotBits = 8;
    private const int SlotsPerColumn = 1 << SlotBits;

    // Long values (GKG's themes, names and GCAM scores) hardly ever repeat: caching them would only hold memory.
    private const int MaxCachedLength = 64;

    private static readonly AttributeValue EmptyText = AttributeValue.FromText(string.Empty);

    private AttributeValue?[][] _columns = [];

    /// <summary>The value of column <paramref name="column"/> (from 0) whose text is <paramref name="text"/>.</summary>
    public AttributeValue Of(int column, ReadOnlySpan<char> text)
    {
        // Most columns of a row are empty (GDELT's religion, group and ADM2 codes): no lookup for them.
        if (text.IsEmpty)
        {
            return EmptyText;
        }

        var slots = SlotsOf(column);
        ref var slot = ref slots[TextTable<AttributeValue>.SlotOf(text, SlotBits)];
        if (slot is { } known && text.SequenceEqual(known.Text))
        {
            return known;
        }

        var made = AttributeValue.IsJsonNumber(text) ? AttributeValue.FromNumber(text.ToString()) : AttributeValue.FromText(text.ToString());
        if (text.Length <= MaxCachedLength)
        {
            slot = made;
        }

        return made;
    }

    private AttributeValue?[] SlotsOf(int column)
    {
        if (column >= _columns.Length)
        {
            Array.Resize(ref _columns, column + 1);
        }

        return _columns[column] ??= new AttributeValue?[SlotsPerColumn];
    }
}
