using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NewsEvents.Streaming;
using nietras.SeparatedValues;
using NodaTime;

namespace NewsEvents.Interop.Acled;

/// <summary>
/// The state of one ACLED import: the ids already written and the counts. A row is checked and built whole before
/// anything of it is registered, so that a bad row left out by a lenient import leaves no trace.
/// </summary>
internal sealed class AcledRun(ImportOptions options)
{
    public const string NotDecodable = "The file is not UTF-8 text (ACLED's export is UTF-8; the legacy 2016 file is windows-1252 and starts with GWNO).";

    private readonly HashSet<string> _events = new(StringComparer.Ordinal);
    private readonly HashSet<string> _actors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _documents = new(StringComparer.Ordinal);
    private readonly ColumnValues _values = new();
    private long _eventCount;
    private long _repeatedEvents;
    private long _datedBeforeCoverage;

    public void Problem(ImportProblem problem) => options.Raise(problem);

    public AcledImportReport Report(IEnumerable<AcledFileReport> files) => new()
    {
        Files = [.. files],
        Events = _eventCount,
        RepeatedEvents = _repeatedEvents,
        Actors = _actors.Count,
        Documents = _documents.Count,
        DatedBeforeCoverage = _datedBeforeCoverage,
    };

    /// <summary>Reads the next row into <paramref name="output"/> (nothing for the header or a bad row); false at the end of the file.</summary>
    public bool ReadRow(SepRows rows, FileState file, List<JsonLinesRecord> output)
    {
        var step = rows.MoveNext();
        if (step is SepRows.Step.End or SepRows.Step.NotDecodable)
        {
            // A file that stops decoding is one bad row (a lenient import goes on with the next file).
            file.BadRows += step == SepRows.Step.NotDecodable ? 1 : 0;
            return false;
        }

        if (step == SepRows.Step.TooLong)
        {
            // A header too long is not ACLED's: the file is not read further.
            file.Rows += file.HeaderRead ? 1 : 0;
            file.BadRows++;
            return file.HeaderRead;
        }

        var row = rows.Current;
        if (!file.HeaderRead)
        {
            file.HeaderRead = true;
            if (row.Span.ToString() != AcledColumns.Header(file.Layout))
            {
                file.BadRows++;
                Problem(new ImportProblem(file.Name, 1, $"The header is not the {AcledImporter.Describe(file.Layout)} header: {AcledColumns.Header(file.Layout)}"));
                return false;
            }

            return true;
        }

        file.Rows++;
        try
        {
            Read(row, file.Layout, output);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            output.Clear();
            file.BadRows++;
            Problem(new ImportProblem(file.Name, rows.Line, e.Message));
        }

        return true;
    }

    private void Read(SepReader.Row row, AcledLayout layout, List<JsonLinesRecord> output)
    {
        var count = AcledColumns.CountOf(layout);
        if (row.ColCount != count)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"The row has {row.ColCount} columns; the {AcledImporter.Describe(layout)} has {count} (a comma in an unquoted value, or a truncated line?)."));
        }

        if (layout == AcledLayout.Legacy2016)
        {
            for (var i = AcledColumns.Legacy2016.Length; i < count; i++)
            {
                if (!row[i].Span.IsEmpty)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Column {i + 1} holds '{row[i].Span}', but the legacy file leaves its last {AcledColumns.LegacyEmptyColumns} columns empty."));
                }
            }
        }

        var fields = new string[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = row[i].ToString();
        }

        string Text(string name) => fields[AcledColumns.IndexOf(layout, name)];

        var idText = Text("event_id_cnty");
        if (idText.Length == 0 || idText.AsSpan().ContainsAny(" \t\r\n"))
        {
            throw Bad("event_id_cnty", idText, "an event id without spaces (such as NIG1234)");
        }

        var date = Day(Text("event_date"), layout);
        var time = Text("time_precision") switch
        {
            "1" => TimeValue.Day(date),
            "2" => TimeValue.WeekOf(date),
            "3" => TimeValue.Month(date.Year, date.Month),
            var other => throw Bad("time_precision", other, "1 (day), 2 (week) or 3 (month)"),
        };
        var eventType = Text("event_type").Trim();
        if (eventType.Length == 0)
        {
            throw Bad("event_type", eventType, "an ACLED event type");
        }

        var codes = ImmutableArray.CreateBuilder<ExternalCode>();
        codes.Add(new ExternalCode(CodeScheme.AcledEventType, eventType));
        var sub = layout == AcledLayout.Current ? Text("sub_event_type").Trim() : string.Empty;
        if (sub.Length > 0)
        {
            codes.Add(new ExternalCode(CodeScheme.AcledEventType, sub));
        }

        var latitude = Degrees(Text("latitude"), "latitude");
        var longitude = Degrees(Text("longitude"), "longitude");
        GeoPoint point;
        try
        {
            point = new GeoPoint(latitude, longitude);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new FormatException($"latitude/longitude: {e.Message.Split(" (Parameter", 2)[0]}");
        }

        var precision = Text("geo_precision") switch
        {
            "1" => PlacePrecision.City,
            "2" => PlacePrecision.City,
            "3" => PlacePrecision.Region,
            var other => throw Bad("geo_precision", other, "1, 2 or 3"),
        };
        var fatalitiesText = Text("fatalities");
        if (!int.TryParse(fatalitiesText, NumberStyles.None, CultureInfo.InvariantCulture, out var fatalities))
        {
            throw Bad("fatalities", fatalitiesText, "a whole number of 0 or more");
        }

        if (layout == AcledLayout.Current && !long.TryParse(Text("timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw Bad("timestamp", Text("timestamp"), "the Unix time of the upload, in seconds");
        }

        var location = Text("location").Trim();
        var place = location.Length == 0 ? null : new Place { Name = location, Precision = precision, Coordinates = point };

        var actors = new List<(Actor Actor, ParticipantRole Role)>();
        AddActor(actors, Text("actor1"), Text("inter1"), ParticipantRole.Initiator);
        AddActors(actors, Text("assoc_actor_1"), ParticipantRole.Supporter);
        AddActor(actors, Text("actor2"), Text("inter2"), ParticipantRole.Target);
        AddActors(actors, Text("assoc_actor_2"), ParticipantRole.Target);
        var sources = Split(Text("source")).Select(s => new Document { Id = new DocumentId(IdOf("acled-source-", s)), Publisher = s }).ToList();
        var notes = Text("notes");
        var beforeCoverage = date.Year < AcledImporter.FirstYearCovered;
        var @event = new Event
        {
            Id = new EventId("acled-" + idText),
            Type = TypeOf(eventType),
            Status = EventStatus.Occurred,
            Summary = string.IsNullOrWhiteSpace(notes) ? null : notes,
            Time = time,
            Place = place,
            Participants = [.. actors.Select(a => new Participant(a.Actor.Id, a.Role))],
            Codes = codes.ToImmutable(),
            Quantities = [new Quantity(QuantityKind.Killed, fatalities, qualifier: QuantityQualifier.AtLeast, text: AcledImporter.FatalitiesMeaning)],
            Attributes = AttributesOf(fields, layout, beforeCoverage),
        };

        // Everything checked: from here the row's records are registered and written.
        if (!_events.Add(idText))
        {
            _repeatedEvents++;
            return;
        }

        foreach (var document in sources.Where(d => _documents.Add(d.Id.Value)))
        {
            output.Add(JsonLinesRecord.From(document));
        }

        foreach (var (actor, _) in actors.Where(a => _actors.Add(a.Actor.Id.Value)))
        {
            output.Add(JsonLinesRecord.From(actor));
        }

        if (beforeCoverage)
        {
            _datedBeforeCoverage++;
        }

        output.Add(JsonLinesRecord.From(@event));
        _eventCount++;
    }

    private SourceAttributes AttributesOf(string[] fields, AcledLayout layout, bool beforeCoverage)
    {
        var names = AcledColumns.Of(layout);
        var attributes = new SourceAttribute[names.Length + 1];
        for (var i = 0; i < names.Length; i++)
        {
            attributes[i] = new SourceAttribute(AcledColumns.Prefix + names[i], _values.Of(i, fields[i]));
        }

        attributes[names.Length] = ImportNotes.DatedBeforeCoverage;
        return SourceAttributes.Create(attributes.AsSpan(0, beforeCoverage ? names.Length + 1 : names.Length));
    }

    private static void AddActor(List<(Actor, ParticipantRole)> actors, string name, string inter, ParticipantRole role)
    {
        name = name.Trim();
        if (name.Length > 0)
        {
            actors.Add((new Actor { Id = new ActorId(IdOf("acled-actor-", name)), Kind = KindOf(inter), Name = name }, role));
        }
    }

    private static void AddActors(List<(Actor, ParticipantRole)> actors, string names, ParticipantRole role)
    {
        foreach (var name in Split(names))
        {
            actors.Add((new Actor { Id = new ActorId(IdOf("acled-actor-", name)), Kind = ActorKind.Collective, Name = name }, role));
        }
    }

    /// <summary>ACLED's inter codes: 1 state forces, 2 rebels, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces (the legacy file gives the digit, the export the words).</summary>
    private static ActorKind KindOf(string inter) => inter.Trim() switch
    {
        "1" or "State forces" => ActorKind.Government,
        "2" or "3" or "4" or "Rebel group" or "Political militia" or "Identity militia" => ActorKind.ArmedGroup,
        "5" or "6" or "7" or "Rioters" or "Protesters" or "Civilians" => ActorKind.Collective,
        _ => ActorKind.Organization,
    };

    private static EventType TypeOf(string eventType) => eventType switch
    {
        "Battles" or "Battle-No change of territory" or "Battle-Government regains territory" or "Battle-Non-state actor overtakes territory" => EventType.Fighting,
        "Explosions/Remote violence" or "Remote violence" => EventType.Offensive,
        "Protests" or "Riots" or "Riots/Protests" => EventType.Demonstration,
        "Violence against civilians" => EventType.Fighting,
        _ => EventType.Other,
    };

    private static string[] Split(string list) => list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An id from a name: white space becomes '-', and a name too long for an id is cut and its hash added.</summary>
    private static string IdOf(string prefix, string name)
    {
        var id = prefix + string.Concat(name.Select(c => char.IsWhiteSpace(c) || char.IsControl(c) ? '-' : c));
        return id.Length <= 200 ? id : string.Concat(id.AsSpan(0, 180), "-", ((uint)StringComparer.Ordinal.GetHashCode(name)).ToString("x8", CultureInfo.InvariantCulture));
    }

    private static LocalDate Day(string text, AcledLayout layout)
    {
        var pattern = layout == AcledLayout.Current ? "yyyy'-'MM'-'dd" : "dd'/'MM'/'yyyy";
        var result = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture(pattern).Parse(text);
        return result.Success && text.Length == 10 && result.Value.Year is >= 1 and <= 9998
            ? result.Value
            : throw Bad("event_date", text, layout == AcledLayout.Current ? "a date written YYYY-MM-DD" : "a date written dd/mm/yyyy");
    }

    private static double Degrees(string text, string column) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Bad(column, text, "a number of degrees");

    private static FormatException Bad(string column, string text, string expected) =>
        new(text.Length == 0 ? $"{column} is empty; it must be {expected}." : $"{column} is '{(text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…"))}', not {expected}.");

    internal sealed class FileState(string name, AcledLayout layout)
    {
        public string Name { get; } = name;

        public AcledLayout Layout { get; } = layout;

        public bool HeaderRead { get; set; }

        public long Rows { get; set; }

        public long BadRows { get; set; }
    }
}
