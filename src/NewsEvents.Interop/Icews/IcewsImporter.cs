using System.Collections.Immutable;
using NewsEvents.Interop.Cameo;
using NewsEvents.Interop.Sources;
using NewsEvents.Streaming;

namespace NewsEvents.Interop.Icews;

/// <summary>
/// Reads ICEWS coded event files (TAB-separated, a header, UTF-8) into NewsEvents records: one event per row, its
/// source and target actors, a document per story, and every column kept as a source attribute (<see cref="IcewsColumns"/>).
/// ICEWS's Event ID is unique only with its date, so the event's id is <c>icews-</c>, the id, <c>-</c> and the date.
/// Strict by default: the first bad row stops the import with its file and line.
/// </summary>
public sealed class IcewsImporter : EventSourceImporter
{
    /// <summary>The file format, for people.</summary>
    public const string Description = "ICEWS coded event TSV (20 columns)";

    /// <summary>The terms an imported dataset records in its metadata.</summary>
    public const string Terms =
        "ICEWS Coded Event Data, Harvard Dataverse (doi:10.7910/DVN/28075), under the Dataverse's terms of use: cite the dataset. "
        + "The CAMEO to PLOVER table (openeventdata/PLOVER) is CC BY-SA 4.0.";

    internal static readonly TabularLayout Layout = new(Description, IcewsColumns.Prefix, IcewsColumns.All);

    /// <summary>Creates an importer.</summary>
    /// <param name="options">Strict or lenient, where problems go, the clock of the provenance; the defaults when null.</param>
    public IcewsImporter(ImportOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Whether <paramref name="source"/> starts with the ICEWS header.</summary>
    /// <param name="source">The file.</param>
    /// <returns>True for an ICEWS file.</returns>
    public static bool Detect(ImportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Layout.Detect(source);
    }

    private protected override IEnumerable<JsonLinesRecord> Iterate(IReadOnlyList<ImportSource> sources, DatasetId id, string? title)
    {
        var run = new SourceRun(Options);
        var header = Header(id, title, "Imported from ICEWS by NewsEvents.Interop. Country names are kept as ICEWS writes them (source attributes); stories are documents without text, so events have no evidence spans.", Terms, new Codebook { Name = "CAMEO", Version = "1.1b3" }, new Codebook { Name = "CAMEO2PLOVER", Version = CameoPloverTable.Default.Version });
        return TabularReader.Read(sources, Layout, run, header, (row, output) => ReadRow(row, run, output), report => Report = report);
    }

    private static void ReadRow(TabularRow row, SourceRun run, List<JsonLinesRecord> output)
    {
        var eventId = SourceValues.Token(row["Event ID"], "Event ID", "ICEWS's event id");
        var date = SourceValues.Day(row["Event Date"], "Event Date");
        var cameo = row["CAMEO Code"];
        if (cameo.Length is < 2 or > 4 || cameo.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw SourceValues.Bad("CAMEO Code", cameo, "a CAMEO event code (two to four digits)");
        }

        SourceValues.Number(row["Intensity"], "Intensity", -10, 10);
        var point = SourceValues.Point(row["Latitude"], row["Longitude"], "Latitude", "Longitude");

        var actors = new List<(Actor Actor, ParticipantRole Role)>();
        AddActor(actors, row["Source Name"], row["Source Sectors"], row["Source Country"], ParticipantRole.Initiator);
        AddActor(actors, row["Target Name"], row["Target Sectors"], row["Target Country"], ParticipantRole.Target);
        var storyId = row["Story ID"].Trim();
        var publisher = row["Publisher"].Trim();
        Document[] documents = storyId.Length == 0
            ? []
            : [new Document { Id = new DocumentId(SourceValues.IdOf("icews-story-", storyId)), Publisher = publisher.Length == 0 ? null : publisher }];

        var codes = ImmutableArray.CreateBuilder<ExternalCode>();
        codes.Add(ExternalCode.Cameo(cameo));
        if (cameo.Length > 2)
        {
            codes.Add(ExternalCode.Cameo(cameo[..2]));
        }

        if (CameoPloverTable.Default.Find(cameo) is { } plover)
        {
            codes.Add(ExternalCode.Plover(plover.EventType));
            if (plover.Mode is { } mode)
            {
                codes.Add(new ExternalCode(CodeScheme.PloverMode, mode));
            }
        }

        run.Write(
            new Event
            {
                Id = new EventId(SourceValues.IdOf("icews-", string.Concat(eventId, "-", row["Event Date"]))),
                Type = CameoEventTypes.For(cameo),
                Status = EventStatus.Occurred,
                Time = TimeValue.Day(date),
                Place = PlaceOf(row, point),
                Participants = [.. actors.Select(a => new Participant(a.Actor.Id, a.Role))],
                Codes = codes.ToImmutable(),
                Attributes = row.Attributes(run.Values),
            },
            documents,
            actors.Select(a => a.Actor),
            output);
    }

    // The finest place named: the city, else the district, the province, the country (a name; ICEWS gives no codes).
    private static Place? PlaceOf(TabularRow row, GeoPoint? point)
    {
        foreach (var (column, precision) in new[] { ("City", PlacePrecision.City), ("District", PlacePrecision.Region), ("Province", PlacePrecision.Region), ("Country", PlacePrecision.Country) })
        {
            var name = row[column].Trim();
            if (name.Length > 0)
            {
                return new Place { Name = name, Precision = precision, Coordinates = point };
            }
        }

        return point is null ? null : throw new FormatException("Latitude and Longitude are given but no place is named (City, District, Province and Country are empty).");
    }

    private static void AddActor(List<(Actor, ParticipantRole)> actors, string name, string sectors, string country, ParticipantRole role)
    {
        name = name.Trim();
        if (name.Length > 0)
        {
            actors.Add((new Actor { Id = new ActorId(SourceValues.IdOf("icews-actor-", name)), Kind = KindOf(name, sectors, country), Name = name }, role));
        }
    }

    /// <summary>The kind of an ICEWS actor: a country's own name is the state, any other actor's kind comes from its sectors.</summary>
    internal static ActorKind KindOf(string name, string sectors, string country) =>
        name == country.Trim() ? ActorKind.State : SectorKinds.Of(sectors);
}
