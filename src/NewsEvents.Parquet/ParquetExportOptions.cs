namespace NewsEvents.Parquet;

/// <summary>How <see cref="NewsEventsParquet"/> writes a folder of tables.</summary>
public sealed record ParquetExportOptions
{
    /// <summary>
    /// The default number of rows in a row group. Fuller groups (DuckDB and Spark prefer 100,000 rows and more)
    /// need a larger <see cref="RowMemoryBytes"/>, and raise the export's peak by about three times that memory:
    /// Parquet.Net encodes a group's column chunks whole.
    /// </summary>
    public const int DefaultRowGroupSize = 4_096;

    /// <summary>
    /// The default number of row groups in one file of a table: 64. Parquet.Net holds the metadata of every column
    /// chunk of a file (about 600 bytes each, with its statistics) until it writes the file's footer, so this bounds
    /// that memory (at most 64 groups of the tables' 153 columns, about 6 MB) whatever the number of records.
    /// </summary>
    public const int DefaultRowGroupsPerFile = 64;

    /// <summary>The default memory of the rows the tables hold before writing them: 16 MiB.</summary>
    public const int DefaultRowMemoryBytes = 16 * 1024 * 1024;

    /// <summary>The least memory the tables' rows can be given: 4 KiB.</summary>
    public const int LeastRowMemoryBytes = 4 * 1024;

    /// <summary>The default memory of the checks across records: 16 MiB.</summary>
    public const int DefaultCheckMemoryBytes = 16 * 1024 * 1024;

    /// <summary>The least memory the checks across records can be given: 4 KiB, the least the validator's sorts take (<see cref="NewsEvents.Streaming.JsonLinesValidator.LeastSortMemoryBytes"/>).</summary>
    public const int LeastCheckMemoryBytes = NewsEvents.Streaming.JsonLinesValidator.LeastSortMemoryBytes;

    /// <summary>The options used when none are given.</summary>
    public static ParquetExportOptions Default { get; } = new();

    /// <summary>
    /// The most rows a table holds in memory before writing them as one row group (at least 1;
    /// <see cref="DefaultRowGroupSize"/> by default). A table writes its rows sooner when the tables' rows
    /// together pass <see cref="RowMemoryBytes"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int RowGroupSize
    {
        get;
        init => field = AtLeast(value, 1, nameof(RowGroupSize));
    } = DefaultRowGroupSize;

    /// <summary>
    /// The memory in which the tables together hold the rows they have not yet written, as their columns'
    /// values (at least <see cref="LeastRowMemoryBytes"/>; <see cref="DefaultRowMemoryBytes"/> by default):
    /// when the rows held pass it, the table holding the most writes them as a row group, whatever its number
    /// of rows. The memory of an export's tables is thus bounded in bytes, never by the number of records or
    /// the length of their texts; more memory makes fuller row groups, and fewer of them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than <see cref="LeastRowMemoryBytes"/>.</exception>
    public int RowMemoryBytes
    {
        get;
        init => field = AtLeast(value, LeastRowMemoryBytes, nameof(RowMemoryBytes));
    } = DefaultRowMemoryBytes;

    /// <summary>
    /// The most row groups one file of a table holds (at least 1; <see cref="DefaultRowGroupsPerFile"/> by default).
    /// A table of more row groups goes on in part files: <c>events.parquet</c>, then <c>events-2.parquet</c>,
    /// <c>events-3.parquet</c>…, which DuckDB, Spark and Polars read as one table through the glob
    /// <c>events*.parquet</c> (<see cref="NewsEventsParquet.TableFilePatterns"/>), and
    /// <see cref="NewsEventsParquet.ReadAsync"/> reads back in order. A file's footer lists every row group of every
    /// column, and Parquet.Net holds those entries until the file is complete: more groups in a file make fewer
    /// files and more memory.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int RowGroupsPerFile
    {
        get;
        init => field = AtLeast(value, 1, nameof(RowGroupsPerFile));
    } = DefaultRowGroupsPerFile;

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
        init => field = AtLeast(value, LeastCheckMemoryBytes, nameof(CheckMemoryBytes));
    } = DefaultCheckMemoryBytes;

    /// <summary>
    /// The folder in which the checks across records write their sorted runs of ids (about 16 bytes for each
    /// id and each distinct reference of a record, held for the export's length), in a folder of their own
    /// that is removed when the export ends, however it ends; the system's temporary folder when null.
    /// </summary>
    public string? TemporaryFolder { get; init; }

    /// <summary>The value, when it is at least <paramref name="least"/>; otherwise the rule, stated once for every option.</summary>
    private static int AtLeast(int value, int least, string option)
    {
        if (value < least)
        {
            Guard.OutOfRange($"ParquetExportOptions.{option} must be at least {least}.", option, value);
        }

        return value;
    }
}
