using System.Globalization;
using NewsEvents.Parquet.Tables;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Parquet;

/// <summary>
/// Writes NewsEvents data as a folder of normalized Parquet tables, one file per table named after it
/// (<c>events.parquet</c>, <c>claims.parquet</c>, <c>evidence.parquet</c>…), and reads such a folder back.
/// The tables and their columns are listed in docs/parquet.md.
/// </summary>
/// <remarks>
/// A folder is written whole or not at all: the tables are written into a new folder beside the target,
/// which takes the target's place only once every table is complete (an existing folder of that name is
/// replaced). Data that is not valid NewsEvents is refused with a <see cref="NewsEventsFormatException"/>
/// and leaves nothing behind.
/// </remarks>
public static class NewsEventsParquet
{
    /// <summary>
    /// The file names of the tables of a folder, in the order they are documented: each table's first file. A table
    /// of more row groups than <see cref="ParquetExportOptions.RowGroupsPerFile"/> goes on in part files numbered
    /// from 2 (<c>events-2.parquet</c>, <c>events-3.parquet</c>…), which <see cref="TableFilePatterns"/> match too.
    /// </summary>
    public static IReadOnlyList<string> TableFiles { get; } = [.. ParquetTables.All.Select(t => t.FileName)];

    /// <summary>
    /// For each table, in the order of <see cref="TableFiles"/>, the glob that matches all its files and no other
    /// table's (<c>events*.parquet</c>): DuckDB's <c>read_parquet</c>, Spark's <c>spark.read.parquet</c> and Polars'
    /// <c>read_parquet</c> read the files it matches as one table.
    /// </summary>
    public static IReadOnlyList<string> TableFilePatterns { get; } = [.. ParquetTables.All.Select(t => t.FilePattern)];

    /// <summary>Writes a dataset as a folder of tables.</summary>
    /// <param name="dataset">The dataset; it is validated first.</param>
    /// <param name="folder">The folder to write; replaced if it exists.</param>
    /// <param name="options">How to write; <see cref="ParquetExportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the export; nothing is left behind.</param>
    /// <returns>The number of records written: the dataset's header and each of its entities.</returns>
    /// <exception cref="NewsEventsFormatException">The dataset is not valid, or holds a number the tables cannot hold exactly.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static Task<long> WriteAsync(Dataset dataset, string folder, ParquetExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        NewsEventsJson.ThrowIfInvalid(DatasetValidator.Validate(dataset));
        return WriteAsync(JsonLinesWriter.ToRecords(dataset).ToAsyncEnumerable(), folder, options, validate: false, cancellationToken);
    }

    /// <summary>
    /// Writes records (a header, then entities, as a JSON Lines stream holds them) as a folder of tables, row
    /// group by row group: memory holds at most a row group of each table, whatever the number of records.
    /// The records are validated as they pass, as <see cref="JsonLinesValidator"/> does, in one pass that holds
    /// every id (see <see cref="ParquetExportOptions.ValidateAcrossRecords"/>; records that can be read twice
    /// are checked in flat memory by the overload that reads them).
    /// </summary>
    /// <param name="records">The records, the header first.</param>
    /// <param name="folder">The folder to write; replaced if it exists.</param>
    /// <param name="options">How to write; <see cref="ParquetExportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the export; nothing is left behind.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="NewsEventsFormatException">The records are not a valid dataset.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static Task<long> WriteAsync(IAsyncEnumerable<JsonLinesRecord> records, string folder, ParquetExportOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(records, folder, options, validate: (options ?? ParquetExportOptions.Default).ValidateAcrossRecords, cancellationToken);

    /// <summary>
    /// Writes records that can be read more than once (from files, not a pipe) as a folder of tables, row group
    /// by row group, checking the rules that span records (unless <see cref="ParquetExportOptions.ValidateAcrossRecords"/>
    /// is false) in memory that does not grow with their number: a first pass writes each id defined and each
    /// id referenced, as a 64-bit fingerprint, to sorted runs in a temporary folder
    /// (<see cref="ParquetExportOptions.TemporaryFolder"/>), which are merged to find the ids defined twice and
    /// those referenced and never defined; the second pass checks each record, deciding exactly wherever a
    /// fingerprint could mislead, and writes it; a third reads the statements again only when a claim's
    /// statement was made by someone else, to name them. Memory holds the sorts' buffers
    /// (<see cref="ParquetExportOptions.CheckMemoryBytes"/>), what breaks a rule, and a row group of each table.
    /// </summary>
    /// <param name="readRecords">Reads the records from the start, the header first; called once for each pass, it must give the same records each time.</param>
    /// <param name="folder">The folder to write; replaced if it exists.</param>
    /// <param name="options">How to write; <see cref="ParquetExportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the export; nothing is left behind, in the folder or the temporary one.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="NewsEventsFormatException">The records are not a valid dataset.</exception>
    /// <exception cref="IOException">The folder, or the temporary folder, cannot be written.</exception>
    public static Task<long> WriteAsync(Func<IAsyncEnumerable<JsonLinesRecord>> readRecords, string folder, ParquetExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readRecords);
        options ??= ParquetExportOptions.Default;
        return options.ValidateAcrossRecords
            ? WriteAsync(folder, options, add => CheckAsync(readRecords, add, new JsonLinesValidator { SortMemoryBytes = options.CheckMemoryBytes, TemporaryFolder = options.TemporaryFolder }, cancellationToken), cancellationToken)
            : WriteAsync(readRecords(), folder, options, validate: false, cancellationToken);
    }

    /// <summary>
    /// Writes a JSON Lines stream (a header line, then one entity a line) as a folder of tables, in bounded memory:
    /// a stream that can seek (a file) is read twice, checked in flat memory as
    /// <see cref="WriteAsync(Func{IAsyncEnumerable{JsonLinesRecord}}, string, ParquetExportOptions?, CancellationToken)"/> does.
    /// </summary>
    /// <param name="utf8JsonLines">The JSON Lines, UTF-8, read from where it is.</param>
    /// <param name="folder">The folder to write; replaced if it exists.</param>
    /// <param name="options">How to write; <see cref="ParquetExportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the export; nothing is left behind.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="NewsEventsFormatException">A line is not a valid record, or the records are not a valid dataset.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static Task<long> WriteJsonLinesAsync(Stream utf8JsonLines, string folder, ParquetExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        if (!utf8JsonLines.CanSeek)
        {
            return WriteAsync(JsonLinesReader.ReadAsync(utf8JsonLines, cancellationToken: cancellationToken), folder, options, cancellationToken);
        }

        var start = utf8JsonLines.Position;
        return WriteAsync(
            () =>
            {
                utf8JsonLines.Position = start;
                return JsonLinesReader.ReadAsync(utf8JsonLines, cancellationToken: cancellationToken);
            },
            folder,
            options,
            cancellationToken);
    }

    /// <summary>Checks the records in flat memory as they are written (by <paramref name="add"/>); refuses them if they break a rule.</summary>
    private static async Task CheckAsync(Func<IAsyncEnumerable<JsonLinesRecord>> readRecords, Func<JsonLinesRecord, CancellationToken, ValueTask> add, JsonLinesValidator validator, CancellationToken cancellationToken) =>
        NewsEventsJson.ThrowIfInvalid(await validator.ValidateRecordsAsync(readRecords, add, cancellationToken).ConfigureAwait(false));

    /// <summary>Reads a folder of tables back into the dataset it was written from.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The dataset, validated.</returns>
    /// <exception cref="NewsEventsFormatException">
    /// A table is missing, is not Parquet, lacks a column or has one of another type, holds a value the format
    /// does not allow, or names an item the folder does not hold; the message names the file, the table, the
    /// column and the row.
    /// </exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static Task<Dataset> ReadAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        return FolderReader.ReadAsync(folder, cancellationToken);
    }

    private static Task<long> WriteAsync(IAsyncEnumerable<JsonLinesRecord> records, string folder, ParquetExportOptions? options, bool validate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return WriteAsync(folder, options, async add =>
        {
            var validator = validate ? new JsonLinesValidator() : null;
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                validator?.Add(record);
                await add(record, cancellationToken).ConfigureAwait(false);
            }

            if (validator is not null)
            {
                NewsEventsJson.ThrowIfInvalid(validator.Complete());
            }
        }, cancellationToken);
    }

    /// <summary>Writes the records that <paramref name="fill"/> hands to the writer it is given, into a new folder that takes the target's place once complete.</summary>
    private static async Task<long> WriteAsync(string folder, ParquetExportOptions? options, Func<Func<JsonLinesRecord, CancellationToken, ValueTask>, Task> fill, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        options ??= ParquetExportOptions.Default;
        var target = Path.GetFullPath(folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        if (File.Exists(target))
        {
            throw new IOException($"{folder}: is a file; the tables are written to a folder.");
        }

        var partial = NewSibling(target, "partial");
        Directory.CreateDirectory(partial);
        try
        {
            long count;
            var writer = await FolderWriter.CreateAsync(partial, options, cancellationToken).ConfigureAwait(false);
            await using (writer.ConfigureAwait(false))
            {
                await fill(writer.AddAsync).ConfigureAwait(false);
                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
                count = writer.RecordCount;
            }

            Replace(target, partial);
            return count;
        }
        catch
        {
            ScratchFolder.DeleteQuietly(partial);
            throw;
        }
    }

    /// <summary>Puts the complete folder in the target's place; a folder already there is moved aside first and removed after.</summary>
    private static void Replace(string target, string complete)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(complete, target);
            return;
        }

        var old = NewSibling(target, "old");
        Directory.Move(target, old);
        try
        {
            Directory.Move(complete, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }

        ScratchFolder.DeleteQuietly(old);
    }

    private static string NewSibling(string target, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{target}.{what}-{Guid.NewGuid():N}");
}
