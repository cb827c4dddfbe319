using NewsEvents.Streaming;

namespace NewsEvents.Interop.Sources;

/// <summary>
/// What the POLECAT, PLOVER and ICEWS importers share: strict or lenient reading through <see cref="ImportOptions"/>,
/// the records streamed as they are read (a header with the provenance first), one dataset in memory, or JSON Lines.
/// </summary>
public abstract class EventSourceImporter
{
    private protected EventSourceImporter(ImportOptions? options) => Options = options ?? new ImportOptions();

    /// <summary>What the last import read, complete once its records were enumerated.</summary>
    public SourceImportReport Report { get; private protected set; } = new();

    private protected ImportOptions Options { get; }

    /// <summary>Reads the files as JSON Lines records: a header with the provenance, then documents, actors and events as they are read.</summary>
    /// <param name="sources">The files.</param>
    /// <param name="id">The dataset's id.</param>
    /// <param name="title">The dataset's title, if any.</param>
    /// <returns>The records, made as they are enumerated.</returns>
    /// <exception cref="NewsEventsFormatException">In a strict import, at the first bad row or file: its file, line and reason.</exception>
    public IEnumerable<JsonLinesRecord> ReadRecords(IReadOnlyList<ImportSource> sources, DatasetId id, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return Iterate(sources, id, title);
    }

    /// <summary>Reads the files into one dataset in memory.</summary>
    /// <param name="sources">The files.</param>
    /// <param name="id">The dataset's id.</param>
    /// <param name="title">The dataset's title, if any.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="NewsEventsFormatException">In a strict import, at the first bad row or file.</exception>
    public Dataset ReadDataset(IReadOnlyList<ImportSource> sources, DatasetId id, string? title = null) =>
        JsonLinesReader.ToDataset(ReadRecords(sources, id, title), validate: false);

    /// <summary>Streams the files to JSON Lines.</summary>
    /// <param name="sources">The files.</param>
    /// <param name="utf8Output">Where the lines go.</param>
    /// <param name="id">The dataset's id.</param>
    /// <param name="title">The dataset's title, if any.</param>
    /// <returns>The number of lines written.</returns>
    /// <exception cref="NewsEventsFormatException">In a strict import, at the first bad row or file.</exception>
    public long WriteJsonLines(IReadOnlyList<ImportSource> sources, Stream utf8Output, DatasetId id, string? title = null) =>
        JsonLinesWriter.Write(utf8Output, ReadRecords(sources, id, title));

    /// <summary>The header of an import: the dataset's id and title, and the provenance every import records (the files are added as they are found).</summary>
    private protected JsonLinesHeader Header(DatasetId id, string? title, string description, string license, params Codebook[] codebooks) => new()
    {
        Id = id,
        Title = title,
        Metadata = new DatasetMetadata { Description = description, Coded = Options.CodedNow(), License = license, Codebooks = [.. codebooks] },
    };

    private protected abstract IEnumerable<JsonLinesRecord> Iterate(IReadOnlyList<ImportSource> sources, DatasetId id, string? title);
}
