using Parquet;

namespace NewsEvents.Parquet.Tables;

/// <summary>A table's writer whatever its rows.</summary>
internal interface ITableWriter : IAsyncDisposable
{
    Task FlushAsync(CancellationToken cancellationToken);
}

/// <summary>Writes a table's file row group by row group: rows are held until a group is full, so memory does not grow with the table.</summary>
internal sealed class TableWriter<TRow> : ITableWriter
{
    private readonly Table<TRow> _table;
    private readonly FileStream _file;
    private readonly ParquetWriter _writer;
    private readonly List<TRow> _rows;
    private readonly int _rowGroupSize;

    private TableWriter(Table<TRow> table, FileStream file, ParquetWriter writer, int rowGroupSize)
    {
        _table = table;
        _file = file;
        _writer = writer;
        _rowGroupSize = rowGroupSize;
        _rows = new List<TRow>(Math.Min(rowGroupSize, 1024));
    }

    public long RowCount { get; private set; }

    public static async Task<TableWriter<TRow>> CreateAsync(Table<TRow> table, string folder, int rowGroupSize, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.Combine(folder, ((ITable)table).FileName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024);
        try
        {
            var writer = await ParquetWriter.CreateAsync(table.Schema, file, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new TableWriter<TRow>(table, file, writer, rowGroupSize);
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        _rows.Add(row);
        RowCount++;
        return _rows.Count >= _rowGroupSize ? new ValueTask(FlushAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    /// <summary>Writes the rows held as one row group.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        using (var group = _writer.CreateRowGroup())
        {
            foreach (var column in _table.Columns)
            {
                await column.WriteAsync(group, _rows, cancellationToken).ConfigureAwait(false);
            }

            group.CompleteValidate();
        }

        _rows.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }
}
