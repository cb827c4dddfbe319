namespace NewsEvents.Interop.Sources;

/// <summary>One row of a <see cref="TabularLayout"/>: its values by column, and every column as a source attribute.</summary>
internal readonly struct TabularRow(TabularLayout layout, string[] headerNames, string[] fields)
{
    /// <summary>The value of <paramref name="column"/>, exactly as written.</summary>
    public string this[string column] => fields[layout.IndexOf(column)];

    /// <summary>Every column, exactly as written, as the source attribute the file's header names it by, and the notes after them.</summary>
    public SourceAttributes Attributes(ColumnValues values, params ReadOnlySpan<SourceAttribute> notes)
    {
        var attributes = new SourceAttribute[fields.Length + notes.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            attributes[i] = new SourceAttribute(layout.AttributeName(headerNames[i]), values.Of(i, fields[i]));
        }

        notes.CopyTo(attributes.AsSpan(fields.Length));
        return SourceAttributes.Create(attributes);
    }
}
