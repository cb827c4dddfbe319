using Parquet;
using Parquet.Schema;

namespace NewsEvents.Parquet.Tables;

/// <summary>A column of a table of rows of type <typeparamref name="TRow"/>: its name and Parquet type, how a row gives its value, and how its values are read back.</summary>
internal abstract class Column<TRow>(DataField field, string meaning)
{
    public DataField Field { get; } = field;

    public string Name => Field.Name;

    /// <summary>What the column holds, as docs/parquet.md states it.</summary>
    public string Meaning { get; } = meaning;

    /// <summary>The column's type as docs/parquet.md names it (DuckDB's names).</summary>
    public abstract string TypeName { get; }

    public abstract bool IsRequired { get; }

    /// <summary>A new buffer of this column's values, for one table's writer.</summary>
    public abstract ColumnBuffer<TRow> NewBuffer();

    /// <summary>Whether a column of a file has this column's type (the name is matched by the caller).</summary>
    public virtual bool Accepts(DataField found) =>
        found.ClrType == Field.ClrType && !found.IsArray && (!IsRequired || !found.IsNullable || Field.IsNullable);

    /// <summary>An array of the type <see cref="ReadAsync"/> gives.</summary>
    public abstract Array NewArray(int length);

    public abstract ValueTask<Array> ReadAsync(ParquetRowGroupReader reader, DataField found, int count, CancellationToken cancellationToken);
}
