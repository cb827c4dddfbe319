using System.Text.Json;
using NewsEvents.Streaming;

namespace NewsEvents.Interop.SchemaOrg;

/// <summary>The JSON-LD graph being written: the context, a <c>Dataset</c> node, then one node per record.</summary>
internal sealed class JsonLdGraph : IDisposable
{
    private const string Vocabulary = "https://schema.org/";
    private const int FlushThreshold = 1 << 16;

    private readonly Stream _output;
    private readonly Utf8JsonWriter _json;
    private readonly DatasetId _dataset;

    // What claims draw on from records written earlier: firstAppearance needs the documents' publication times, a
    // claim without its own time takes its statement's.
    private readonly Dictionary<DocumentId, NodaTime.Instant> _published = [];
    private readonly Dictionary<StatementId, TimeValue> _statementTimes = [];

    public JsonLdGraph(Stream output, JsonLinesHeader header)
    {
        _output = output;
        _dataset = header.Id;
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = NewsEventsJson.Options.Encoder });
        _json.WriteStartObject();
        _json.WriteStartObject("@context");
        _json.WriteString("@vocab", Vocabulary);

        // As in schema.org's own context: these values are links (IRIs), not text.
        foreach (var link in (ReadOnlySpan<string>)["url", "sameAs"])
        {
            _json.WriteStartObject(link);
            _json.WriteString("@type", "@id");
            _json.WriteEndObject();
        }

        _json.WriteEndObject();
        _json.WriteStartArray("@graph");
        WriteDataset(header);
    }

    public void Write(JsonLinesRecord record)
    {
        switch (record.Value)
        {
            case Document document:
                WriteDocument(document);
                break;
            case Actor actor:
                WriteActor(actor);
                break;
            case Event @event:
                WriteEvent(@event);
                break;
            case Statement statement:
                if (statement.Time is { } time)
                {
                    _statementTimes[statement.Id] = time;
                }

                break;
            case Claim claim:
                WriteClaim(claim);
                break;
            case Relation:
                break;
            default:
                throw JsonLdExporter.Unexpected(record, "A JSON Lines stream holds one header, at its start");
        }

        if (_json.BytesPending > FlushThreshold)
        {
            _json.Flush();
        }
    }

    public void Complete()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _output.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void WriteDataset(JsonLinesHeader header)
    {
        StartNode(JsonLdIds.Of(_dataset), "Dataset");
        _json.WriteString("name", header.Title ?? _dataset.Value);
        if (header.Metadata is { } metadata)
        {
            WriteOptional("description", metadata.Description);
            WriteOptional("citation", metadata.Citation);
            WriteOptional("dateCreated", metadata.Coded is { } coded ? JsonLdDates.Single(coded) : null);
        }

        _json.WriteEndObject();
    }

    private void WriteDocument(Document document)
    {
        if (document.Published?.EarliestInstant(NodaTime.DateTimeZone.Utc) is { } published)
        {
            _published[document.Id] = published;
        }

        StartNode(JsonLdIds.Of(_dataset, document.Id), "NewsArticle");
        WriteOptional("url", document.Url);
        WriteOptional("headline", document.Title);
        WriteNamed("publisher", "Organization", document.Publisher);
        WriteNamed("sourceOrganization", "Organization", document.Agency);
        if (document.Byline is not null || document.Credits.Length > 0)
        {
            _json.WriteStartArray("creditText");
            if (document.Byline is { } byline)
            {
                _json.WriteStringValue(byline);
            }

            foreach (var credit in document.Credits)
            {
                _json.WriteStringValue(credit);
            }

            _json.WriteEndArray();
        }

        WriteOptional("datePublished", document.Published is { } time ? JsonLdDates.Single(time) : null);
        WriteOptional("inLanguage", document.Language);
        WriteOptional("articleBody", document.Text);
        _json.WriteEndObject();
    }

    private void WriteActor(Actor actor)
    {
        _json.WriteStartObject();
        _json.WriteString("@id", JsonLdIds.Of(_dataset, actor.Id));
        if (actor.Kind == ActorKind.State)
        {
            // A state acts (attends, organises, asserts) as well as being a place: schema.org's Country alone is a
            // Place, which those properties do not take, so the node is both.
            _json.WriteStartArray("@type");
            _json.WriteStringValue("Country");
            _json.WriteStringValue("Organization");
            _json.WriteEndArray();
        }
        else
        {
            _json.WriteString("@type", TypeOf(actor.Kind));
        }

        _json.WriteString("name", actor.Name);
        WriteTexts("alternateName", actor.Aliases);
        if (actor.Country is { } country)
        {
            if (actor.Kind == ActorKind.Person)
            {
                _json.WriteStartObject("nationality");
                _json.WriteString("@type", "Country");
                _json.WriteString("identifier", country);
                _json.WriteEndObject();
            }
            else
            {
                WriteAddress(country);
            }
        }

        WriteCodes(actor.Codes);
        WriteSubjectOf(actor.Evidence);
        _json.WriteEndObject();
    }

    private void WriteEvent(Event @event)
    {
        StartNode(JsonLdIds.Of(_dataset, @event.Id), "Event");
        WriteOptional("name", @event.Summary);
        if (@event.Time is { } time)
        {
            WriteOptional("startDate", JsonLdDates.Start(time));
            WriteOptional("endDate", JsonLdDates.End(time));
        }

        // EventStatusType has members for these two statuses only; the others have no schema.org counterpart.
        if (@event.Status is EventStatus.Planned or EventStatus.Cancelled)
        {
            WriteReference("eventStatus", Vocabulary + (@event.Status == EventStatus.Planned ? "EventScheduled" : "EventCancelled"));
        }

        if (@event.Place is { } place)
        {
            WritePlace(place);
        }

        _json.WriteStartArray("about");
        WriteTerm(NewsEventsJson.NameOf(@event.Type), "NewsEvents event types");
        foreach (var code in @event.Codes)
        {
            WriteTerm(code.Value, NewsEventsJson.NameOf(code.Scheme));
        }

        _json.WriteEndArray();
        foreach (var group in @event.Participants.GroupBy(p => PropertyOf(p.Role)))
        {
            // The Role pattern of schema.org: the property keeps its meaning, the Role node says in which role.
            _json.WriteStartArray(group.Key);
            foreach (var participant in group)
            {
                _json.WriteStartObject();
                _json.WriteString("@type", "Role");
                _json.WriteString("roleName", NewsEventsJson.NameOf(participant.Role));
                WriteReference(group.Key, JsonLdIds.Of(_dataset, participant.Actor));
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
        }

        WriteSubjectOf(@event.Evidence);
        _json.WriteEndObject();
    }

    private void WriteClaim(Claim claim)
    {
        StartNode(JsonLdIds.Of(_dataset, claim.Id), "Claim");
        _json.WriteString("text", claim.Proposition);
        WriteReference("author", JsonLdIds.Of(_dataset, claim.Claimant));
        var time = claim.Time ?? (claim.Statement is { } statement ? _statementTimes.GetValueOrDefault(statement) : null);
        WriteOptional("datePublished", time is null ? null : JsonLdDates.Single(time));
        if (claim.About.Events.Length + claim.About.Actors.Length > 0)
        {
            _json.WriteStartArray("about");
            foreach (var @event in claim.About.Events)
            {
                WriteReferenceValue(JsonLdIds.Of(_dataset, @event));
            }

            foreach (var actor in claim.About.Actors)
            {
                WriteReferenceValue(JsonLdIds.Of(_dataset, actor));
            }

            _json.WriteEndArray();
        }

        if (claim.Evidence.Length > 0)
        {
            _json.WriteStartArray("appearance");
            foreach (var evidence in claim.Evidence)
            {
                WriteAppearance(evidence);
            }

            _json.WriteEndArray();
            var first = claim.Evidence
                .Where(e => _published.ContainsKey(e.Document))
                .OrderBy(e => _published[e.Document])
                .FirstOrDefault();
            if (first is not null)
            {
                _json.WritePropertyName("firstAppearance");
                WriteAppearance(first);
            }
        }

        _json.WriteEndObject();
    }

    private void WriteAppearance(Evidence evidence)
    {
        _json.WriteStartObject();
        _json.WriteString("@type", "CreativeWork");
        WriteOptional("text", evidence.Quote);
        WriteReference("isPartOf", JsonLdIds.Of(_dataset, evidence.Document));
        _json.WriteEndObject();
    }

    private void WritePlace(Place place)
    {
        _json.WriteStartObject("location");
        _json.WriteString("@type", "Place");
        _json.WriteString("name", place.Name);
        if (place.Country is { } country)
        {
            WriteAddress(country);
        }

        if (place.Coordinates is { } point)
        {
            _json.WriteStartObject("geo");
            _json.WriteString("@type", "GeoCoordinates");
            _json.WriteNumber("latitude", point.Latitude);
            _json.WriteNumber("longitude", point.Longitude);
            _json.WriteEndObject();
        }

        WriteCodes(place.Codes);
        _json.WriteEndObject();
    }

    private void WriteAddress(string country)
    {
        _json.WriteStartObject("address");
        _json.WriteString("@type", "PostalAddress");
        _json.WriteString("addressCountry", country);
        _json.WriteEndObject();
    }

    private void WriteTerm(string code, string set)
    {
        _json.WriteStartObject();
        _json.WriteString("@type", "DefinedTerm");
        _json.WriteString("termCode", code);
        WriteNamed("inDefinedTermSet", "DefinedTermSet", set);
        _json.WriteEndObject();
    }

    // Every code as an identifier; Wikidata and GeoNames codes also as sameAs, the links other datasets follow.
    private void WriteCodes(System.Collections.Immutable.ImmutableArray<ExternalCode> codes)
    {
        if (codes.Length == 0)
        {
            return;
        }

        _json.WriteStartArray("identifier");
        foreach (var code in codes)
        {
            _json.WriteStartObject();
            _json.WriteString("@type", "PropertyValue");
            _json.WriteString("propertyID", NewsEventsJson.NameOf(code.Scheme));
            _json.WriteString("value", code.Value);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        var links = codes.Select(SameAs).OfType<string>().ToList();
        if (links.Count > 0)
        {
            WriteTexts("sameAs", links);
        }
    }

    private static string? SameAs(ExternalCode code) => code.Scheme switch
    {
        CodeScheme.Wikidata => "https://www.wikidata.org/entity/" + code.Value,
        CodeScheme.GeoNames => "https://sws.geonames.org/" + code.Value + "/",
        _ => null,
    };

    private void WriteSubjectOf(System.Collections.Immutable.ImmutableArray<Evidence> evidence)
    {
        var documents = evidence.Select(e => e.Document).Distinct().ToList();
        if (documents.Count == 0)
        {
            return;
        }

        _json.WriteStartArray("subjectOf");
        foreach (var document in documents)
        {
            WriteReferenceValue(JsonLdIds.Of(_dataset, document));
        }

        _json.WriteEndArray();
    }

    private static string TypeOf(ActorKind kind) => kind switch
    {
        ActorKind.Person => "Person",
        ActorKind.Government => "GovernmentOrganization",
        ActorKind.MediaOutlet => "NewsMediaOrganization",
        _ => "Organization",
    };

    /// <summary>The schema.org property an actor in <paramref name="role"/> is written under.</summary>
    internal static string PropertyOf(ParticipantRole role) => role switch
    {
        ParticipantRole.Initiator or ParticipantRole.Host => "organizer",
        ParticipantRole.Supporter => "sponsor",
        _ => "attendee",
    };

    private void StartNode(string id, string type)
    {
        _json.WriteStartObject();
        _json.WriteString("@id", id);
        _json.WriteString("@type", type);
    }

    private void WriteReference(string property, string id)
    {
        _json.WritePropertyName(property);
        WriteReferenceValue(id);
    }

    private void WriteReferenceValue(string id)
    {
        _json.WriteStartObject();
        _json.WriteString("@id", id);
        _json.WriteEndObject();
    }

    private void WriteNamed(string property, string type, string? name)
    {
        if (name is null)
        {
            return;
        }

        _json.WriteStartObject(property);
        _json.WriteString("@type", type);
        _json.WriteString("name", name);
        _json.WriteEndObject();
    }

    private void WriteTexts(string property, IReadOnlyCollection<string> texts)
    {
        if (texts.Count == 0)
        {
            return;
        }

        _json.WriteStartArray(property);
        foreach (var text in texts)
        {
            _json.WriteStringValue(text);
        }

        _json.WriteEndArray();
    }

    private void WriteOptional(string property, string? value)
    {
        if (value is not null)
        {
            _json.WriteString(property, value);
        }
    }
}
