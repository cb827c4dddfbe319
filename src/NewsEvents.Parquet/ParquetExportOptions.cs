namespace NewsEvents.Parquet;

/// <summary>How <see cref="NewsEventsParquet"/> writes a folder of tables.</summary>
public sealed record ParquetExportOptions
{
    /// <summary>The default number of rows in a row group.</summary>
    public const int DefaultRowGroupSize = 4_096;

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

    /// <summary>
    /// Whether records (a JSON Lines stream) are also checked against the rules that span records as they
    /// pass (every reference resolves, ids are unique, quotes match their document's text), as
    /// <see cref="NewsEvents.Streaming.JsonLinesValidator"/> checks them: true by default. Records that can be
    /// read twice (a file) are checked in flat memory, each id held as an 8-byte fingerprint; records read
    /// once (a pipe) hold every id seen, about 80 bytes a record. False checks each record's own rules only,
    /// and the export holds no more than a row group of each table, whatever the number of records: for
    /// data already validated. A dataset given whole is always validated.
    /// </summary>
    public bool ValidateAcrossRecords { get; init; } = true;
}
