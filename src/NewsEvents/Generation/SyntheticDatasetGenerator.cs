using System.Collections.Immutable;
using System.Globalization;
using NewsEvents.Streaming;
using NodaTime;
using static NewsEvents.Generation.SyntheticVocabulary;

namespace NewsEvents.Generation;

/// <summary>
/// Makes realistic synthetic NewsEvents data, the same for the same seed and options on every
/// platform: documents with their text, actors of every kind with names in Latin (with accents),
/// Arabic, Cyrillic and East Asian scripts, events of every status with one to four participants in
/// their roles, statements, claims with attribution chains, relations, quantities, month- and
/// day-precise and open-ended times in several time zones, places with coordinates, and evidence
/// spans that quote the generated text exactly. Everything it makes validates.
/// </summary>
/// <remarks>
/// <para>The data reads like news: a planned event is told as planned and dated after the story; a
/// claim's proposition is always worded as asserted, its polarity says whether the claimant asserts
/// or denies it, and its quote says the same (no double negatives). The claims about one event share
/// its proposition, drawn from <see cref="SyntheticDatasetOptions.PropositionCount"/>; explicit links
/// (a rival's contradiction, a backer's support, a spokesperson's repetition) join only claims about
/// one event. Fights and protests draw rival figures of one kind from the two sides, and fights now
/// and then a single-source count of the displaced. Governments, organizations, armed groups, states
/// and international organizations speak through spokespersons: each a person of their own who
/// <see cref="RelationType.HoldsOffice"/> ("spokesperson") in the body, stated where first mentioned.</para>
/// <para><see cref="GenerateRecords"/> streams the data as JSON Lines records and holds only two bits
/// per actor (the actor and its spokesperson), so it can make millions of events in little memory; <see cref="GenerateDataset"/> collects
/// the same records into one <see cref="Dataset"/>.</para>
/// <para>The records come story by story: a document, the actors it mentions for the first time
/// (with evidence of that mention), then its events, statements, claims and relations; actors that no
/// document mentions come last. Every reference points to a record further up, except references to
/// actors never mentioned (none, when every actor gets mentioned).</para>
/// </remarks>
public sealed class SyntheticDatasetGenerator
{
    private const int AgencyCount = 8;
    private static readonly Dictionary<string, string> Alpha3 = new(StringComparer.Ordinal)
    {
        ["LY"] = "LBY",
        ["RU"] = "RUS",
        ["JP"] = "JPN",
        ["CN"] = "CHN",
        ["FR"] = "FRA",
        ["US"] = "USA",
        ["IQ"] = "IRQ",
        ["DE"] = "DEU",
        ["KR"] = "KOR",
        ["BR"] = "BRA",
        ["EG"] = "EGY",
        ["IN"] = "IND",
        ["NP"] = "NPL",
        ["GB"] = "GBR",
        ["TR"] = "TUR",
    };

    private readonly ulong _seed;
    private readonly int _actorCount;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed: the same seed and options give the same data.</param>
    /// <param name="options">Sizes and shapes; <see cref="SyntheticDatasetOptions.Default"/> when null.</param>
    public SyntheticDatasetGenerator(int seed, SyntheticDatasetOptions? options = null)
    {
        Seed = seed;
        Options = options ?? SyntheticDatasetOptions.Default;
        _seed = SyntheticRandom.Mix((ulong)(uint)seed, 0x4E657773UL);
        _actorCount = Options.EffectiveActorCount;
    }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The sizes and shapes.</summary>
    public SyntheticDatasetOptions Options { get; }

    /// <summary>The number of documents made: the events divided among them.</summary>
    public int DocumentCount => (int)(((long)Options.EventCount + Options.EventsPerDocument - 1) / Options.EventsPerDocument);

    /// <summary>The id of the dataset made.</summary>
    public DatasetId DatasetId => new(string.Create(CultureInfo.InvariantCulture, $"synthetic-{Seed}"));

    /// <summary>The header of the data made.</summary>
    public JsonLinesHeader Header => new()
    {
        Id = DatasetId,
        Title = string.Create(CultureInfo.InvariantCulture, $"Synthetic news events (seed {Seed}, {Options.EventCount} events)"),
        Metadata = new DatasetMetadata
        {
            Description = "Synthetic data for tests and benchmarks: realistic shapes, invented content.",
            Coders = ["NewsEvents SyntheticDatasetGenerator"],
            Coded = TimeValue.Day(Options.FirstDay),
            License = "CC0-1.0",
            Codebooks = [new Codebook { Name = "CAMEO", Version = "1.1b3" }, new Codebook { Name = "PLOVER", Version = "2021" }],
        },
    };

    /// <summary>Makes the data as a lazy stream of records, header first (see the remarks on the class).</summary>
    /// <returns>The records; each enumeration makes them afresh, the same each time.</returns>
    public IEnumerable<JsonLinesRecord> GenerateRecords()
    {
        yield return JsonLinesRecord.From(Header);
        var run = new Run(this);
        var documents = DocumentCount;
        for (var d = 0; d < documents; d++)
        {
            foreach (var record in run.Story(d))
            {
                yield return record;
            }
        }

        for (var a = 0; a < _actorCount; a++)
        {
            if (!run.Emitted[a])
            {
                yield return JsonLinesRecord.From(Actor(a, []));
            }
        }
    }

    /// <summary>Makes the data as one dataset, in memory.</summary>
    /// <returns>The dataset, its collections in the order of <see cref="GenerateRecords"/>.</returns>
    public Dataset GenerateDataset()
    {
        var collector = new DatasetCollector();
        foreach (var record in GenerateRecords())
        {
            collector.Add(record);
        }

        return collector.ToDataset(collector.Header!);
    }

    private static ActorId ActorIdOf(int index) => new(string.Create(CultureInfo.InvariantCulture, $"a{index + 1}"));

    /// <summary>The actor at <paramref name="index"/>: a pure function of the seed and the index.</summary>
    private Actor Actor(int index, ImmutableArray<Evidence> evidence)
    {
        var (kind, name, country, aliases, codes) = Describe(index);
        return new Actor { Id = ActorIdOf(index), Kind = kind, Name = name, Country = country, Aliases = aliases, Codes = codes, Evidence = evidence };
    }

    private (ActorKind Kind, string Name, string? Country, ImmutableArray<string> Aliases, ImmutableArray<ExternalCode> Codes) Describe(int index)
    {
        if (index < AgencyCount)
        {
            var agency = Agencies[index];
            return (ActorKind.MediaOutlet, agency.Name, agency.Country, [], agency.Wikidata is null ? [] : [ExternalCode.Wikidata(agency.Wikidata)]);
        }

        var h = SyntheticRandom.Mix(_seed, (ulong)index);
        var roll = (int)(h % 100);
        var city = Cities[(int)((h >> 32) % (ulong)Cities.Length)];
        var qid = ExternalCode.Wikidata(string.Create(CultureInfo.InvariantCulture, $"Q{((h >> 40) % 9_999_999) + 1}"));
        var suffix = (int)((h >> 20) % 7) == 0 ? $" ({city.Name})" : string.Empty;
        if (index >= _actorCount)
        {
            // A spokesperson: a person of the body's country, when it has one.
            var person = Person(h, city, qid);
            return person with { Country = Describe(BodyOf(index)).Country ?? person.Country };
        }

        switch (roll)
        {
            case < 50:
                return Person(h, city, qid);
            case < 60:
                return (ActorKind.Organization, Pick(Organizations, h) + suffix, city.Country, [], []);
            case < 70:
                return (ActorKind.Government, Pick(Governments, h) + $" ({city.Country})", city.Country, [], [new ExternalCode(CodeScheme.CameoActor, Alpha3[city.Country] + "GOV")]);
            case < 80:
                return (ActorKind.ArmedGroup, Pick(ArmedGroups, h) + suffix, city.Country, [], [new ExternalCode(CodeScheme.CameoActor, Alpha3[city.Country] + "REB")]);
            case < 85:
                var state = (int)((h >> 16) % (ulong)States.Length);
                return (ActorKind.State, States[state], StateCodes[state], [], [new ExternalCode(CodeScheme.Iso3166, StateCodes[state])]);
            case < 90:
                return (ActorKind.InternationalOrganization, Pick(InternationalOrganizations, h), null, [], [qid]);
            case < 95:
                return (ActorKind.MediaOutlet, Pick(Publishers, h), null, [], []);
            default:
                return (ActorKind.Collective, Pick(Collectives, h) + suffix, city.Country, [], []);
        }
    }

    private static (ActorKind Kind, string Name, string? Country, ImmutableArray<string> Aliases, ImmutableArray<ExternalCode> Codes) Person(ulong h, City city, ExternalCode qid)
    {
        var script = (int)((h >> 8) % 4);
        if (script == 3)
        {
            var whole = EastAsianNames[(int)((h >> 12) % (ulong)EastAsianNames.Length)];
            var country = whole[0] is >= '\uAC00' and <= '\uD7AF' ? "KR" : whole.Length > 2 && whole[0] != '王' ? "JP" : "CN";
            return (ActorKind.Person, whole, country, [], (h & 1) == 0 ? [qid] : []);
        }

        var first = FirstNames[script][(int)((h >> 16) % (ulong)FirstNames[script].Length)];
        var last = LastNames[script][(int)((h >> 24) % (ulong)LastNames[script].Length)];
        var personCountry = script switch { 1 => (h >> 36) % 2 == 0 ? "LY" : "IQ", 2 => "RU", _ => city.Country };
        return (ActorKind.Person, $"{first} {last}", personCountry, [last], (h & 1) == 0 ? [qid] : []);
    }

    /// <summary>Whether the actor is a body that speaks through a spokesperson.</summary>
    private bool HasSpokesperson(int actor) =>
        actor < _actorCount && Describe(actor).Kind is ActorKind.Government or ActorKind.Organization or ActorKind.ArmedGroup or ActorKind.State or ActorKind.InternationalOrganization;

    /// <summary>The spokesperson of a body: an actor of its own, numbered after all the others.</summary>
    private int SpokespersonOf(int body) => _actorCount + body;

    private int BodyOf(int spokesperson) => spokesperson - _actorCount;

    private static string Pick(string[] items, ulong h) => items[(int)((h >> 16) % (ulong)items.Length)];

    /// <summary>The state of one enumeration: the random stream, the counters, which actors were written, the story being told.</summary>
    private sealed class Run(SyntheticDatasetGenerator generator)
    {
        private const string Spokesperson = "spokesperson";

        private readonly SyntheticRandom _random = new(generator._seed);
        private readonly SyntheticDatasetOptions _options = generator.Options;
        private readonly int _propositions = generator.Options.EffectivePropositionCount;
        private readonly List<(int Index, Evidence Mention)> _newActors = [];
        private readonly List<int> _mentioned = [];
        private readonly List<Event> _events = [];
        private readonly List<Statement> _statements = [];
        private readonly List<Claim> _claims = [];
        private readonly List<Relation> _relations = [];
        private DocumentTextBuilder _text = null!;
        private LocalDate _day;
        private DateTimeZone _zone = DateTimeZone.Utc;
        private int _agency;
        private int _eventCount;
        private int _statementCount;
        private int _claimCount;
        private int _relationCount;

        /// <summary>Which actors were written: the actors, then their spokespersons.</summary>
        public System.Collections.BitArray Emitted { get; } = new(2 * generator._actorCount);

        private int ActorCount => generator._actorCount;

        public IEnumerable<JsonLinesRecord> Story(int d)
        {
            var r = _random;
            var docId = new DocumentId(string.Create(CultureInfo.InvariantCulture, $"d{d + 1}"));
            _text = new DocumentTextBuilder(docId);
            _newActors.Clear();
            _mentioned.Clear();
            _events.Clear();
            _statements.Clear();
            _claims.Clear();
            _relations.Clear();

            var city = r.Pick(Cities);
            var zone = _zone = DateTimeZoneProviders.Tzdb[city.Zone];
            var day = _day = _options.FirstDay.PlusDays((int)((long)d * _options.Days / Math.Max(1, generator.DocumentCount)));
            var local = day.At(new LocalTime(r.Between(6, 22), r.Next(60)));
            var published = TimeValue.At(local.InZoneLeniently(zone).ToOffsetDateTime()) with { Zone = zone };
            _agency = r.Next(AgencyCount);
            var publisher = r.Pick(Publishers);

            // Dateline: "Tripoli, 14 January (Reuters) — "
            _text.Append(string.Create(CultureInfo.InvariantCulture, $"{city.Name}, {day.Day} {MonthNames[day.Month - 1]} ("));
            Mention(_agency);
            _text.Append(") — ");

            var count = (int)Math.Min(_options.EventsPerDocument, _options.EventCount - ((long)d * _options.EventsPerDocument));
            string? title = null;
            for (var i = 0; i < count; i++)
            {
                var @event = AddEvent(day, city);
                title ??= @event.Summary;
            }

            if (_mentioned.Count >= 2 && r.Chance(_options.RelationRate))
            {
                AddRelation(day);
            }

            var document = new Document
            {
                Id = docId,
                Url = string.Create(CultureInfo.InvariantCulture, $"https://news.example.org/{day.Year}/{day.Month:D2}/{day.Day:D2}/story-{d + 1}"),
                Title = title ?? "News in brief",
                Publisher = publisher,
                Agency = Agencies[_agency].Name,
                Byline = $"By {Agencies[_agency].Name}",
                Credits = r.Chance(0.3) ? ["AP / TASS"] : [],
                Published = published,
                Language = "en",
                Text = _options.IncludeText ? _text.ToString() : null,
            };

            yield return JsonLinesRecord.From(document);
            foreach (var (index, mention) in _newActors)
            {
                yield return JsonLinesRecord.From(generator.Actor(index, Quote(mention)));
            }

            foreach (var item in _events)
            {
                yield return JsonLinesRecord.From(item);
            }

            foreach (var item in _statements)
            {
                yield return JsonLinesRecord.From(item);
            }

            foreach (var item in _claims)
            {
                yield return JsonLinesRecord.From(item);
            }

            foreach (var item in _relations)
            {
                yield return JsonLinesRecord.From(item);
            }
        }

        /// <summary>Tells one event in its status ("is to meet", "denied having clashed with"), then what is said about it.</summary>
        private Event AddEvent(LocalDate day, City city)
        {
            var r = _random;
            var shape = r.Pick(EventShapes);
            var status = PickStatus(r.Next(100));
            var roll = r.Next(100);

            // A disputed event has two sides to dispute it.
            var participants = roll < 15 && status != EventStatus.Disputed ? 1 : roll < 70 ? 2 : roll < 90 ? 3 : 4;
            var actors = PickActors(participants);
            var eventId = new EventId(string.Create(CultureInfo.InvariantCulture, $"e{++_eventCount}"));
            var eventCity = r.Chance(0.6) ? city : r.Pick(Cities);
            var eventZone = DateTimeZoneProviders.Tzdb[eventCity.Zone];
            var verb = status switch
            {
                EventStatus.Ongoing => "continues to " + shape.Base,
                EventStatus.Planned => "is to " + shape.Base,
                EventStatus.Hypothetical => "could " + shape.Base,
                EventStatus.Cancelled => "called off plans to " + shape.Base,
                EventStatus.Failed => "failed to " + shape.Base,
                EventStatus.Denied => "denied having " + shape.Past,
                EventStatus.Disputed => "reportedly " + shape.Past,
                _ => shape.Past,
            };
            var other = actors.Length >= 2 ? NameOf(actors[1]) : "the authorities";

            var start = _text.Position;
            var utf16 = _text.Utf16Length;
            Mention(actors[0]);
            _text.Append($" {verb} ");
            if (actors.Length >= 2)
            {
                Mention(actors[1]);
            }
            else
            {
                _text.Append(other);
            }

            if (actors.Length >= 3)
            {
                _text.Append(", with ");
                Mention(actors[2]);
                _text.Append(" mediating");
            }

            if (actors.Length >= 4)
            {
                _text.Append(" and ");
                Mention(actors[3]);
                _text.Append(" attending");
            }

            _text.Append($" in {eventCity.Name}");
            var (words, time) = TimeOf(status, day);
            _text.Append(" " + words);
            time = time with { Zone = eventZone, Expression = words, Anchor = TimeValue.Day(day) };

            // Counts belong to what happened (or is said to have), not to plans.
            var quantities = ImmutableArray<Quantity>.Empty;
            var happened = status is EventStatus.Occurred or EventStatus.Ongoing or EventStatus.Disputed;
            if (happened && shape.Type is EventType.Fighting or EventType.Offensive)
            {
                var killed = r.Between(2, 60);
                var count = string.Create(CultureInfo.InvariantCulture, $"at least {killed}");
                _text.Append($", killing {count} people");
                quantities = [new Quantity(QuantityKind.Killed, killed, qualifier: QuantityQualifier.AtLeast, text: count)];
            }
            else if (happened && shape.Type == EventType.Demonstration)
            {
                var people = r.Between(1, 40) * 250;
                var count = string.Create(CultureInfo.InvariantCulture, $"about {people:N0}");
                _text.Append($", drawing {count} people");
                quantities = [new Quantity(QuantityKind.Participants, people, qualifier: QuantityQualifier.About, text: count)];
            }
            else if (status == EventStatus.Occurred && shape.Type is EventType.Meeting or EventType.Negotiation && r.Chance(0.3))
            {
                var hours = r.Between(2, 9);
                var count = string.Create(CultureInfo.InvariantCulture, $"about {hours} hours");
                _text.Append($" for {count}");
                quantities = [new Quantity(QuantityKind.Duration, hours, qualifier: QuantityQualifier.About, unit: "hours", text: count)];
            }

            _text.Append(".");
            var evidence = _text.Since(start, utf16);
            _text.Append(" ");

            var links = _events.Count > 0 && r.Chance(0.25)
                ? ImmutableArray.Create(new EventLink(r.Pick([EventLinkType.FollowsFrom, EventLinkType.PartOf, EventLinkType.Precedes]), r.Pick(_events).Id))
                : [];
            var @event = new Event
            {
                Id = eventId,
                Type = shape.Type,
                Status = status,
                Summary = $"{NameOf(actors[0])} {verb} {other} in {eventCity.Name}",
                Time = time,
                Place = new Place
                {
                    Name = eventCity.Name,
                    Country = eventCity.Country,
                    Precision = PlacePrecision.City,
                    Coordinates = new GeoPoint(eventCity.Latitude, eventCity.Longitude),
                    Codes = [new ExternalCode(CodeScheme.GeoNames, eventCity.GeoNames)],
                },
                Participants = [.. actors.Select((a, k) => new Participant(ActorIdOf(a), k switch
                {
                    0 => ParticipantRole.Initiator,
                    1 => shape.Type is EventType.Fighting or EventType.Offensive or EventType.Threat ? ParticipantRole.Victim : ParticipantRole.Target,
                    2 => ParticipantRole.Mediator,
                    _ => ParticipantRole.Attendee,
                }))],
                Codes = [ExternalCode.Cameo(shape.Cameo), ExternalCode.Plover(shape.Plover)],
                Quantities = quantities,
                Links = links,
                Evidence = Quote(evidence),
            };
            _events.Add(@event);

            var occurrence = $"{NameOf(actors[0])} {shape.Past} {other} in {eventCity.Name}";
            if (status == EventStatus.Denied && r.Chance(_options.ClaimRate))
            {
                // The event's own sentence is the denial.
                AddClaim(actors[0], occurrence, ClaimPolarity.Negative, @event, evidence);
            }
            else if (status == EventStatus.Disputed && r.Chance(_options.ClaimRate))
            {
                AddDispute(@event, actors, occurrence);
            }

            if (r.Chance(_options.StatementRate))
            {
                AddStatement(@event, actors);
            }

            if (quantities.Length > 0 && quantities[0].Kind != QuantityKind.Duration && actors.Length >= 2 && r.Chance(_options.ClaimRate * 0.5))
            {
                AddRivalFigures(@event, actors, quantities[0], eventCity);
            }

            return @event;
        }

        private static EventStatus PickStatus(int roll) => roll switch
        {
            < 58 => EventStatus.Occurred,
            < 66 => EventStatus.Ongoing,
            < 76 => EventStatus.Planned,
            < 80 => EventStatus.Cancelled,
            < 84 => EventStatus.Failed,
            < 88 => EventStatus.Hypothetical,
            < 93 => EventStatus.Denied,
            _ => EventStatus.Disputed,
        };

        /// <summary>When the event is, as the story words it: past days or months, "since" for what goes on, days or months ahead for what is to come.</summary>
        private (string Words, TimeValue Time) TimeOf(EventStatus status, LocalDate day)
        {
            var r = _random;
            switch (status)
            {
                case EventStatus.Ongoing:
                    var since = day.PlusDays(-r.Between(1, 30));
                    return ($"since {DayAndMonth(since)}", TimeValue.Since(TimeValue.Day(since)));
                case EventStatus.Planned or EventStatus.Hypothetical:
                    if (status == EventStatus.Planned && r.Chance(0.7))
                    {
                        var ahead = day.PlusDays(r.Between(1, 30));
                        return ($"on {DayAndMonth(ahead)}", TimeValue.Day(ahead));
                    }

                    var next = day.PlusMonths(1);
                    return ("next month", TimeValue.Month(next.Year, next.Month));
                default:
                    if (r.Chance(0.7))
                    {
                        var date = day.PlusDays(-r.Next(7));
                        return ($"on {DayAndMonth(date)}", TimeValue.Day(date));
                    }

                    var month = r.Chance(0.5) ? day : day.PlusMonths(-1);
                    return (month.Month == day.Month ? "earlier this month" : $"in {MonthNames[month.Month - 1]}", TimeValue.Month(month.Year, month.Month));
            }
        }

        private static string DayAndMonth(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthNames[date.Month - 1]}");

        /// <summary>
        /// A statement about the event by its initiator or the initiator's spokesperson, worded in the
        /// polarity of its claim; then perhaps the other side's contradiction, a mediator's support and
        /// a spokesperson's repetition, each linked to it and about the same event.
        /// </summary>
        private void AddStatement(Event @event, int[] actors)
        {
            var r = _random;
            var body = actors[0];
            var speaker = generator.HasSpokesperson(body) && r.Chance(0.35) ? generator.SpokespersonOf(body) : body;
            var wording = Proposition(r.Next(_propositions));
            var polarity = r.Next(10) switch { < 7 => ClaimPolarity.Positive, < 9 => ClaimPolarity.Negative, _ => ClaimPolarity.Underspecified };
            var said = polarity switch
            {
                ClaimPolarity.Positive => wording.Positive,
                ClaimPolarity.Negative => wording.Negative,
                _ => $"it is too early to say whether {wording.Positive}",
            };
            var direct = r.Chance(0.5);
            var start = _text.Position;
            var utf16 = _text.Utf16Length;
            if (direct)
            {
                _text.Append($"\u201C{char.ToUpperInvariant(said[0])}{said[1..]},\u201D said ");
                MentionSpeaker(speaker);
                _text.Append(".");
            }
            else
            {
                MentionSpeaker(speaker, subject: true);
                _text.Append($" said that {said}.");
            }

            var evidence = _text.Since(start, utf16);
            _text.Append(" ");
            var statementId = new StatementId(string.Create(CultureInfo.InvariantCulture, $"s{++_statementCount}"));
            var other = actors.Length > 1 ? ImmutableArray.Create(ActorIdOf(actors[1])) : [];
            _statements.Add(new Statement
            {
                Id = statementId,
                Speaker = ActorIdOf(speaker),
                Channel = (StatementChannel)r.Next(Enum.GetValues<StatementChannel>().Length),
                Mode = direct ? SpeechMode.DirectQuote : SpeechMode.ReportedSpeech,
                Content = said,
                Time = TimeValue.Day(_day) with { Zone = _zone },
                Audience = r.Chance(0.3) ? other : [],
                About = other,
                Evidence = Quote(evidence),
            });

            if (!r.Chance(_options.ClaimRate))
            {
                return;
            }

            var claim = AddClaim(speaker, wording.Positive, polarity, @event, evidence, statementId, other, RelayedAttribution());
            if (polarity != ClaimPolarity.Underspecified && actors.Length > 1 && r.Chance(_options.ClaimRate * 0.3))
            {
                // The other side says the opposite of the same proposition: "denied that …", "insisted that …".
                var opposite = polarity == ClaimPolarity.Positive ? ClaimPolarity.Negative : ClaimPolarity.Positive;
                var answer = Sentence(actors[1], opposite == ClaimPolarity.Negative ? $" denied that {wording.Positive}." : $" insisted that {wording.Positive}.");
                AddClaim(actors[1], wording.Positive, opposite, @event, answer, links: [new ClaimLink(ClaimLinkType.Contradicts, claim.Id)]);
            }

            if (actors.Length > 2 && r.Chance(_options.ClaimRate * 0.3))
            {
                var backing = Sentence(actors[2], $" also said that {said}.");
                AddClaim(actors[2], wording.Positive, polarity, @event, backing, links: [new ClaimLink(ClaimLinkType.Supports, claim.Id)]);
            }

            if (speaker == body && generator.HasSpokesperson(body) && r.Chance(_options.ClaimRate * 0.25))
            {
                var spokesperson = generator.SpokespersonOf(body);
                var repeated = Sentence(spokesperson, $" repeated that {said}.");
                AddClaim(spokesperson, wording.Positive, polarity, @event, repeated, links: [new ClaimLink(ClaimLinkType.Repeats, claim.Id)]);
            }
        }

        /// <summary>A disputed event: one side says it took place, the other that it never did, contradicting the first.</summary>
        private void AddDispute(Event @event, int[] actors, string occurrence)
        {
            var confirmed = Sentence(actors[0], " confirmed the report.");
            var claim = AddClaim(actors[0], occurrence, ClaimPolarity.Positive, @event, confirmed);
            var denied = Sentence(actors[1], " said it never happened.");
            AddClaim(actors[1], occurrence, ClaimPolarity.Negative, @event, denied, links: [new ClaimLink(ClaimLinkType.Contradicts, claim.Id)]);
        }

        /// <summary>
        /// Rival figures for the event's count from its two sides, of one kind and never equal: the
        /// attacker puts a death toll low and its victim high, protesters put a turnout high and their
        /// target low. Their ranges overlap or not ("at least 12" and "30" do, "at most 10" and "30" do
        /// not). After a fight, a third party may give a single-source count of the displaced.
        /// </summary>
        private void AddRivalFigures(Event @event, int[] actors, Quantity reported, City city)
        {
            var r = _random;
            var value = (int)reported.Value!.Value;
            var low = value - r.Between(0, value / 2);
            var high = value + (reported.Kind == QuantityKind.Killed ? r.Between(1, 40) : r.Between(1, 20) * 250);
            var (lowQualifier, lowWords) = r.Next(3) switch
            {
                0 => (QuantityQualifier.AtMost, string.Create(CultureInfo.InvariantCulture, $"at most {low:N0}")),
                1 => (QuantityQualifier.About, string.Create(CultureInfo.InvariantCulture, $"about {low:N0}")),
                _ => (QuantityQualifier.Exact, string.Create(CultureInfo.InvariantCulture, $"{low:N0}")),
            };
            var (highQualifier, highWords) = r.Next(3) switch
            {
                0 => (QuantityQualifier.AtLeast, string.Create(CultureInfo.InvariantCulture, $"at least {high:N0}")),
                1 => (QuantityQualifier.MoreThan, string.Create(CultureInfo.InvariantCulture, $"more than {high:N0}")),
                _ => (QuantityQualifier.Exact, string.Create(CultureInfo.InvariantCulture, $"{high:N0}")),
            };
            var lowFigure = new Quantity(reported.Kind, low, qualifier: lowQualifier, text: lowWords);
            var highFigure = new Quantity(reported.Kind, high, qualifier: highQualifier, text: highWords);
            if (reported.Kind == QuantityKind.Killed)
            {
                var proposition = $"people were killed in the fighting in {city.Name}";
                AddClaim(actors[0], proposition, ClaimPolarity.Positive, @event, Sentence(actors[0], $" put the death toll at {lowWords}."), quantities: [lowFigure]);
                AddClaim(actors[1], proposition, ClaimPolarity.Positive, @event, Sentence(actors[1], $" said {highWords} people had been killed."), quantities: [highFigure]);
                if (actors.Length > 2 && r.Chance(0.5))
                {
                    var fled = r.Between(2, 400) * 500;
                    var words = string.Create(CultureInfo.InvariantCulture, $"more than {fled:N0}");
                    AddClaim(actors[2], $"people were displaced by the fighting in {city.Name}", ClaimPolarity.Positive, @event,
                        Sentence(actors[2], $" said {words} people had fled."), quantities: [new Quantity(QuantityKind.Displaced, fled, qualifier: QuantityQualifier.MoreThan, text: words)]);
                }
            }
            else
            {
                var proposition = $"people took part in the protest in {city.Name}";
                AddClaim(actors[0], proposition, ClaimPolarity.Positive, @event, Sentence(actors[0], $" said {highWords} people took part."), quantities: [highFigure]);
                AddClaim(actors[1], proposition, ClaimPolarity.Positive, @event, Sentence(actors[1], $" put the turnout at {lowWords}."), quantities: [lowFigure]);
            }
        }

        /// <summary>A claim about the event, relayed by the story's agency unless an attribution is given.</summary>
        private Claim AddClaim(
            int claimant,
            string proposition,
            ClaimPolarity polarity,
            Event @event,
            Evidence evidence,
            StatementId? statement = null,
            ImmutableArray<ActorId> aboutActors = default,
            ImmutableArray<ActorId> attribution = default,
            ImmutableArray<Quantity> quantities = default,
            ImmutableArray<ClaimLink> links = default)
        {
            var claim = new Claim
            {
                Id = new ClaimId(string.Create(CultureInfo.InvariantCulture, $"c{++_claimCount}")),
                Claimant = ActorIdOf(claimant),
                Proposition = proposition,
                Polarity = polarity,
                Certainty = (ClaimCertainty)_random.Next(4),
                Statement = statement,
                About = new ClaimSubjects { Events = [@event.Id], Actors = aboutActors.IsDefault ? [] : aboutActors },
                Attribution = attribution.IsDefault ? [ActorIdOf(_agency)] : attribution,
                Quantities = quantities.IsDefault ? [] : quantities,
                Links = links.IsDefault ? [] : links,
                Evidence = Quote(evidence),
            };
            _claims.Add(claim);
            return claim;
        }

        /// <summary>The story's agency, or now and then another agency relaying it.</summary>
        private ImmutableArray<ActorId> RelayedAttribution() => _random.Chance(0.3)
            ? ImmutableArray.Create(ActorIdOf((_agency + 1 + _random.Next(AgencyCount - 1)) % AgencyCount), ActorIdOf(_agency))
            : [ActorIdOf(_agency)];

        /// <summary>A sentence of the actor's (named as a speaker) followed by <paramref name="rest"/>, as evidence.</summary>
        private Evidence Sentence(int actor, string rest)
        {
            var start = _text.Position;
            var utf16 = _text.Utf16Length;
            MentionSpeaker(actor, subject: true);
            _text.Append(rest);
            var evidence = _text.Since(start, utf16);
            _text.Append(" ");
            return evidence;
        }

        /// <summary>
        /// Names a speaker; a spokesperson with the body they speak for ("Anna Popov, spokesperson of
        /// the Ministry of Health"), closed by a comma when the sentence goes on (<paramref name="subject"/>),
        /// and the first time ever with the relation that says so.
        /// </summary>
        private void MentionSpeaker(int speaker, bool subject = false)
        {
            if (speaker < ActorCount)
            {
                Mention(speaker);
                return;
            }

            var body = generator.BodyOf(speaker);
            var first = !Emitted[speaker];
            var start = _text.Position;
            var utf16 = _text.Utf16Length;
            Mention(speaker);
            _text.Append($", {Spokesperson} of ");
            Mention(body);
            var apposition = _text.Since(start, utf16);
            if (subject)
            {
                _text.Append(",");
            }

            if (first)
            {
                _relations.Add(new Relation
                {
                    Id = NextRelation(),
                    Type = RelationType.HoldsOffice,
                    Source = ActorIdOf(speaker),
                    Target = ActorIdOf(body),
                    Role = Spokesperson,
                    Evidence = Quote(apposition),
                });
            }
        }

        private void Mention(int actor)
        {
            var evidence = _text.AppendEvidence(NameOf(actor));

            // Spokespersons hold their one office; the random relations are between the others.
            if (actor < ActorCount && !_mentioned.Contains(actor))
            {
                _mentioned.Add(actor);
            }

            if (!Emitted[actor])
            {
                Emitted[actor] = true;
                _newActors.Add((actor, evidence));
            }
        }

        private void AddRelation(LocalDate date)
        {
            var r = _random;
            var source = _mentioned[r.Next(_mentioned.Count)];
            var target = _mentioned[r.Next(_mentioned.Count)];
            if (source == target)
            {
                target = _mentioned[(_mentioned.IndexOf(source) + 1) % _mentioned.Count];
            }

            var sourceKind = generator.Describe(source).Kind;
            var targetKind = generator.Describe(target).Kind;
            var (type, phrase, role) = sourceKind == ActorKind.Person && targetKind is ActorKind.Government or ActorKind.State
                ? (RelationType.HoldsOffice, "serves as {0} of", r.Pick(Offices))
                : r.Next(5) switch
                {
                    0 => (RelationType.Backs, "backs", (string?)null),
                    1 => (RelationType.Opposes, "opposes", null),
                    2 => (RelationType.AlliedWith, "is allied with", null),
                    3 => (RelationType.MemberOf, "is part of", null),
                    _ => (RelationType.DeployedAlongside, "fights alongside", null),
                };
            var start = _text.Position;
            var utf16 = _text.Utf16Length;
            Mention(source);
            _text.Append(" " + string.Format(CultureInfo.InvariantCulture, phrase, role) + " ");
            Mention(target);
            _text.Append(".");
            var evidence = _text.Since(start, utf16);
            _text.Append(" ");
            _relations.Add(new Relation
            {
                Id = NextRelation(),
                Type = type,
                Source = ActorIdOf(source),
                Target = ActorIdOf(target),
                Role = role,
                Time = TimeValue.Month(date.Year, date.Month),
                Evidence = Quote(evidence),
            });
        }

        private RelationId NextRelation() => new(string.Create(CultureInfo.InvariantCulture, $"r{++_relationCount}"));

        private string NameOf(int actor) => generator.Describe(actor).Name;

        private ImmutableArray<Evidence> Quote(Evidence evidence) =>
            [_options.IncludeText ? evidence : new Evidence(evidence.Document, evidence.Start, evidence.End)];

        /// <summary>Picks distinct actors other than the agencies, the first ones more often (a few actors are in the news a lot).</summary>
        private int[] PickActors(int count)
        {
            var pool = ActorCount - AgencyCount;
            count = Math.Min(count, pool);
            var picked = new int[count];
            for (var i = 0; i < count; i++)
            {
                int candidate;
                do
                {
                    var u = _random.NextDouble();
                    candidate = AgencyCount + (int)(pool * u * u);
                }
                while (Array.IndexOf(picked, candidate, 0, i) >= 0);

                picked[i] = candidate;
            }

            return picked;
        }
    }

    /// <summary>
    /// The proposition numbered <paramref name="index"/>: the whole wordings first, then each topic
    /// wording with each topic in turn, the named topics and then numbered sectors and districts.
    /// </summary>
    private static Wording Proposition(int index)
    {
        if (index < FixedWordings.Length)
        {
            return FixedWordings[index];
        }

        var rest = index - FixedWordings.Length;
        var wording = TopicWordings[rest % TopicWordings.Length];
        var topicIndex = rest / TopicWordings.Length;
        var topic = topicIndex < Topics.Length
            ? Topics[topicIndex]
            : string.Create(CultureInfo.InvariantCulture, $"{TopicAreas[(topicIndex - Topics.Length) % TopicAreas.Length]} {((topicIndex - Topics.Length) / TopicAreas.Length) + 1}");
        return new Wording(
            string.Format(CultureInfo.InvariantCulture, wording.Positive, topic),
            string.Format(CultureInfo.InvariantCulture, wording.Negative, topic));
    }
}
