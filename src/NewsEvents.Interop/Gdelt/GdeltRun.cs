using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NewsEvents.Interop.Cameo;
using NewsEvents.Interop.Countries;
using NewsEvents.Streaming;
using nietras.SeparatedValues;
using NodaTime;

namespace NewsEvents.Interop.Gdelt;

/// <summary>
/// The state of one import: the ids already written (events, actors, documents), the evidence waiting for its
/// event, the caches of codes, and the counts. A row is checked and built whole before anything of it is
/// registered, so that a bad row left out by a lenient import leaves no trace.
/// </summary>
internal sealed class GdeltRun(ImportOptions options)
{
    public const string NotUtf8 = "The file is not UTF-8 text (GDELT files are UTF-8; a UTF-16 file must be converted first).";

    private readonly HashSet<long> _events = [];
    private readonly Dictionary<string, KnownActor> _actors = new(StringComparer.Ordinal);

    // The participants of the last pairs of actors seen, a slot per pair: GDELT repeats its pairs (the same two
    // countries, a government and its people) and a pair's array, immutable, serves every event of the pair.
    private readonly (KnownActor? Initiator, KnownActor? Target, ImmutableArray<Participant> Participants)[] _pairs = new (KnownActor?, KnownActor?, ImmutableArray<Participant>)[1 << PairBits];
    private const int PairBits = 10;
    private readonly TextKey _key = new();

    // Per geo (Actor1Geo, Actor2Geo, ActionGeo), the places made from the text of its columns: GDELT names the same
    // places again and again, and a text already read is neither parsed nor checked again.
    private readonly TextTable<Place?>[] _places = [new(10), new(10), new(10)];
    // Documents by the hash their id is made of: an id is its hash, so this holds no strings. Kept as two halves: an
    // entry of a UInt128, aligned on 16 bytes, takes 32 bytes; of two ulongs, 24.
    private readonly HashSet<(ulong High, ulong Low)> _documents = [];

    // The ids of the documents last named, a slot per hash: the events of one article, and its mentions, come close
    // together, and its id is made once for them, not once per row.
    private readonly ((ulong High, ulong Low) Hash, DocumentId Id)[] _recentDocumentIds = new ((ulong, ulong), DocumentId)[1 << RecentDocumentBits];
    private const int RecentDocumentBits = 10;

    // The documents of GKG records by the hash of their identifier: their ids are the records', not the identifier's.
    private readonly Dictionary<(ulong High, ulong Low), DocumentId> _gkgDocuments = [];
    private readonly HashSet<(long Event, DocumentId Document, int Sentence)> _mentionKeys = [];
    private readonly Dictionary<long, List<Evidence>> _pending = [];
    private readonly GdeltAttributes _attributes = new();
    private readonly GkgReader _gkg = new();
    private long _gkgDocumentsOfKnownIdentifiers;
    private readonly Dictionary<string, EventCodes> _eventCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExternalCode?> _actorCodes = new(StringComparer.Ordinal);
    private long _eventCount;
    private long _repeatedEvents;
    private long _evidence;
    private long _repeatedMentions;
    private readonly Dictionary<LocalDate, TimeValue> _days = [];
    private readonly Dictionary<LocalDate, TimeValue> _approximateDays = [];
    private (Instant Moment, TimeValue Value) _lastSlot;
    private long _zeroCoordinates;
    private long _unmatched;
    private long _datedBeforeCoverage;

    private const int MentionSourceNameColumn = 4;
    private static readonly (int Column, string Name)[] MentionOffsetColumns = [(7, "Actor1CharOffset"), (8, "Actor2CharOffset"), (9, "ActionCharOffset")];

    // A place whose columns run longer than any real one (a damaged row) is not kept: the table keeps its memory small.
    private const int MaxPlaceKeyLength = 512;

    // GDELT's events begin in 1979: an earlier SQLDATE is an erratum (1920 written for 2020), kept and counted.
    private const int FirstYearCovered = 1979;

    public static string UnknownColumnCount(int count) => count == GkgReader.Gkg1ColumnCount
        ? GkgReader.Gkg1NotImported
        : string.Create(CultureInfo.InvariantCulture,
            $"The row has {count} columns; GDELT 2.0 events have 61, GDELT 1.0 events 57 or 58 (with SOURCEURL), GDELT 2.0 mentions 16, GDELT GKG 2.1 27.");

    public void Problem(ImportProblem problem) => options.Raise(problem);

    public GdeltImportReport Report(IEnumerable<GdeltFileReport> files) => new()
    {
        Files = [.. files],
        Events = _eventCount,
        RepeatedEvents = _repeatedEvents,
        Actors = _actors.Count + _gkg.Actors,
        Documents = _documents.Count + _gkgDocuments.Count + _gkgDocumentsOfKnownIdentifiers,
        Evidence = _evidence,
        RepeatedMentions = _repeatedMentions,
        UnmatchedEvidence = _unmatched,
        ZeroCoordinates = _zeroCoordinates,
        DatedBeforeCoverage = _datedBeforeCoverage,
        GkgRecords = _gkg.Records,
        RepeatedGkgRecords = _gkg.RepeatedRecords,
        Statements = _gkg.Statements,
    };

    /// <summary>Reads the next row into <paramref name="output"/> (nothing for a bad row); false at the end of the file.</summary>
    public bool ReadRow(SepRows rows, FileState file, List<JsonLinesRecord> output)
    {
        var step = rows.MoveNext();
        if (step is SepRows.Step.End or SepRows.Step.NotDecodable)
        {
            // A file that stops decoding is one bad row (a lenient import goes on with the next file).
            file.BadRows += step == SepRows.Step.NotDecodable ? 1 : 0;
            return false;
        }

        file.Rows++;
        if (step == SepRows.Step.TooLong)
        {
            file.BadRows++;
            return true;
        }

        try
        {
            Read(rows.Current, file, output);
        }
        catch (Exception e) when (e is GdeltRowException or ArgumentException)
        {
            output.Clear();
            file.BadRows++;
            Problem(new ImportProblem(file.Name, rows.Line, e.Message));
        }

        return true;
    }

    private void Read(SepReader.Row row, FileState file, List<JsonLinesRecord> output)
    {
        if (row.Span.Contains('\0'))
        {
            throw new GdeltRowException("The row holds a NUL character: the file is not UTF-8 text (a UTF-16 file without a byte order mark?).");
        }

        var layout = GdeltColumns.LayoutOf(row.ColCount);
        if (layout is null)
        {
            throw new GdeltRowException(UnknownColumnCount(row.ColCount));
        }

        // A row of another layout than its file's is a damaged row, not a change of layout: reading it by its own
        // count would shift its columns. GDELT 1.0 files mix the 57- and 58-column forms.
        if (layout != file.Layout && !(IsEvents1(layout.Value) && IsEvents1(file.Layout)))
        {
            throw new GdeltRowException(string.Create(CultureInfo.InvariantCulture,
                $"The row has {row.ColCount} columns but the file is {GdeltImporter.Describe(file.Layout)}."));
        }

        if (layout == GdeltLayout.Mentions2)
        {
            ReadMention(row, file, output);
        }
        else if (layout == GdeltLayout.Gkg21)
        {
            ReadGkgRecord(row, output);
        }
        else
        {
            ReadEvent(row, layout.Value, output);
        }
    }

    private static bool IsEvents1(GdeltLayout layout) => layout is GdeltLayout.Events1 or GdeltLayout.Events1WithSourceUrl;

    private void ReadMention(SepReader.Row row, FileState file, List<JsonLinesRecord> output)
    {
        var eventNumber = GdeltValues.Id(row[0].Span, "GLOBALEVENTID");
        GdeltValues.Moment(row[1].Span, "EventTimeDate");
        var seen = GdeltValues.Moment(row[2].Span, "MentionTimeDate");
        GdeltValues.Integer(row[3].Span, "MentionType", 1, 6);
        var sourceName = row[MentionSourceNameColumn].Span;
        var identifier = row[5].Span;
        if (identifier.IsWhiteSpace())
        {
            throw GdeltValues.Bad("MentionIdentifier", identifier, "the mentioning document's URL or identifier");
        }

        var sentence = GdeltValues.Integer(row[6].Span, "SentenceID", 0, int.MaxValue);
        var start = int.MaxValue;
        var end = -1;
        foreach (var (column, name) in MentionOffsetColumns)
        {
            var offset = GdeltValues.Integer(row[column].Span, name, -1, int.MaxValue);
            if (offset >= 0)
            {
                start = Math.Min(start, offset);
                end = Math.Max(end, offset);
            }
        }

        if (end < 0)
        {
            throw new GdeltRowException("The mention gives no character offset (Actor1CharOffset, Actor2CharOffset and ActionCharOffset are all -1).");
        }

        GdeltValues.Integer(row[10].Span, "InRawText", 0, 1);
        GdeltValues.Integer(row[11].Span, "Confidence", 0, 100);
        GdeltValues.Integer(row[12].Span, "MentionDocLen", 0, int.MaxValue);
        GdeltValues.Number(row[13].Span, "MentionDocTone", -100, 100);

        // The publisher's name is also kept as a source attribute: one string serves both.
        var publisher = sourceName.IsWhiteSpace() ? null : _attributes.ValueOf(MentionSourceNameColumn, sourceName).Text;
        var document = FindOrMakeDocument(row, 5, publisher, Slot(seen), output);

        // The same sentence of the same document mentioning the same event again (GDELT repeats a mention, with the
        // actors' offsets swapped or another confidence): kept as a row of its own, marked, so that nothing is lost.
        var repeated = !_mentionKeys.Add((eventNumber, document, sentence));
        if (repeated)
        {
            _repeatedMentions++;
        }

        var evidence = new Evidence(document, start, end) { Attributes = _attributes.OfMention(row, file.Name, file.Rows, repeated) };
        if (!_pending.TryGetValue(eventNumber, out var list))
        {
            _pending[eventNumber] = list = [];
        }

        list.Add(evidence);
        _evidence++;
    }

    /// <summary>
    /// A GKG record's document is the document of its identifier for the rest of the import (GKG files are read
    /// first), so that mentions and SOURCEURLs of the same article point at it; a second record of an identifier
    /// keeps a document of its own.
    /// </summary>
    private void ReadGkgRecord(SepReader.Row row, List<JsonLinesRecord> output)
    {
        if (_gkg.Read(row, Slot, output) is { } document && !_gkgDocuments.TryAdd(Halves(StableHash.Of(document.Identifier)), document.Id))
        {
            _gkgDocumentsOfKnownIdentifiers++;
        }
    }

    /// <summary>
    /// The events that only mentions named: each is written with its mentions' evidence and marked
    /// <c>newsevents:eventRowMissing</c>, so that no mention is dropped; its GDELT row was not among the files imported.
    /// </summary>
    public void WriteEventsKnownOnlyFromMentions(List<JsonLinesRecord> output)
    {
        foreach (var (number, evidence) in _pending.OrderBy(p => p.Key))
        {
            output.Add(JsonLinesRecord.From(new Event
            {
                Id = new EventId(string.Concat("gdelt-", number.ToString(CultureInfo.InvariantCulture))),
                Type = EventType.Other,
                Status = EventStatus.Occurred,
                Evidence = [.. evidence],
                Attributes = GdeltAttributes.EventRowMissing,
            }));
            _unmatched += evidence.Count;
        }

        _pending.Clear();
    }

    private void ReadEvent(SepReader.Row row, GdeltLayout layout, List<JsonLinesRecord> output)
    {
        var columns = GdeltEventColumns.For(layout);
        var idText = row[columns.Id].Span;
        var number = GdeltValues.Id(idText, "GLOBALEVENTID");
        var day = GdeltValues.Day(row[columns.SqlDate].Span, "SQLDATE");
        GdeltValues.Integer(row[columns.MonthYear].Span, "MonthYear", 0, 999912);
        GdeltValues.Integer(row[columns.Year].Span, "Year", 0, 9999);
        GdeltValues.Number(row[columns.FractionDate].Span, "FractionDate", 0, 10000);
        GdeltValues.Integer(row[columns.IsRootEvent].Span, "IsRootEvent", 0, 1);
        var codes = EventCodesOf(row[columns.EventCode].Span, row[columns.EventBaseCode].Span, row[columns.EventRootCode].Span);
        GdeltValues.Integer(row[columns.QuadClass].Span, "QuadClass", 1, 4);
        GdeltValues.Number(row[columns.GoldsteinScale].Span, "GoldsteinScale", -10, 10);
        GdeltValues.Integer(row[columns.NumMentions].Span, "NumMentions", 0, int.MaxValue);
        GdeltValues.Integer(row[columns.NumSources].Span, "NumSources", 0, int.MaxValue);
        GdeltValues.Integer(row[columns.NumArticles].Span, "NumArticles", 0, int.MaxValue);
        GdeltValues.Number(row[columns.AvgTone].Span, "AvgTone", -100, 100);
        Place? place = null;
        for (var i = 0; i < columns.Geos.Length; i++)
        {
            place = ReadGeo(row, columns.Geos[i], _places[i]);
        }

        var added = columns.DateAddedIsMoment
            ? Slot(GdeltValues.Moment(row[columns.DateAdded].Span, "DATEADDED"))
            : DayOf(GdeltValues.Day(row[columns.DateAdded].Span, "DATEADDED"), approximate: true);

        var actor1 = ReadActor(row, columns.Actors[0]);
        var actor2 = ReadActor(row, columns.Actors[1]);
        if (!_events.Add(number))
        {
            _repeatedEvents++;
            return;
        }

        // Everything checked: from here the row's records are registered and written.
        var participants = (actor1, actor2) switch
        {
            (null, null) => [],
            ({ } a, null) => Register(a, output).AsInitiatorAlone,
            (null, { } b) => Register(b, output).AsTargetAlone,
            ({ } a, { } b) => Pair(Register(a, output), Register(b, output)),
        };

        if (columns.SourceUrl >= 0 && !row[columns.SourceUrl].Span.IsWhiteSpace())
        {
            FindOrMakeDocument(row, columns.SourceUrl, publisher: null, added, output);
        }

        ImmutableArray<Evidence> evidence = [];
        if (_pending.Remove(number, out var mentions))
        {
            evidence = [.. mentions];
        }

        var zeroCoordinates = place?.Coordinates is { Latitude: 0, Longitude: 0 };
        if (zeroCoordinates)
        {
            _zeroCoordinates++;
        }

        var beforeCoverage = day.Year < FirstYearCovered;
        if (beforeCoverage)
        {
            _datedBeforeCoverage++;
        }

        output.Add(JsonLinesRecord.From(new Event
        {
            Id = new EventId(string.Concat("gdelt-", idText)),
            Type = codes.Type,
            Status = EventStatus.Occurred,
            Time = DayOf(day),
            Place = place,
            Participants = participants,
            Codes = codes.Codes,
            Evidence = evidence,
            Attributes = _attributes.OfEvent(row, layout, beforeCoverage, zeroCoordinates),
        }));
        _eventCount++;
    }

    // Time values are immutable and a file holds few distinct days and slots (one slot per 15-minute GDELT 2.0
    // file), so each is made once.
    private TimeValue DayOf(LocalDate day, bool approximate = false)
    {
        var days = approximate ? _approximateDays : _days;
        if (!days.TryGetValue(day, out var value))
        {
            days[day] = value = TimeValue.Day(day) with { IsApproximate = approximate };
        }

        return value;
    }

    private ImmutableArray<Participant> Pair(KnownActor initiator, KnownActor target)
    {
        var hash = (uint)HashCode.Combine(RuntimeHelpers.GetHashCode(initiator), RuntimeHelpers.GetHashCode(target));
        ref var slot = ref _pairs[hash >> (32 - PairBits)];
        if (!ReferenceEquals(slot.Initiator, initiator) || !ReferenceEquals(slot.Target, target))
        {
            slot = (initiator, target, [initiator.AsInitiator, target.AsTarget]);
        }

        return slot.Participants;
    }

    /// <summary>The 15-minute slot GDELT saw a document in: a UTC moment, approximate as a publication time.</summary>
    private TimeValue Slot(Instant moment)
    {
        if (_lastSlot.Value is null || _lastSlot.Moment != moment)
        {
            _lastSlot = (moment, TimeValue.At(moment) with { IsApproximate = true });
        }

        return _lastSlot.Value;
    }

    private Place? ReadGeo(SepReader.Row row, GdeltEventColumns.GeoColumns geo, TextTable<Place?> known)
    {
        var key = _key.Start(row[geo.Type].Span).Then(row[geo.FullName].Span).Then(row[geo.CountryCode].Span).Then(row[geo.Lat].Span).Then(row[geo.Long].Span).Span;
        if (known.TryGet(key, out var place))
        {
            return place;
        }

        place = ReadGeo(row, geo);
        if (key.Length <= MaxPlaceKeyLength)
        {
            known.Set(key.ToString(), place);
        }

        return place;
    }

    private static Place? ReadGeo(SepReader.Row row, GdeltEventColumns.GeoColumns geo)
    {
        // The GDELT 1.0 backfile leaves the type empty where it has no place: the same as 0.
        var typeText = row[geo.Type].Span;
        var type = typeText.IsEmpty ? 0 : GdeltValues.Integer(typeText, geo.TypeName, 0, 5);
        var lat = row[geo.Lat].Span;
        var lon = row[geo.Long].Span;
        GeoPoint? point = null;
        if (!lat.IsEmpty || !lon.IsEmpty)
        {
            var latitude = GdeltValues.Number(lat, geo.LatName, double.MinValue, double.MaxValue);
            var longitude = GdeltValues.Number(lon, geo.LongName, double.MinValue, double.MaxValue);
            try
            {
                point = new GeoPoint(latitude, longitude);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new GdeltRowException($"{geo.LatName}/{geo.LongName}: {e.Message.Split(" (Parameter", 2)[0]}");
            }
        }

        if (type == 0)
        {
            return null;
        }

        var name = row[geo.FullName].Span;
        if (name.IsWhiteSpace())
        {
            throw GdeltValues.Bad(geo.FullNameName, name, "the place's name (its type is not 0)");
        }

        return new Place
        {
            Name = name.ToString(),
            Country = CountryCodeTables.Fips.ToIso2(row[geo.CountryCode].Span),
            Precision = type switch { 1 => PlacePrecision.Country, 2 or 5 => PlacePrecision.Region, _ => PlacePrecision.City },
            Coordinates = point,
        };
    }

    private PendingActor? ReadActor(SepReader.Row row, GdeltEventColumns.ActorColumns columns)
    {
        // A code or name of spaces alone (a few GDELT 1.0 rows) says no more than an empty one.
        var code = row[columns.Code].Span.Trim(' ');
        var name = row[columns.Name].Span.Trim(' ');
        if (code.IsEmpty && name.IsEmpty)
        {
            return null;
        }

        // Looked up by code and name without a string made for the key: most actors of a file have been seen before.
        var keyText = _key.Start(code).Then(name).Span;
        if (_actors.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(keyText, out var known))
        {
            return new PendingActor(null, known, null);
        }

        var key = keyText.ToString();
        var country = row[columns.CountryCode].Span;
        ImmutableArray<ExternalCode> codes = [.. new[] { ActorCode(code), country.SequenceEqual(code) ? null : ActorCode(country) }.OfType<ExternalCode>()];
        var actor = new Actor
        {
            Id = new ActorId(string.Concat("gdelt-actor-", code, "-", name.ToString().Replace(' ', '_'))),
            Kind = CameoActorKinds.For(row[columns.Type1Code].Span, code),
            Name = name.IsEmpty ? code.ToString() : name.ToString(),
            Country = CountryCodeTables.Cameo.ToIso2(country),
            Codes = codes,
        };
        return new PendingActor(key, new KnownActor(actor.Id), actor);
    }

    private KnownActor Register(PendingActor actor, List<JsonLinesRecord> output)
    {
        if (actor.Made is { } made && _actors.TryAdd(actor.Key!, actor.Known))
        {
            output.Add(JsonLinesRecord.From(made));
        }

        return actor.Known;
    }

    private ExternalCode? ActorCode(ReadOnlySpan<char> code)
    {
        if (code.IsEmpty)
        {
            return null;
        }

        var lookup = _actorCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(code, out var made))
        {
            var text = code.ToString();
            // Codes CAMEO does not allow (GDELT has a few in lower case, such as "sen") stay in the actor's id only.
            try
            {
                made = new ExternalCode(CodeScheme.CameoActor, text);
            }
            catch (ArgumentException)
            {
                made = null;
            }

            _actorCodes[text] = made;
        }

        return made;
    }

    /// <summary>The document whose URL or identifier is in column <paramref name="column"/> (from 0), written when new.</summary>
    private DocumentId FindOrMakeDocument(SepReader.Row row, int column, string? publisher, TimeValue published, List<JsonLinesRecord> output)
    {
        var identifier = row[column].Span;
        var hash = StableHash.Of(identifier);
        var halves = Halves(hash);
        if (_gkgDocuments.TryGetValue(halves, out var gkgDocument))
        {
            return gkgDocument;
        }

        ref var recent = ref _recentDocumentIds[(int)(halves.Low >> (64 - RecentDocumentBits))];
        if (recent.Hash == halves && recent.Id.Value is not null)
        {
            return recent.Id;
        }

        var id = GdeltDocumentIds.For(hash);
        if (_documents.Contains(halves))
        {
            recent = (halves, id);
            return id;
        }

        // The column is also kept as a source attribute: its value's text serves the document too, one string for both.
        var text = _attributes.ValueOf(column, identifier).Text;
        var document = GdeltDocumentIds.Make(id, text, publisher, published);
        _documents.Add(halves);
        output.Add(JsonLinesRecord.From(document));

        // Remembered only once written: a document whose making failed (a bad row) must be made again by the next row.
        recent = (halves, id);
        return id;
    }

    private static (ulong High, ulong Low) Halves(UInt128 hash) => ((ulong)(hash >> 64), (ulong)hash);

    private EventCodes EventCodesOf(ReadOnlySpan<char> code, ReadOnlySpan<char> baseCode, ReadOnlySpan<char> rootCode)
    {
        GdeltValues.CameoCode(code, "EventCode");
        GdeltValues.CameoCode(baseCode, "EventBaseCode");
        GdeltValues.CameoCode(rootCode, "EventRootCode");
        if (!code.StartsWith(baseCode) || !baseCode.StartsWith(rootCode) || rootCode.Length != 2)
        {
            throw new GdeltRowException($"EventCode '{code}', EventBaseCode '{baseCode}' and EventRootCode '{rootCode}' disagree: the base code begins the code and the root code (two digits) begins the base code.");
        }

        var lookup = _eventCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(code, out var known))
        {
            return known;
        }

        var text = code.ToString();
        var codes = new List<ExternalCode> { ExternalCode.Cameo(text) };
        foreach (var broader in new[] { baseCode.ToString(), rootCode.ToString() })
        {
            if (!codes.Exists(c => c.Value == broader))
            {
                codes.Add(ExternalCode.Cameo(broader));
            }
        }

        if (CameoPloverTable.Default.Find(code) is { } plover)
        {
            codes.Add(ExternalCode.Plover(plover.EventType));
            if (plover.Mode is { } mode)
            {
                codes.Add(new ExternalCode(CodeScheme.PloverMode, mode));
            }
        }

        var made = new EventCodes(CameoEventTypes.For(code), [.. codes]);
        _eventCodes[text] = made;
        return made;
    }

    internal sealed class FileState(string name, GdeltLayout layout)
    {
        public string Name { get; } = name;

        public GdeltLayout Layout { get; } = layout;

        public long Rows { get; set; }

        public long BadRows { get; set; }
    }

    /// <summary>An actor of a row, known (<see cref="Made"/> null) or made by it and registered under <see cref="Key"/> once the row is good.</summary>
    private readonly record struct PendingActor(string? Key, KnownActor Known, Actor? Made);

    /// <summary>An actor written, and its participation in an event in either role: immutable, made once per actor and shared by its events.</summary>
    private sealed class KnownActor(ActorId id)
    {
        public Participant AsInitiator { get; } = new(id, ParticipantRole.Initiator);

        public Participant AsTarget { get; } = new(id, ParticipantRole.Target);

        public ImmutableArray<Participant> AsInitiatorAlone => field.IsDefault ? field = [AsInitiator] : field;

        public ImmutableArray<Participant> AsTargetAlone => field.IsDefault ? field = [AsTarget] : field;
    }

    private sealed record EventCodes(EventType Type, ImmutableArray<ExternalCode> Codes);
}
