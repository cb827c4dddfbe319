using Parquet;

namespace NewsEvents.Parquet.Tables;

/// <summary>A table's writer whatever its rows.</summary>
internal interface ITableWriter : IAsyncDisposable
{
    /// <summary>About the bytes of the column values held, not yet written.</summary>
    long HeldBytes { get; }

    Task FlushAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Writes a table's file row group by row group: rows are held, as their columns' values, until a group is
/// full or its owner (<see cref="FolderWriter"/>) needs the memory, so memory does not grow with the table.
/// </summary>
internal sealed class TableWriter<TRow> : ITableWriter
{
    private readonly ColumnBuffer<TRow>[] _columns;
    private readonly FileStream _file;
    private readonly ParquetWriter _writer;
    private readonly int _rowGroupSize;
    private int _heldRows;

    private TableWriter(Table<TRow> table, FileStream file, ParquetWriter writer, int rowGroupSize)
    {
        _columns = [.. table.Columns.Select(c => c.NewBuffer())];
        _file = file;
        _writer = writer;
        _rowGroupSize = rowGroupSize;
    }

    public long RowCount { get; private set; }

    public long HeldBytes { get; private set; }

    /// <summary>
    /// Snappy, as Spark and DuckDB write by default. Parquet.Net's pool of buffers keeps every freed buffer
    /// unless told otherwise, which would make memory grow with the data: each table's writer keeps a few megabytes
    /// (with 19 tables, more would add up when row groups are large).
    /// </summary>
    private static ParquetOptions WriterOptions => new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        MaximumSmallPoolFreeBytes = 1024 * 1024,
        MaximumLargePoolFreeBytes = 4 * 1024 * 1024,
    };

    public static async Task<TableWriter<TRow>> CreateAsync(Table<TRow> table, string folder, int rowGroupSize, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.Combine(folder, ((ITable)table).FileName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024);
        try
        {
            var writer = await ParquetWriter.CreateAsync(table.Schema, file, WriterOptions, cancellationToken: cancellationToken).ConfigureAwait(false);
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
        foreach (var column in _columns)
        {
            HeldBytes += column.Add(row);
        }

        RowCount++;
        _heldRows++;
        return _heldRows >= _rowGroupSize ? new ValueTask(FlushAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    /// <summary>Writes the rows held as one row group.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_heldRows == 0)
        {
            return;
        }

        using (var group = _writer.CreateRowGroup())
        {
            foreach (var column in _columns)
            {
                await column.WriteAsync(group, cancellationToken).ConfigureAwait(false);
                column.Clear();
            }

            group.CompleteValidate();
        }

        _heldRows = 0;
        HeldBytes = 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }
}
