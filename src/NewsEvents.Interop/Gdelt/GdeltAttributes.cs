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

    // Per layout, the kept columns' positions (from 0) and their attributes, each name checked once here and not on every row.
    private static readonly Dictionary<GdeltLayout, (int Index, SourceAttribute Named)[]> NamedByLayout = KeptByName.ToDictionary(
        pair => pair.Key,
        pair => pair.Value.Select(c => (c.Number - 1, new SourceAttribute(c.AttributeName!, AttributeValue.FromText(string.Empty)))).ToArray());

    // The verbs of quotations get a table of values of their own, past every layout's columns.
    private const int QuotationVerbColumn = 64;

    private readonly ColumnValues _values = new();
    private readonly Dictionary<string, AttributeValue> _files = new(StringComparer.Ordinal);

    /// <summary>The attributes of an event known only from its mentions.</summary>
    public static SourceAttributes EventRowMissing { get; } = [new(EventRowMissingName, True)];

    /// <summary>The attributes of the evidence of a GKG quotation: its offsets are approximate, as a mention's are.</summary>
    public static SourceAttributes QuotationEvidence { get; } = [ApproximateOffsets];

    /// <summary>The attributes of the actor standing for a speaker the source does not name.</summary>
    public static SourceAttributes Unattributed { get; } = [new(UnattributedName, True)];

    /// <summary>The kept columns of <paramref name="layout"/>, in the ordinal order of their attribute names.</summary>
    public static ImmutableArray<GdeltColumn> Kept(GdeltLayout layout) => KeptByName[layout];

    /// <summary>The value column <paramref name="column"/> (from 0) is kept as when its text is <paramref name="text"/>.</summary>
    public AttributeValue ValueOf(int column, ReadOnlySpan<char> text) => _values.Of(column, text);

    /// <summary>The attributes of an events row, with its errata.</summary>
    public SourceAttributes OfEvent(SepReader.Row row, GdeltLayout layout, bool datedBeforeCoverage, bool zeroCoordinates)
    {
        var named = NamedByLayout[layout];
        var attributes = Columns(row, named, (datedBeforeCoverage ? 1 : 0) + (zeroCoordinates ? 1 : 0));
        var count = named.Length;
        if (datedBeforeCoverage)
        {
            attributes[count++] = ImportNotes.DatedBeforeCoverage;
        }

        if (zeroCoordinates)
        {
            attributes[count] = ZeroCoordinates;
        }

        return SourceAttributes.FromOrdered(attributes);
    }

    /// <summary>The attributes of a mentions row: its columns, that its offsets are approximate, where it came from, and whether it repeats a key.</summary>
    public SourceAttributes OfMention(SepReader.Row row, string file, long line, bool repeated)
    {
        var named = NamedByLayout[GdeltLayout.Mentions2];
        var attributes = Columns(row, named, repeated ? 4 : 3);
        var count = named.Length;
        if (!_files.TryGetValue(file, out var fileValue))
        {
            _files[file] = fileValue = AttributeValue.FromText(file);
        }

        // In the ordinal order of the names, after every gdelt: name.
        attributes[count++] = ApproximateOffsets;
        attributes[count++] = new SourceAttribute(FileName, fileValue);
        attributes[count++] = new SourceAttribute(LineName, AttributeValue.FromNumber(line));
        if (repeated)
        {
            attributes[count] = RepeatedMention;
        }

        return SourceAttributes.FromOrdered(attributes);
    }

    /// <summary>The attributes of the document a GKG record became: every column it keeps.</summary>
    public SourceAttributes OfGkgRecord(SepReader.Row row) => SourceAttributes.FromOrdered(Columns(row, NamedByLayout[GdeltLayout.Gkg21], notes: 0));

    /// <summary>The attributes of the statement a GKG quotation became: its verb, as written (often empty).</summary>
    public SourceAttributes OfQuotation(ReadOnlySpan<char> verb) => [new(QuotationVerbName, _values.Of(QuotationVerbColumn, verb))];

    /// <summary>The row's kept columns, in the order of their names, in an array with <paramref name="notes"/> places left after them.</summary>
    private SourceAttribute[] Columns(SepReader.Row row, (int Index, SourceAttribute Named)[] named, int notes)
    {
        var attributes = new SourceAttribute[named.Length + notes];
        for (var i = 0; i < named.Length; i++)
        {
            attributes[i] = named[i].Named.WithValue(ValueOf(named[i].Index, row[named[i].Index].Span));
        }

        return attributes;
    }
}
