using System.Runtime.CompilerServices;
using Parquet;

namespace NewsEvents.Parquet.Tables;

/// <summary>The values of a column of a value type (an integer, a nullable timestamp), held in an array that grows as rows come.</summary>
internal sealed class ValueBuffer<TRow, TValue>(Func<TRow, TValue> value, Func<ParquetRowGroupWriter, ReadOnlyMemory<TValue>, CancellationToken, Task> write)
    : ColumnBuffer<TRow>
{
    private const int FirstLength = 1024;

    private TValue[] _values = [];
    private int _count;

    public override long Add(TRow row)
    {
        if (_count == _values.Length)
        {
            Array.Resize(ref _values, Math.Max(FirstLength, _values.Length * 2));
        }

        _values[_count++] = value(row);
        return Unsafe.SizeOf<TValue>();
    }

    public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken) => write(writer, _values.AsMemory(0, _count), cancellationToken);

    public override void Clear()
    {
        _values = [];
        _count = 0;
    }
}
