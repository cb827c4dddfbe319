using Parquet;

namespace NewsEvents.Parquet.Tables;

/// <summary>
/// A column's values of the rows a table holds until it writes them as a row group. Rows are turned into
/// their columns' values as they come, so a table holds the values it will write, not the records they came
/// from (an event's record holds its participants, evidence and codes, which other tables hold already).
/// </summary>
internal abstract class ColumnBuffer<TRow>
{
    /// <summary>The bytes of one reference (to a string) in the buffer's array.</summary>
    protected const int ReferenceBytes = 8;

    /// <summary>Adds a row's value; returns about the bytes the buffer holds for it.</summary>
    public abstract long Add(TRow row);

    /// <summary>Writes the values held as the column's chunk of a row group.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken);

    /// <summary>Lets go of the values written; the buffer starts small again, so a full row group's arrays are not kept between groups.</summary>
    public abstract void Clear();

    /// <summary>About the bytes of a string held by the buffer alone: its header and its UTF-16 units.</summary>
    protected static long StringBytes(string value) => 24 + (2L * value.Length);
}
