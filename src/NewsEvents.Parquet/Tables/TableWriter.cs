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
/// Writes a table's files row group by row group: rows are held, as their columns' values, until a group is
/// full or its owner (<see cref="FolderWriter"/>) needs the memory, so memory does not grow with the table.
/// A file holds at most a given number of row groups, the table going on in part files after it: Parquet.Net
/// holds every column chunk's metadata until it writes a file's footer, which would otherwise grow with the table.
/// </summary>
internal sealed class TableWriter<TRow> : ITableWriter
{
    private readonly Table<TRow> _table;
    private readonly ColumnBuffer<TRow>[] _columns;
    private readonly string _folder;
    private readonly int _rowGroupSize;
    private readonly int _rowGroupsPerFile;
    private FileStream? _file;
    private ParquetWriter? _writer;
    private int _part;
    private int _groupsInFile;
    private int _heldRows;

    private TableWriter(Table<TRow> table, string folder, int rowGroupSize, int rowGroupsPerFile)
    {
        _table = table;
        _columns = [.. table.Columns.Select(c => c.NewBuffer())];
        _folder = folder;
        _rowGroupSize = rowGroupSize;
        _rowGroupsPerFile = rowGroupsPerFile;
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

    /// <summary>Opens the table's first file, which is written even when the table has no rows.</summary>
    public static async Task<TableWriter<TRow>> CreateAsync(Table<TRow> table, string folder, int rowGroupSize, int rowGroupsPerFile, CancellationToken cancellationToken)
    {
        var writer = new TableWriter<TRow>(table, folder, rowGroupSize, rowGroupsPerFile);
        await writer.OpenNextFileAsync(cancellationToken).ConfigureAwait(false);
        return writer;
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

    /// <summary>Writes the rows held as one row group, in the next part file when the current one is full.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_heldRows == 0)
        {
            return;
        }

        if (_writer is null)
        {
            await OpenNextFileAsync(cancellationToken).ConfigureAwait(false);
        }

        using (var group = _writer!.CreateRowGroup())
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
        if (++_groupsInFile == _rowGroupsPerFile)
        {
            // The footer is written now, and its entries let go; the next part is opened only if rows follow.
            await CloseFileAsync().ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => CloseFileAsync();

    private async Task OpenNextFileAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(_folder, ((ITable)_table).PartFileName(++_part));
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024);
        try
        {
            _writer = await ParquetWriter.CreateAsync(_table.Schema, file, WriterOptions, cancellationToken: cancellationToken).ConfigureAwait(false);
            _file = file;
            _groupsInFile = 0;
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask CloseFileAsync()
    {
        var (writer, file) = (_writer, _file);
        (_writer, _file) = (null, null);
        try
        {
            if (writer is not null)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
