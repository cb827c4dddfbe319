using Parquet;
using Parquet.Schema;

namespace NewsEvents.Parquet.Tables;

/// <summary>A column of text: UTF-8 strings, null where the row has no value.</summary>
/// <remarks>
/// Values drawn from a fixed set (<paramref name="fixedValues"/>: an enumeration's names) are strings every row
/// shares, so a buffer counts only their reference.
/// </remarks>
internal sealed class TextColumn<TRow>(string name, Func<TRow, string?> value, bool required, string meaning, bool fixedValues = false)
    : Column<TRow>(new DataField<string>(name, nullable: !required), meaning)
{
    public override string TypeName => "VARCHAR";

    public override bool IsRequired => required;

    public Func<TRow, string?> Value => value;

    /// <summary>Whether the values are drawn from a fixed set of strings every row shares.</summary>
    public bool HasFixedValues => fixedValues;

    public override ColumnBuffer<TRow> NewBuffer() => new Buffer(this);

    // A column written nullable by another tool still reads: a null in it is reported where a value is required.
    public override bool Accepts(DataField found) => found.ClrType == Field.ClrType && !found.IsArray;

    public override Array NewArray(int length) => new string?[length];

    public override async ValueTask<Array> ReadAsync(ParquetRowGroupReader reader, DataField found, int count, CancellationToken cancellationToken)
    {
        var values = new string?[count];
        await reader.ReadAsync(found, values.AsMemory()!, cancellationToken: cancellationToken).ConfigureAwait(false);
        return values;
    }

    private sealed class Buffer(TextColumn<TRow> column) : ColumnBuffer<TRow>
    {
        private List<string?> _values = [];

        public override long Add(TRow row)
        {
            var text = column.Value(row);
            _values.Add(text);
            return ReferenceBytes + (text is null || column.HasFixedValues ? 0 : StringBytes(text));
        }

        public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken) => writer.WriteAsync(column.Field, _values!);

        public override void Clear() => _values = [];
    }
}

/// <summary>A column of a value every row has (an integer, a position).</summary>
internal sealed class ValueColumn<TRow, T>(DataField field, string typeName, Func<TRow, T> value, string meaning)
    : Column<TRow>(field, meaning)
    where T : struct
{
    public override string TypeName => typeName;

    public override bool IsRequired => true;

    public override ColumnBuffer<TRow> NewBuffer() =>
        new ValueBuffer<TRow, T>(value, (writer, values, cancellationToken) => writer.WriteAsync<T>(Field, values, cancellationToken: cancellationToken));

    public override bool Accepts(DataField found) => found.ClrType == Field.ClrType && !found.IsArray;

    public override Array NewArray(int length) => new T?[length];

    public override async ValueTask<Array> ReadAsync(ParquetRowGroupReader reader, DataField found, int count, CancellationToken cancellationToken)
    {
        // Held as nullable whatever the file says, so that a null written by another tool is reported, not a crash.
        var values = new T?[count];
        if (found.IsNullable)
        {
            await reader.ReadAsync<T>(found, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            return values;
        }

        var present = new T[count];
        await reader.ReadAsync<T>(found, present.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < count; i++)
        {
            values[i] = present[i];
        }

        return values;
    }
}

/// <summary>A column of an optional value: null where the row has none.</summary>
internal sealed class OptionalColumn<TRow, T>(DataField field, string typeName, Func<TRow, T?> value, string meaning)
    : Column<TRow>(field, meaning)
    where T : struct
{
    public override string TypeName => typeName;

    public override bool IsRequired => false;

    public override ColumnBuffer<TRow> NewBuffer() =>
        new ValueBuffer<TRow, T?>(value, (writer, values, cancellationToken) => writer.WriteAsync<T>(Field, values, cancellationToken: cancellationToken));

    public override bool Accepts(DataField found) =>
        found.ClrType == Field.ClrType && !found.IsArray
        && (Field is not DecimalDataField expected || (found is DecimalDataField d && d.Scale == expected.Scale && d.Precision == expected.Precision));

    public override Array NewArray(int length) => new T?[length];

    public override async ValueTask<Array> ReadAsync(ParquetRowGroupReader reader, DataField found, int count, CancellationToken cancellationToken)
    {
        var values = new T?[count];
        await reader.ReadAsync<T>(found, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        return values;
    }
}
