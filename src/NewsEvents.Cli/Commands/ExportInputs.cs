using System.Runtime.CompilerServices;
using NewsEvents.Streaming;

namespace NewsEvents.Cli.Commands;

/// <summary>
/// The inputs of an export, read as the parts of one dataset: the first input's header names it, the other
/// inputs must name the same dataset, and their entities follow in order. JSON Lines are read a record at a
/// time; a .json document is read whole (up to the reader's document limit), unvalidated, since a part may
/// refer to another: the export validates the whole.
/// </summary>
internal sealed class ExportInputs
{
    public ExportInputs(IReadOnlyList<string> paths, bool validateAcrossRecords = true)
    {
        ValidateAcrossRecords = validateAcrossRecords;
        foreach (var path in paths)
        {
            DatasetFiles.CheckExists(path);
        }

        Paths = paths;
        TotalBytes = paths.Sum(p => new FileInfo(p).Length);
    }

    public IReadOnlyList<string> Paths { get; }

    /// <summary>Whether the rules that span records are checked too, not only each record's own.</summary>
    public bool ValidateAcrossRecords { get; }

    /// <summary>The size of all the inputs, for the progress display.</summary>
    public long TotalBytes { get; }

    /// <summary>The input being read, while one is; a problem found then is that input's.</summary>
    public string? Current { get; private set; }

    /// <summary>The records of every input in order, the first header only; <paramref name="progress"/> is told the bytes read so far.</summary>
    public async IAsyncEnumerable<JsonLinesRecord> ReadAsync(Action<long> progress, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        DatasetId? id = null;
        var before = 0L;
        foreach (var path in Paths)
        {
            Current = path;
            var jsonLines = DataFormats.Of(path) == DataFormat.JsonLines;
            var stream = jsonLines ? DatasetFiles.OpenRead(path) : Stream.Null;
            await using (stream.ConfigureAwait(false))
            {
                var records = jsonLines
                    ? JsonLinesReader.ReadAsync(stream, cancellationToken: cancellationToken)
                    : JsonLinesWriter.ToRecords(DatasetFiles.Load(path, validate: false)).ToAsyncEnumerable();
                var count = 0L;
                await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    if (record.Header is { } header)
                    {
                        if (id is { } first && header.Id != first)
                        {
                            throw CliException.InvalidData($"{path}: names the dataset '{header.Id}', not '{first}' as {Paths[0]} does; the inputs of one export are parts of one dataset.");
                        }

                        var isFirst = id is null;
                        id = header.Id;
                        if (!isFirst)
                        {
                            continue;
                        }
                    }

                    yield return record;
                    if (jsonLines && ++count % 1024 == 0)
                    {
                        progress(before + stream.Position);
                    }
                }
            }

            before += new FileInfo(path).Length;
            progress(before);
        }

        Current = null;
    }

    /// <summary>
    /// The records of <see cref="ReadAsync"/>, each checked by its own rules as it is read and, unless only those are
    /// asked for (<see cref="ValidateAcrossRecords"/>), all by the rules that span records once the last was read.
    /// </summary>
    /// <exception cref="CliException">(At the end) the data broke a rule that spans records.</exception>
    public async IAsyncEnumerable<JsonLinesRecord> ReadValidatedAsync(Action<long> progress, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var validator = ValidateAcrossRecords ? new JsonLinesValidator() : null;
        await foreach (var record in ReadAsync(progress, cancellationToken).ConfigureAwait(false))
        {
            validator?.Add(record);
            yield return record;
        }

        if (validator?.Complete() is { IsValid: false } report)
        {
            throw DatasetFiles.NotValid(string.Join(", ", Paths), report, string.Join(" ", Paths));
        }
    }
}
