using System.Collections.Immutable;
using nietras.SeparatedValues;

namespace NewsEvents.Interop.Gdelt;

/// <summary>
/// The source attributes of imported GDELT rows: every column <see cref="GdeltColumns"/> marks as kept, exactly as
/// written (<see cref="ColumnValues"/>), and the importer's own notes under the prefix <c>newsevents:</c> (errata, approximate offsets, where a mention
/// came from). The exporter writes the rows back from them.
/// </summary>
internal sealed class GdeltAttributes
{
    private const string NotePrefix = ImportNotes.Prefix;

    /// <summary>An event whose GDELT row was not imported, known only from its mentions.</summary>
    public const string EventRowMissingName = NotePrefix + "eventRowMissing";

    /// <summary>The file a mention was read from.</summary>
    public const string FileName = NotePrefix + "file";

    /// <summary>The line of that file the mention was read from, counted from 1.</summary>
    public const string LineName = NotePrefix + "line";

    private static readonly AttributeValue True = AttributeValue.FromBoolean(true);
    private static readonly SourceAttribute ZeroCoordinates = new(NotePrefix + "zeroCoordinates", True);
    private static readonly SourceAttribute ApproximateOffsets = new(NotePrefix + "approximateOffsets", True);
    private static readonly SourceAttribute RepeatedMention = new(NotePrefix + "repeatedMention", True);

    /// <summary>The verb of a GKG quotation, kept on the statement it became.</summary>
    public const string QuotationVerbName = "gdelt:Quotations.Verb";

    /// <summary>The note on the actor that speaks the statements whose speaker the source does not give.</summary>
    public const string UnattributedName = NotePrefix + "unattributed";

    private static readonly Dictionary<GdeltLayout, ImmutableArray<GdeltColumn>> KeptByName = Enum.GetValues<GdeltLayout>().ToDictionary(
        layout => layout,
        layout => GdeltColumns.Of(layout).Where(c => c.AttributeName is not null).OrderBy(c => c.AttributeName, StringComparer.Ordinal).ToImmutableArray());

    private readonly ColumnValues _values = new();
    private readonly Dictionary<string, AttributeValue> _files = new(StringComparer.Ordinal);
    private SourceAttribute[] _scratch = new SourceAttribute[64];

    /// <summary>The attributes of an event known only from its mentions.</summary>
    public static SourceAttributes EventRowMissing { get; } = [new(EventRowMissingName, True)];

    /// <summary>The attributes of the evidence of a GKG quotation: its offsets are approximate, as a mention's are.</summary>
    public static SourceAttributes QuotationEvidence { get; } = [ApproximateOffsets];

    /// <summary>The attributes of the actor standing for a speaker the source does not name.</summary>
    public static SourceAttributes Unattributed { get; } = [new(UnattributedName, True)];

        /// <summary>The kept columns of <paramref name="layout"/>, in the ordinal order of their attribute names.</summary>
    public static ImmutableArray<GdeltColumn> Kept(GdeltLayout layout) => KeptByName[layout];

    /// <summary>The attributes of an events row, with its errata.</summary>
    public SourceAttributes OfEvent(SepReader.Row row, GdeltLayout layout, bool datedBeforeCoverage, bool zeroCoordinates)
    {
        var count = Columns(row, layout);
        if (datedBeforeCoverage)
        {
            _scratch[count++] = ImportNotes.DatedBeforeCoverage;
        }

        if (zeroCoordinates)
        {
            _scratch[count++] = ZeroCoordinates;
        }

        return SourceAttributes.Create(_scratch.AsSpan(0, count));
    }

    /// <summary>The attributes of a mentions row: its columns, that its offsets are approximate, where it came from, and whether it repeats a key.</summary>
    public SourceAttributes OfMention(SepReader.Row row, string file, long line, bool repeated)
    {
        var count = Columns(row, GdeltLayout.Mentions2);
        if (!_files.TryGetValue(file, out var fileValue))
        {
            _files[file] = fileValue = AttributeValue.FromText(file);
        }

        // In the ordinal order of the names, after every gdelt: name.
        _scratch[count++] = ApproximateOffsets;
        _scratch[count++] = new SourceAttribute(FileName, fileValue);
        _scratch[count++] = new SourceAttribute(LineName, AttributeValue.FromNumber(line));
        if (repeated)
        {
            _scratch[count++] = RepeatedMention;
        }

        return SourceAttributes.Create(_scratch.AsSpan(0, count));
    }

    /// <summary>The attributes of the document a GKG record became: every column it keeps.</summary>
    public SourceAttributes OfGkgRecord(SepReader.Row row) => SourceAttributes.Create(_scratch.AsSpan(0, Columns(row, GdeltLayout.Gkg21)));

    /// <summary>The attributes of the statement a GKG quotation became: its verb, as written (often empty).</summary>
    public SourceAttributes OfQuotation(ReadOnlySpan<char> verb) => [new(QuotationVerbName, _values.Of(verb))];

        /// <summary>Puts the kept columns of the row into the scratch space, in the order of their names; returns how many.</summary>
    private int Columns(SepReader.Row row, GdeltLayout layout)
    {
        var kept = KeptByName[layout];
        if (_scratch.Length < kept.Length + 4)
        {
            _scratch = new SourceAttribute[kept.Length + 4];
        }

        for (var i = 0; i < kept.Length; i++)
        {
            _scratch[i] = new SourceAttribute(kept[i].AttributeName!, _values.Of(row[kept[i].Number - 1].Span));
        }

        return kept.Length;
    }
}
