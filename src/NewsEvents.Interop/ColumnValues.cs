namespace NewsEvents.Interop;

/// <summary>
/// The source attribute values of a delimited file's columns, exactly as written: a column written as a JSON number is
/// kept as a number, any other as text, an empty one as empty text. Repeated values (codes, counts, empty columns) are
/// made once.
/// </summary>
internal sealed class ColumnValues
{
    // An import keeps at most this many distinct values, so that a file of unique values cannot grow the cache without bound.
    private const int MaxCachedValues = 1 << 16;

    // Long values (GKG's themes, names and GCAM scores) hardly ever repeat: caching them would only hold memory.
    private const int MaxCachedLength = 64;

    private readonly Dictionary<string, AttributeValue> _values = new(StringComparer.Ordinal);

    /// <summary>The value of a column whose text is <paramref name="text"/>.</summary>
    public AttributeValue Of(ReadOnlySpan<char> text)
    {
        var lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = AttributeValue.IsJsonNumber(text) ? AttributeValue.FromNumber(text.ToString()) : AttributeValue.FromText(text.ToString());
        if (_values.Count < MaxCachedValues && text.Length <= MaxCachedLength)
        {
            _values.Add(made.Text, made);
        }

        return made;
    }
}
