using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NewsEvents.Interop.Cameo;
using NewsEvents.Interop.Countries;
using NewsEvents.Interop.Sources;
using NewsEvents.Streaming;

namespace NewsEvents.Interop.Plover;

/// <summary>
/// Reads one PLOVER record into NewsEvents records. Each field is looked for under the PLOVER manual's name and
/// under the 0.5 gold-standard records' name (<see cref="Field"/>); every field is kept as a source attribute, so a
/// name this reader does not know loses nothing.
/// </summary>
internal sealed class PloverRecordReader(SourceRun run)
{
    // Each id read, with the hashes of the records that gave it: a record repeated exactly is one event, another
    // record under an id already read is an event of its own (the gold-standard file gives COERCE-0004 twice).
    private readonly Dictionary<string, List<string>> _seen = new(StringComparer.Ordinal);

    /// <summary>The prefix of PLOVER's source attributes.</summary>
    public const string Prefix = "plover:";

    /// <summary>The event type of a record that documents its file rather than an event.</summary>
    public const string FileDocumentation = "DOCUMENT";

    /// <summary>The evidence attribute that says which markup tag (or the event text) a span was found by.</summary>
    public const string MarkupNote = ImportNotes.Prefix + "ploverMarkup";

    // The place's name: the first of these fields that is not empty.
    private static readonly string[] PlaceNames = ["resolved_place", "extracted_place", "name", "city", "district", "province", "country"];

    /// <summary>The event attribute that names the fields kept as given but not read: an actor list written as words (an erratum).</summary>
    public const string NotReadNote = ImportNotes.Prefix + "notRead";

    /// <summary>The attribute of an event read from a record whose id an earlier, different record has: that id.</summary>
    public const string RepeatedIdNote = ImportNotes.Prefix + "repeatedId";

    // The record's text is the document's text, kept there exactly: it is not repeated as an attribute.
    private const string TextField = "text";

    /// <summary>Whether <paramref name="record"/> documents its file (its event is <c>DOCUMENT</c>).</summary>
    public static bool IsFileDocumentation(JsonElement record) =>
        record.TryGetProperty("event", out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals(FileDocumentation);

    /// <summary>Reads the record into <paramref name="output"/>; the reason it is bad, or null.</summary>
    public string? Read(JsonElement record, List<JsonLinesRecord> output)
    {
        try
        {
            ReadRecord(record, output);
            return null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            output.Clear();
            return e is ArgumentException ? e.Message.Split(" (Parameter", 2)[0] : e.Message;
        }
    }

    private void ReadRecord(JsonElement record, List<JsonLinesRecord> output)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"The record is a JSON {record.ValueKind.ToString().ToLowerInvariant()}, not an object.");
        }

        var sourceId = SourceValues.Token(Text(record, "id") ?? string.Empty, "id", "the record's id");
        var attributes = Attributes(record);
        var (recordId, repeatOf) = Key(sourceId, record);
        if (repeatOf is not null)
        {
            attributes = attributes.SetItem(RepeatedIdNote, AttributeValue.FromText(repeatOf));
        }

        if (IsFileDocumentation(record) || (Field(record, "has_event") is { ValueKind: JsonValueKind.False } && Field(record, "event") is null))
        {
            run.Write(new Document { Id = DocumentIdOf(recordId), Text = Text(record, TextField), Attributes = attributes }, output);
            return;
        }

        var types = Strings(record, "event");
        if (types.Length == 0)
        {
            throw SourceValues.Bad("event", string.Empty, "a PLOVER event type");
        }

        var modes = Strings(record, "mode");
        var date = SourceValues.Day(Text(record, "date") ?? string.Empty, "date");
        var actors = new List<(Actor Actor, ParticipantRole Role)>();
        var notRead = new List<string>();
        AddActors(record, "actor", "source", ParticipantRole.Initiator, actors, notRead);
        AddActors(record, "recipient", "target", ParticipantRole.Target, actors, notRead);

        Document? document = null;
        ImmutableArray<Evidence> evidence = [];
        if (Text(record, TextField) is { Length: > 0 } text)
        {
            document = new Document { Id = DocumentIdOf(recordId), Text = text, Language = Text(record, "language") is { Length: > 0 } language ? language : null };
            var textInfo = Field(record, "text_info", "textInfo");
            var markup = textInfo is { ValueKind: JsonValueKind.Object } info ? Text(info, "markup") : null;
            evidence = [.. PloverMarkup.Spans(document.Id, text, markup, Text(record, "event_text", "eventText"))
                .Select(s => new Evidence(s.Span.Document, s.Span.Start, s.Span.End, s.Span.Quote) { Attributes = SourceAttributes.Create(new SourceAttribute(MarkupNote, AttributeValue.FromText(s.Tag))) })];
        }

        run.Write(
            new Event
            {
                Id = new EventId(SourceValues.IdOf("plover-", recordId)),
                Type = PloverEventTypes.For(types[0]),
                Status = PloverModes.StatusOf(modes),
                Time = TimeValue.Day(date),
                Place = PlaceOf(Field(record, "event_loc", "eventLoc")),
                Participants = [.. actors.Select(a => new Participant(a.Actor.Id, a.Role))],
                Codes = [.. types.Select(ExternalCode.Plover), .. modes.Select(m => new ExternalCode(CodeScheme.PloverMode, m))],
                Quantities = [.. Quantities(record)],
                Evidence = evidence,
                Attributes = notRead.Count == 0 ? attributes : attributes.SetItem(NotReadNote, AttributeValue.FromText(string.Join(", ", notRead))),
            },
            document is null ? [] : [document],
            actors.Select(a => a.Actor),
            output);
    }

    /// <summary>
    /// The key of the record's items: its id; for a record that differs from an earlier one of the same id, the id and
    /// <c>-repeat-</c> and its place among them (from 2), with the id it repeats.
    /// </summary>
    private (string Key, string? RepeatOf) Key(string id, JsonElement record)
    {
        var hash = StableHash.Id(string.Empty, record.GetRawText());
        if (!_seen.TryGetValue(id, out var hashes))
        {
            _seen[id] = [hash];
            return (id, null);
        }

        var index = hashes.IndexOf(hash);
        if (index < 0)
        {
            hashes.Add(hash);
            index = hashes.Count - 1;
        }

        return index == 0 ? (id, null) : (string.Create(CultureInfo.InvariantCulture, $"{id}-repeat-{index + 1}"), id);
    }

    private static DocumentId DocumentIdOf(string recordId) => new(SourceValues.IdOf("plover-doc-", recordId));

    /// <summary>A field under the manual's name, else under the 0.5 records' name; null when absent or null.</summary>
    private static JsonElement? Field(JsonElement record, string name, string? olderName = null)
    {
        foreach (var key in olderName is null ? [name] : new[] { name, olderName })
        {
            if (record.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }
        }

        return null;
    }

    private static string? Text(JsonElement record, string name, string? olderName = null) => Field(record, name, olderName) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        var other => throw new FormatException($"{name} is a JSON {other.Value.ValueKind.ToString().ToLowerInvariant()}, not a string."),
    };

    /// <summary>A field that holds one string or a list of them (the manual's event[] and mode[]), the empty ones left out.</summary>
    private static string[] Strings(JsonElement record, string name) => Field(record, name) switch
    {
        null => [],
        { ValueKind: JsonValueKind.String } one => one.GetString()!.Trim() is { Length: > 0 } value ? [value] : [],
        { ValueKind: JsonValueKind.Array } many => [.. many.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()!.Trim() : throw new FormatException($"{name} holds a JSON {e.ValueKind.ToString().ToLowerInvariant()}, not a string.")).Where(s => s.Length > 0)],
        var other => throw new FormatException($"{name} is a JSON {other.Value.ValueKind.ToString().ToLowerInvariant()}, not a string or a list of strings."),
    };

    private static void AddActors(JsonElement record, string name, string olderName, ParticipantRole role, List<(Actor, ParticipantRole)> actors, List<string> notRead)
    {
        switch (Field(record, name, olderName))
        {
            case null:
                return;
            case { ValueKind: JsonValueKind.String } text:
                // The 0.5 records write "target": "" for a record without targets, and once a context where the
                // targets belong ("target": "diplomatic"): an erratum, kept as given in its attribute and named.
                if (text.GetString()!.Length > 0)
                {
                    notRead.Add(record.TryGetProperty(name, out _) ? name : olderName);
                }

                return;
            case { ValueKind: JsonValueKind.Array } list:
                foreach (var item in list.EnumerateArray())
                {
                    actors.Add((ActorOf(item, name), role));
                }

                return;
            case var other:
                throw new FormatException($"{name} is a JSON {other.Value.ValueKind.ToString().ToLowerInvariant()}, not a list of actors.");
        }
    }

    private static Actor ActorOf(JsonElement item, string list)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{list} holds a JSON {item.ValueKind.ToString().ToLowerInvariant()}, not an actor object.");
        }

        var words = Text(item, "entity_text", "actorText")?.Trim() ?? string.Empty;
        var code = Text(item, "code")?.Trim() ?? string.Empty;
        var wikidata = Text(item, "identifier_id")?.Trim();
        if (words.Length == 0 && code.Length == 0)
        {
            throw new FormatException($"An actor of {list} has neither words nor a code.");
        }

        var codes = new List<ExternalCode>();
        if (code.Length > 0 && IsCameoActorCode(code))
        {
            codes.Add(new ExternalCode(CodeScheme.CameoActor, code));
        }

        var isWikidata = wikidata is { Length: > 1 } q && q[0] == 'Q' && !q.AsSpan(1).ContainsAnyExceptInRange('0', '9');
        if (isWikidata)
        {
            codes.Add(ExternalCode.Wikidata(wikidata!));
        }

        return new Actor
        {
            Id = new ActorId(isWikidata ? "plover-actor-" + wikidata : SourceValues.IdOf("plover-actor-", string.Concat(code, "-", words))),
            Kind = CameoActorKinds.For(Text(item, "sector") ?? string.Empty, code),
            Name = words.Length > 0 ? words : code,
            Country = code.Length >= 3 ? CountryCodeTables.Cameo.ToIso2(code.AsSpan(0, 3)) : null,
            Codes = [.. codes],
        };
    }

    private static bool IsCameoActorCode(string code) =>
        code.Length % 3 == 0 && !code.AsSpan().ContainsAnyExceptInRange('A', 'Z');

    /// <summary>The event's place: the manual's location object (resolved or extracted place, coordinates, GeoNames id, ISO-3 country, resolution) or the 0.5 records' <c>{"name": …}</c>.</summary>
    private static Place? PlaceOf(JsonElement? location)
    {
        if (location is not { ValueKind: JsonValueKind.Object } place)
        {
            return location is { ValueKind: JsonValueKind.String } named && named.GetString() is { Length: > 0 } name ? new Place { Name = name } : null;
        }

        var placeName = PlaceNames
            .Select(k => Text(place, k)?.Trim()).FirstOrDefault(n => !string.IsNullOrEmpty(n));
        if (placeName is null)
        {
            return null;
        }

        var lat = Field(place, "lat");
        var lon = Field(place, "lon");
        var point = lat is null && lon is null ? null : SourceValues.Point(NumberText(lat, "lat"), NumberText(lon, "lon"), "lat", "lon");
        var geonames = Field(place, "geonameid") is { } id ? NumberText(id, "geonameid") : null;
        var country = Text(place, "country_code", "country code")?.Trim();
        return new Place
        {
            Name = placeName,
            // The manual's country_code is ISO-3; the 0.5 records' "country code" ISO-2 ("CH").
            Country = string.IsNullOrEmpty(country) ? null : country.Length == 2 && CountryCodes.IsAccepted(country) ? country : CountryCodeTables.Cameo.ToIso2(country),
            Precision = Field(place, "resolution") is { } resolution ? PrecisionOf(NumberText(resolution, "resolution")) : null,
            Coordinates = point,
            Codes = string.IsNullOrEmpty(geonames) ? [] : [new ExternalCode(CodeScheme.GeoNames, geonames)],
        };
    }

    /// <summary>The manual's resolution: 5 below a city, 4 a city, 3 a district, 2 a province, 1 a country.</summary>
    private static PlacePrecision PrecisionOf(string resolution) => resolution switch
    {
        "5" => PlacePrecision.Point,
        "4" => PlacePrecision.City,
        "3" or "2" => PlacePrecision.Region,
        "1" => PlacePrecision.Country,
        _ => throw SourceValues.Bad("resolution", resolution, "1 (country) to 5 (below a city)"),
    };

    // Numbers are written as numbers or as strings ("156"): either is read from its text.
    private static string NumberText(JsonElement? value, string name) => value switch
    {
        null => string.Empty,
        { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
        { ValueKind: JsonValueKind.String } text => text.GetString()!.Trim(),
        var other => throw new FormatException($"{name} is a JSON {other.Value.ValueKind.ToString().ToLowerInvariant()}, not a number."),
    };

    /// <summary>dead, injured and size as killed, injured and participants when they are whole numbers; words ("Thousands") stay attributes only.</summary>
    private static IEnumerable<Quantity> Quantities(JsonElement record)
    {
        foreach (var (name, kind) in new[] { ("dead", QuantityKind.Killed), ("injured", QuantityKind.Injured), ("size", QuantityKind.Participants) })
        {
            if (Field(record, name) is { } value && value.ValueKind is JsonValueKind.Number or JsonValueKind.String
                && long.TryParse(NumberText(value, name), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                yield return new Quantity(kind, count);
            }
        }
    }

    /// <summary>Every field but the text, as <c>plover:</c> and its path: keys joined by '.', list items by their position (<c>plover:source.0.actorText</c>); a null is no value.</summary>
    private SourceAttributes Attributes(JsonElement record)
    {
        var attributes = new List<SourceAttribute>();
        foreach (var property in record.EnumerateObject())
        {
            if (property.Name != TextField)
            {
                Flatten(property.Value, NameOf(property.Name), attributes);
            }
        }

        try
        {
            return SourceAttributes.Create(attributes);
        }
        catch (ArgumentException)
        {
            var twice = attributes.GroupBy(a => a.Name).First(g => g.Count() > 1).Key;
            throw new FormatException($"Two fields would be kept as the one source attribute {twice}: their names differ only in characters an attribute's name cannot hold.");
        }
    }

    /// <summary>
    /// A key as an attribute name's part: a space is written <c>_</c> (the 0.5 records' <c>country code</c>), any other
    /// character a name cannot hold <c>-u</c> and its four hex digits; a key that so meets another is a bad record.
    /// </summary>
    internal static string NameOf(string key)
    {
        if (SourceAttribute.IsValidName(Prefix + key))
        {
            return key;
        }

        var name = new System.Text.StringBuilder(key.Length + 8);
        foreach (var c in key)
        {
            name.Append(c == ' ' ? "_" : char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"-u{(int)c:x4}"));
        }

        return name.ToString();
    }

    private void Flatten(JsonElement value, string path, List<SourceAttribute> attributes)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Flatten(property.Value, string.Concat(path, ".", NameOf(property.Name)), attributes);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Flatten(item, string.Concat(path, ".", (index++).ToString(CultureInfo.InvariantCulture)), attributes);
                }

                break;
            case JsonValueKind.Null:
                break;
            default:
                var name = Prefix + path;
                if (!SourceAttribute.IsValidName(name))
                {
                    throw new FormatException($"The field '{path}' cannot be kept as a source attribute: its name, prefix included, is longer than {SourceAttribute.MaxNameLength} characters.");
                }

                // Fields are named by path, not numbered: their repeated values share one table.
                attributes.Add(new SourceAttribute(name, value.ValueKind switch
                {
                    JsonValueKind.String => run.Values.Of(column: 0, value.GetString()!) is { Kind: AttributeValueKind.Text } text ? text : AttributeValue.FromText(value.GetString()!),
                    JsonValueKind.Number => AttributeValue.FromNumber(value.GetRawText()),
                    _ => AttributeValue.FromBoolean(value.ValueKind == JsonValueKind.True),
                }));
                break;
        }
    }
}
