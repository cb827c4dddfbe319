namespace NewsEvents.Parquet;

/// <summary>How <see cref="NewsEventsParquet"/> writes a folder of tables.</summary>
public sealed record ParquetExportOptions
{
    /// <summary>The default number of rows in a row group.</summary>
    public const int DefaultRowGroupSize = 4_096;

    /// <summary>The default memory of the checks across records: 16 MiB.</summary>
    public const int DefaultCheckMemoryBytes = 16 * 1024 * 1024;

    /// <summary>The least memory the checks across records can be given: 4 KiB.</summary>
    public const int LeastCheckMemoryBytes = 4 * 1024;

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
    /// read twice (a file) are checked in memory that does not grow with their number, their ids sorted in a
    /// temporary folder (<see cref="CheckMemoryBytes"/>, <see cref="TemporaryFolder"/>); records read once (a
    /// pipe) hold every id seen, about 80 bytes a record. False checks each record's own rules only, and the
    /// export holds no more than a row group of each table, whatever the number of records: for data already
    /// validated. A dataset given whole is always validated.
    /// </summary>
    public bool ValidateAcrossRecords { get; init; } = true;

    /// <summary>
    /// The memory in which the checks across records of records read twice sort the ids they meet, before
    /// writing them to the temporary folder in sorted runs and merging the runs (at least
    /// <see cref="LeastCheckMemoryBytes"/>; <see cref="DefaultCheckMemoryBytes"/> by default). Less memory
    /// writes more, shorter runs, and merges them in more steps; the result is the same.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than <see cref="LeastCheckMemoryBytes"/>.</exception>
    public int CheckMemoryBytes
    {
        get;
        init
        {
            if (value < LeastCheckMemoryBytes)
            {
                Guard.OutOfRange($"ParquetExportOptions.CheckMemoryBytes must be at least {LeastCheckMemoryBytes}.", nameof(CheckMemoryBytes), value);
            }

            field = value;
        }
    } = DefaultCheckMemoryBytes;

    /// <summary>
    /// The folder in which the checks across records write their sorted runs of ids (about 16 bytes for each
    /// id and each distinct reference of a record, held for the export's length), in a folder of their own
    /// that is removed when the export ends, however it ends; the system's temporary folder when null.
    /// </summary>
    public string? TemporaryFolder { get; init; }
}
