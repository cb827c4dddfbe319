namespace NewsEvents.Parquet;

/// <summary>How <see cref="NewsEventsParquet"/> writes a folder of tables.</summary>
public sealed record ParquetExportOptions
{
    /// <summary>The default number of rows in a row group.</summary>
    public const int DefaultRowGroupSize = 16_384;

    /// <summary>The options used when none are given.</summary>
    public static ParquetExportOptions Default { get; } = new();

    /// <summary>
    /// The number of rows each table holds in memory before writing them as one row group (at least 1). The
    /// memory an export needs grows with this number, never with the number of records.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int RowGroupSize
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(RowGroupSize), value, "ParquetExportOptions.RowGroupSize must be at least 1.");
    } = DefaultRowGroupSize;
}
