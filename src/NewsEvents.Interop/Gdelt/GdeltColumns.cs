using System.Collections.Immutable;

namespace NewsEvents.Interop.Gdelt;

/// <summary>
/// The columns of each GDELT layout, in order, and where each value goes: the one description the importer
/// reads its column positions from, the exporter writes rows back by, and docs/interop.md's table is checked
/// against. Every column either comes back exactly from the model (the event's id, day and CAMEO code) or is kept
/// as a source attribute, exactly as written (<see cref="GdeltColumn.AttributeOf"/>), or (GKG Quotations) comes back
/// from the statements it became; none is dropped.
/// </summary>
public static class GdeltColumns
{
    private const string Event = "event";
    private const string Evidence = "evidence";
    private const string Document = "document";

    /// <summary>The GDELT 2.0 event columns (61).</summary>
    public static ImmutableArray<GdeltColumn> Events2 { get; } = Number(EventColumns(adm2: true, sourceUrl: true));

    /// <summary>The GDELT 1.0 backfile event columns (57): no <c>*_ADM2Code</c>, no <c>SOURCEURL</c>.</summary>
    public static ImmutableArray<GdeltColumn> Events1 { get; } = Number(EventColumns(adm2: false, sourceUrl: false));

    /// <summary>The GDELT 1.0 daily event columns (58): <see cref="Events1"/> and <c>SOURCEURL</c>.</summary>
    public static ImmutableArray<GdeltColumn> Events1WithSourceUrl { get; } = Number(EventColumns(adm2: false, sourceUrl: true));

    /// <summary>The GDELT 2.0 mention columns (16).</summary>
    public static ImmutableArray<GdeltColumn> Mentions2 { get; } = Number(
    [
        ("GLOBALEVENTID", "the event the evidence is attached to", null),
        ("EventTimeDate", null, Evidence),
        ("MentionTimeDate", "document published (UTC, approximate: the 15-minute slot GDELT saw it in)", Evidence),
        ("MentionType", null, Evidence),
        ("MentionSourceName", "document publisher", Evidence),
        ("MentionIdentifier", "document URL (when it is one) and document id (gdelt-doc- and a hash of it)", Evidence),
        ("SentenceID", null, Evidence),
        ("Actor1CharOffset", "evidence start or end (the span from the first to the last offset given)", Evidence),
        ("Actor2CharOffset", "evidence start or end", Evidence),
        ("ActionCharOffset", "evidence start or end", Evidence),
        ("InRawText", null, Evidence),
        ("Confidence", null, Evidence),
        ("MentionDocLen", null, Evidence),
        ("MentionDocTone", null, Evidence),
        ("MentionDocTranslationInfo", null, Evidence),
        ("Extras", null, Evidence),
    ]);

    /// <summary>
    /// The GDELT GKG 2.1 columns (27): a record is a document, its Quotations its statements; every other column is
    /// kept on the document exactly as written (the V2 fields with their character offsets as given).
    /// </summary>
    public static ImmutableArray<GdeltColumn> Gkg21 { get; } = Number(
    [
        ("GKGRECORDID", "document id (gdelt-gkg- and the record id), and its statements' ids", null),
        ("DATE", "document published (UTC, approximate: the 15-minute slot GDELT saw it in)", Document),
        ("SourceCollectionIdentifier", null, Document),
        ("SourceCommonName", "document publisher", Document),
        ("DocumentIdentifier", "document URL (when it is one); mentions and SOURCEURLs of the same identifier share the document", Document),
        ("Counts", null, Document),
        ("V2Counts", null, Document),
        ("Themes", null, Document),
        ("V2Themes", null, Document),
        ("Locations", null, Document),
        ("V2Locations", null, Document),
        ("Persons", null, Document),
        ("V2Persons", null, Document),
        ("Organizations", null, Document),
        ("V2Organizations", null, Document),
        ("V2Tone", null, Document),
        ("Dates", null, Document),
        ("GCAM", null, Document),
        ("SharingImage", null, Document),
        ("RelatedImages", null, Document),
        ("SocialImageEmbeds", null, Document),
        ("SocialVideoEmbeds", null, Document),
        ("Quotations", "statements, one per entry offset|length|verb|quote: the quote is the content (a direct quote), the offset and length the evidence span (approximate; with the quote when their lengths agree), the verb the statement's gdelt:Quotations.Verb; the speaker is the unattributed actor", null),
        ("AllNames", null, Document),
        ("Amounts", null, Document),
        ("TranslationInfo", null, Document),
        ("Extras", null, Document),
    ]);

    /// <summary>The columns of <paramref name="layout"/>.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The columns, in order.</returns>
    public static ImmutableArray<GdeltColumn> Of(GdeltLayout layout) => layout switch
    {
        GdeltLayout.Events2 => Events2,
        GdeltLayout.Events1 => Events1,
        GdeltLayout.Events1WithSourceUrl => Events1WithSourceUrl,
        GdeltLayout.Mentions2 => Mentions2,
        GdeltLayout.Gkg21 => Gkg21,
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "Not a GDELT layout."),
    };

    /// <summary>The layout whose rows have <paramref name="columnCount"/> columns, or <see langword="null"/>.</summary>
    /// <param name="columnCount">The number of columns of a row.</param>
    /// <returns>The layout, or <see langword="null"/>.</returns>
    public static GdeltLayout? LayoutOf(int columnCount) => columnCount switch
    {
        61 => GdeltLayout.Events2,
        57 => GdeltLayout.Events1,
        58 => GdeltLayout.Events1WithSourceUrl,
        16 => GdeltLayout.Mentions2,
        27 => GdeltLayout.Gkg21,
        _ => null,
    };

    /// <summary>The number of the column named <paramref name="name"/> in <paramref name="layout"/>, from 1, or 0 when the layout has no such column.</summary>
    /// <param name="layout">The layout.</param>
    /// <param name="name">The column's name.</param>
    /// <returns>The number, or 0.</returns>
    public static int NumberOf(GdeltLayout layout, string name)
    {
        foreach (var column in Of(layout))
        {
            if (column.Name == name)
            {
                return column.Number;
            }
        }

        return 0;
    }

    private static IEnumerable<(string Name, string? MapsTo, string? AttributeOf)> EventColumns(bool adm2, bool sourceUrl)
    {
        yield return ("GLOBALEVENTID", "event id (gdelt- and the number)", null);
        yield return ("SQLDATE", "event time (a day)", null);
        yield return ("MonthYear", null, Event);
        yield return ("Year", null, Event);
        yield return ("FractionDate", null, Event);
        foreach (var actor in new[] { "Actor1", "Actor2" })
        {
            var role = actor == "Actor1" ? "initiator" : "target";
            yield return ($"{actor}Code", $"actor id and CAMEO actor code; the event's {role}", Event);
            yield return ($"{actor}Name", "actor name", Event);
            yield return ($"{actor}CountryCode", "actor country (ISO 3166 through the CAMEO table); kept as a CAMEO actor code", Event);
            yield return ($"{actor}KnownGroupCode", null, Event);
            yield return ($"{actor}EthnicCode", null, Event);
            yield return ($"{actor}Religion1Code", null, Event);
            yield return ($"{actor}Religion2Code", null, Event);
            yield return ($"{actor}Type1Code", "actor kind", Event);
            yield return ($"{actor}Type2Code", null, Event);
            yield return ($"{actor}Type3Code", null, Event);
        }

        yield return ("IsRootEvent", null, Event);
        yield return ("EventCode", "event CAMEO code; event type; PLOVER type and mode through the CAMEO→PLOVER table", null);
        yield return ("EventBaseCode", "event CAMEO code (when it differs from EventCode)", Event);
        yield return ("EventRootCode", "event CAMEO code (when it differs); written back as the first two digits of EventCode", null);
        yield return ("QuadClass", null, Event);
        yield return ("GoldsteinScale", null, Event);
        yield return ("NumMentions", null, Event);
        yield return ("NumSources", null, Event);
        yield return ("NumArticles", null, Event);
        yield return ("AvgTone", null, Event);
        foreach (var geo in new[] { "Actor1Geo", "Actor2Geo", "ActionGeo" })
        {
            var action = geo == "ActionGeo";
            yield return ($"{geo}_Type", action ? "place precision (1 country, 2 and 5 region, 3 and 4 city); 0 means no place" : null, Event);
            yield return ($"{geo}_FullName", action ? "place name" : null, Event);
            yield return ($"{geo}_CountryCode", action ? "place country (ISO 3166 through the FIPS 10-4 table)" : null, Event);
            yield return ($"{geo}_ADM1Code", null, Event);
            if (adm2)
            {
                yield return ($"{geo}_ADM2Code", null, Event);
            }

            yield return ($"{geo}_Lat", action ? "place coordinates" : null, Event);
            yield return ($"{geo}_Long", action ? "place coordinates" : null, Event);
            yield return ($"{geo}_FeatureID", null, Event);
        }

        yield return ("DATEADDED", "published time of the SOURCEURL document (UTC, approximate)", Event);
        if (sourceUrl)
        {
            yield return ("SOURCEURL", "a document (its URL, or its publisher when the value is not a URL)", Event);
        }
    }

    private static ImmutableArray<GdeltColumn> Number(IEnumerable<(string Name, string? MapsTo, string? AttributeOf)> columns) =>
        [.. columns.Select((c, i) => new GdeltColumn(i + 1, c.Name, c.MapsTo, c.AttributeOf))];
}
