using System.Collections.Immutable;
using NewsEvents.Interop.Countries;
using NewsEvents.Interop.Plover;
using NewsEvents.Interop.Sources;
using NewsEvents.Streaming;

namespace NewsEvents.Interop.Polecat;

/// <summary>
/// Reads POLECAT weekly files (TAB-separated, a header, UTF-8) into NewsEvents records: one event per row
/// (<c>polecat-</c> and its Event ID) with its PLOVER type, modes and status, its actors and recipients (lists, each
/// item with its country, sector, raw name and Wikidata id), its place, and a document for the story it was coded
/// from; every column kept as a source attribute (<see cref="PolecatColumns"/>). Strict by default: the first bad row
/// stops the import with its file and line.
/// </summary>
public sealed class PolecatImporter : EventSourceImporter
{
    /// <summary>The file format, for people.</summary>
    public const string Description = "POLECAT weekly TSV (40 columns)";

    /// <summary>The terms an imported dataset records in its metadata.</summary>
    public const string Terms =
        "POLECAT (Harvard Dataverse doi:10.7910/DVN/AJGVIT): for research and education use only, under the Dataverse's terms; cite the dataset.";

    internal static readonly TabularLayout Layout = new(Description, PolecatColumns.Prefix, PolecatColumns.All, PolecatColumns.OtherSpellings);

    // The place's name: the first of these columns that is not empty.
    private static readonly string[] PlaceNames = ["Placename", "Raw Placename", "City", "District", "Province"];

    private static readonly string[] ActorFields = ["Name", "Country", "COW", "Primary {0} Sector", "{0} Sectors", "{0} Title", "{0} Name Raw", "Wikipedia {0} ID"];

    /// <summary>Creates an importer.</summary>
    /// <param name="options">Strict or lenient, where problems go, the clock of the provenance; the defaults when null.</param>
    public PolecatImporter(ImportOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Whether <paramref name="source"/> starts with the POLECAT header.</summary>
    /// <param name="source">The file.</param>
    /// <returns>True for a POLECAT file.</returns>
    public static bool Detect(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Layout.Detect(source);
    }

    private protected override IEnumerable<JsonLinesRecord> Iterate(IReadOnlyList<ImportSource> sources, DatasetId id, string? title)
    {
        var run = new SourceRun(Options);
        var header = Header(id, title, "Imported from POLECAT by NewsEvents.Interop. Each row's story is a document without text (POLECAT gives its source and date), so events have no evidence spans.", Terms);
        return TabularReader.Read(sources, Layout, run, header, (row, output) => ReadRow(row, run, output), report => Report = report);
    }

    private static void ReadRow(TabularRow row, SourceRun run, List<JsonLinesRecord> output)
    {
        var eventId = SourceValues.Token(row["Event ID"], "Event ID", "POLECAT's event id");
        var date = SourceValues.Day(row["Event Date"], "Event Date");
        var type = row["Event Type"].Trim();
        if (type.Length == 0)
        {
            throw SourceValues.Bad("Event Type", type, "a PLOVER event type");
        }

        var modes = SourceValues.Split(row["Event Mode"], PolecatColumns.ListSeparator);
        SourceValues.Number(row["Intensity"], "Intensity", -10, 10);
        var point = SourceValues.Point(row["Latitude"], row["Longitude"], "Latitude", "Longitude");

        var unaligned = new List<string>();
        var actors = new List<(Actor Actor, ParticipantRole Role)>();
        AddActors(row, "Actor", ParticipantRole.Initiator, actors, unaligned);
        AddActors(row, "Recipient", ParticipantRole.Target, actors, unaligned);
        var document = DocumentOf(row, eventId);

        var notes = unaligned.Count == 0 ? [] : new[] { new SourceAttribute(ImportNotes.Prefix + "unalignedLists", AttributeValue.FromText(string.Join(", ", unaligned))) };
        run.Write(
            new Event
            {
                Id = new EventId(SourceValues.IdOf("polecat-", eventId)),
                Type = PloverEventTypes.For(type),
                Status = PloverModes.StatusOf(modes),
                Time = TimeValue.Day(date),
                Place = PlaceOf(row, point),
                Participants = [.. actors.Select(a => new Participant(a.Actor.Id, a.Role))],
                Codes = [ExternalCode.Plover(type), .. modes.Select(m => new ExternalCode(CodeScheme.PloverMode, m))],
                Evidence = [],
                Attributes = row.Attributes(run.Values, notes),
            },
            document is null ? [] : [document],
            actors.Select(a => a.Actor),
            output);
    }

    /// <summary>
    /// The actors (or recipients) of a row: the items of its name list, each with the items at the same place in the
    /// other lists. A list whose length differs from the names' is not read item by item (that would pair values with
    /// the wrong actor): it stays in its source attribute, and the event names it in <c>newsevents:unalignedLists</c>.
    /// </summary>
    private static void AddActors(TabularRow row, string who, ParticipantRole role, List<(Actor, ParticipantRole)> actors, List<string> unaligned)
    {
        var columns = ActorFields.Select(f => f.Contains("{0}", StringComparison.Ordinal) ? string.Format(System.Globalization.CultureInfo.InvariantCulture, f, who) : $"{who} {f}").ToArray();
        var names = row[columns[0]].Split(PolecatColumns.ListSeparator, StringSplitOptions.TrimEntries);
        if (names is [""])
        {
            return;
        }

        string? Item(string column, int index)
        {
            var items = row[column].Split(PolecatColumns.ListSeparator, StringSplitOptions.TrimEntries);
            if (items is [""])
            {
                return null;
            }

            if (items.Length != names.Length)
            {
                if (!unaligned.Contains(column))
                {
                    unaligned.Add(column);
                }

                return null;
            }

            return items[index].Length == 0 ? null : items[index];
        }

        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i].Length > 0 ? names[i] : throw SourceValues.Bad(columns[0], row[columns[0]], "a list of names without an empty item");
            var country = Item(columns[1], i);
            var sector = Item(columns[3], i) ?? string.Empty;
            var raw = Item(columns[6], i);
            var wikidata = Item(columns[7], i);
            ImmutableArray<ExternalCode> codes = wikidata is not null && IsWikidataId(wikidata) ? [ExternalCode.Wikidata(wikidata)] : [];
            actors.Add((new Actor
            {
                Id = new ActorId(codes.IsEmpty ? SourceValues.IdOf("polecat-actor-", name) : "polecat-actor-" + wikidata),
                Kind = SectorKinds.Of(sector),
                Name = name,
                Aliases = raw is not null && raw != name ? [raw] : [],
                Country = country is null ? null : CountryCodeTables.Cameo.ToIso2(country),
                Codes = codes,
            }, role));
        }
    }

    private static bool IsWikidataId(string text) => text.Length > 1 && text[0] == 'Q' && !text.AsSpan(1).ContainsAnyExceptInRange('0', '9');

    // POLECAT gives no story id: the story an event was coded from is a document of its own, named by the event.
    private static Document? DocumentOf(TabularRow row, string eventId)
    {
        var source = row["Source"].Trim();
        var published = row["Publication Date"].Trim();
        var language = row["Language"].Trim();
        if (source.Length == 0 && published.Length == 0 && language.Length == 0)
        {
            return null;
        }

        return new Document
        {
            Id = new DocumentId(SourceValues.IdOf("polecat-doc-", eventId)),
            Publisher = source.Length == 0 ? null : source,
            Published = published.Length == 0 ? null : TimeValue.Day(SourceValues.Day(published, "Publication Date")),
            Language = language.Length == 0 ? null : language,
        };
    }

    private static Place? PlaceOf(TabularRow row, GeoPoint? point)
    {
        var name = PlaceNames.Select(c => row[c].Trim()).FirstOrDefault(n => n.Length > 0);
        var country = row["Country"].Trim();
        if (name is null && country.Length == 0)
        {
            return point is null ? null : throw new FormatException("Latitude and Longitude are given but no place is named (Placename, City, District, Province and Country are empty).");
        }

        var geoNames = row["GeoNames ID"].Trim();
        if (geoNames.Length > 0 && geoNames.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw SourceValues.Bad("GeoNames ID", geoNames, "a GeoNames id (digits)");
        }

        var iso2 = country.Length == 0 ? null : CountryCodeTables.Cameo.ToIso2(country);
        return new Place
        {
            Name = name ?? country,
            Country = iso2,
            Precision = name is null ? PlacePrecision.Country : PrecisionOf(row["Feature Type"].Trim()),
            Coordinates = point,
            Codes = geoNames.Length == 0 ? [] : [new ExternalCode(CodeScheme.GeoNames, geoNames)],
        };
    }

    /// <summary>The precision of a GeoNames feature code: populated places (PPL…) a city, administrative divisions (ADM…) a region, political entities (PCL…) a country.</summary>
    internal static PlacePrecision? PrecisionOf(string featureType) =>
        featureType.StartsWith("PPL", StringComparison.Ordinal) ? PlacePrecision.City
        : featureType.StartsWith("ADM", StringComparison.Ordinal) ? PlacePrecision.Region
        : featureType.StartsWith("PCL", StringComparison.Ordinal) ? PlacePrecision.Country
        : null;
}
