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
    private long _heldText;

    private TableWriter(Table<TRow> table, FileStream file, ParquetWriter writer, int rowGroupSize)
    {
        _table = table;
        _file = file;
        _writer = writer;
        _rowGroupSize = rowGroupSize;
        _rows = new List<TRow>(Math.Min(rowGroupSize, 1024));
    }

    public long RowCount { get; private set; }

    /// <summary>
    /// Snappy, as Spark and DuckDB write by default. Parquet.Net's pool of buffers keeps every freed buffer
    /// unless told otherwise, which would make memory grow with the data: it keeps a few megabytes.
    /// </summary>
    private static ParquetOptions WriterOptions => new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        MaximumSmallPoolFreeBytes = 8 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 32 * 1024 * 1024,
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

    /// <summary>
    /// The most text, in UTF-16 units, a table holds before it writes a row group, whatever its row count: thousands of
    /// documents of a few pages each would otherwise hold hundreds of megabytes.
    /// </summary>
    public const long MaxHeldText = 4 * 1024 * 1024;

    public ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        _rows.Add(row);
        RowCount++;
        if (_table.TextLength is { } length)
        {
            _heldText += length(row);
        }

        return _rows.Count >= _rowGroupSize || _heldText >= MaxHeldText ? new ValueTask(FlushAsync(cancellationToken)) : ValueTask.CompletedTask;
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
        _heldText = 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }
}
