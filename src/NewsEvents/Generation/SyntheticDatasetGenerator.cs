using System.Collections.Immutable;
using System.Globalization;
using NewsEvents.Streaming;
using NodaTime;
using static NewsEvents.Generation.SyntheticVocabulary;

namespace NewsEvents.Generation;

/// <summary>
/// Makes realistic synthetic NewsEvents data, the same for the same seed and options on every
/// platform: documents with their text, actors of every kind with names in Latin (with accents),
/// Arabic, Cyrillic and East Asian scripts, events with one to four participants in their roles,
/// statements, claims with attribution chains and links, relations, quantities, month- and
/// day-precise times in several time zones, places with coordinates, and evidence spans that quote
/// the generated text exactly. Everything it makes validates.
/// </summary>
/// <remarks>
/// <para><see cref="GenerateRecords"/> streams the data as JSON Lines records and holds only a bit per
/// actor, so it can make millions of events in little memory; <see cref="GenerateDataset"/> collects
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

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed: the same seed and options give the same data.</param>
    /// <param name="options">Sizes and shapes; <see cref="SyntheticDatasetOptions.Default"/> when null.</param>
    public SyntheticDatasetGenerator(int seed, SyntheticDatasetOptions? options = null)
    {
        Seed = seed;
        Options = options ?? SyntheticDatasetOptions.Default;
        _seed = SyntheticRandom.Mix((ulong)(uint)seed, 0x4E657773UL);
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

        for (var a = 0; a < run.ActorCount; a++)
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
        switch (roll)
        {
            case < 50:
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

    private static string Pick(string[] items, ulong h) => items[(int)((h >> 16) % (ulong)items.Length)];

    /// <summary>The state of one enumeration: the random stream, the counters, which actors were written.</summary>
    private sealed class Run(SyntheticDatasetGenerator generator)
    {
        private readonly SyntheticRandom _random = new(generator._seed);
        private readonly SyntheticDatasetOptions _options = generator.Options;
        private readonly List<ClaimId> _recentClaims = [];
        private int _events;
        private int _statements;
        private int _claims;
        private int _relations;

        public int ActorCount { get; } = generator.Options.EffectiveActorCount;

        public System.Collections.BitArray Emitted { get; } = new(generator.Options.EffectiveActorCount);

        public IEnumerable<JsonLinesRecord> Story(int d)
        {
            var r = _random;
            var docId = new DocumentId(string.Create(CultureInfo.InvariantCulture, $"d{d + 1}"));
            var text = new DocumentTextBuilder(docId);
            var newActors = new List<(int Index, Evidence Mention)>();
            var mentioned = new List<int>();
            var events = new List<Event>();
            var statements = new List<Statement>();
            var claims = new List<Claim>();
            var relations = new List<Relation>();

            var city = r.Pick(Cities);
            var zone = DateTimeZoneProviders.Tzdb[city.Zone];
            var day = _options.FirstDay.PlusDays((int)((long)d * _options.Days / Math.Max(1, generator.DocumentCount)));
            var local = day.At(new LocalTime(r.Between(6, 22), r.Next(60)));
            var published = TimeValue.At(local.InZoneLeniently(zone).ToOffsetDateTime()) with { Zone = zone };
            var anchor = TimeValue.Day(day);
            var agency = r.Next(AgencyCount);
            var publisher = r.Pick(Publishers);

            // Dateline: "Tripoli, 14 January (Reuters) — "
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{city.Name}, {day.Day} {MonthNames[day.Month - 1]} ("));
            Mention(agency, text);
            text.Append(") — ");

            var count = (int)Math.Min(_options.EventsPerDocument, _options.EventCount - ((long)d * _options.EventsPerDocument));
            string? title = null;
            for (var i = 0; i < count; i++)
            {
                var shape = r.Pick(EventShapes);
                var roll = r.Next(100);
                var participants = roll < 15 ? 1 : roll < 70 ? 2 : roll < 90 ? 3 : 4;
                var actors = PickActors(participants);
                var eventId = new EventId(string.Create(CultureInfo.InvariantCulture, $"e{++_events}"));
                var eventCity = r.Chance(0.6) ? city : r.Pick(Cities);
                var eventZone = DateTimeZoneProviders.Tzdb[eventCity.Zone];

                var start = text.Position;
                var utf16 = text.Utf16Length;
                Mention(actors[0], text);
                text.Append($" {shape.Verb} ");
                if (participants >= 2)
                {
                    Mention(actors[1], text);
                }
                else
                {
                    text.Append("the authorities");
                }

                if (participants >= 3)
                {
                    text.Append(", with ");
                    Mention(actors[2], text);
                    text.Append(" mediating");
                }

                if (participants >= 4)
                {
                    text.Append(" and ");
                    Mention(actors[3], text);
                    text.Append(" attending");
                }

                text.Append($" in {eventCity.Name}");
                TimeValue time;
                if (r.Chance(0.7))
                {
                    var date = day.PlusDays(-r.Next(7));
                    var words = string.Create(CultureInfo.InvariantCulture, $"on {date.Day} {MonthNames[date.Month - 1]}");
                    text.Append(" " + words);
                    time = TimeValue.Day(date) with { Zone = eventZone, Expression = words, Anchor = anchor };
                }
                else
                {
                    var month = r.Chance(0.5) ? day : day.PlusMonths(-1);
                    var words = month.Month == day.Month ? "earlier this month" : $"in {MonthNames[month.Month - 1]}";
                    text.Append(" " + words);
                    time = TimeValue.Month(month.Year, month.Month) with { Zone = eventZone, Expression = words, Anchor = anchor };
                }

                var quantities = ImmutableArray<Quantity>.Empty;
                if (shape.Type is EventType.Fighting or EventType.Offensive)
                {
                    var killed = r.Between(2, 60);
                    var words = string.Create(CultureInfo.InvariantCulture, $"at least {killed}");
                    text.Append($", killing {words} people");
                    quantities = [new Quantity(QuantityKind.Killed, killed, qualifier: QuantityQualifier.AtLeast, text: words)];
                }
                else if (shape.Type == EventType.Demonstration)
                {
                    var people = r.Between(1, 40) * 250;
                    var words = string.Create(CultureInfo.InvariantCulture, $"about {people:N0}");
                    text.Append($", drawing {words} people");
                    quantities = [new Quantity(QuantityKind.Participants, people, qualifier: QuantityQualifier.About, text: words)];
                }
                else if (shape.Type is EventType.Meeting or EventType.Negotiation && r.Chance(0.3))
                {
                    var hours = r.Between(2, 9);
                    var words = string.Create(CultureInfo.InvariantCulture, $"about {hours} hours");
                    text.Append($" for {words}");
                    quantities = [new Quantity(QuantityKind.Duration, hours, qualifier: QuantityQualifier.About, unit: "hours", text: words)];
                }

                text.Append(".");
                var evidence = text.Since(start, utf16);
                text.Append(" ");

                var summary = $"{NameOf(actors[0])} {shape.Verb} {(participants >= 2 ? NameOf(actors[1]) : "the authorities")} in {eventCity.Name}";
                title ??= summary;
                var statusRoll = r.Next(100);
                var links = events.Count > 0 && r.Chance(0.25)
                    ? ImmutableArray.Create(new EventLink(r.Pick([EventLinkType.FollowsFrom, EventLinkType.PartOf, EventLinkType.Precedes]), r.Pick(events).Id))
                    : [];
                var @event = new Event
                {
                    Id = eventId,
                    Type = shape.Type,
                    Status = statusRoll < 85 ? EventStatus.Occurred : statusRoll < 90 ? EventStatus.Failed : statusRoll < 95 ? EventStatus.Cancelled : EventStatus.Denied,
                    Summary = summary,
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
                events.Add(@event);

                if (r.Chance(_options.StatementRate))
                {
                    AddStatement(@event, actors, agency, day, zone, text, statements, claims);
                }
            }

            if (mentioned.Count >= 2 && r.Chance(_options.RelationRate))
            {
                AddRelation(day, text, relations);
            }

            var document = new Document
            {
                Id = docId,
                Url = string.Create(CultureInfo.InvariantCulture, $"https://news.example.org/{day.Year}/{day.Month:D2}/{day.Day:D2}/story-{d + 1}"),
                Title = title ?? "News in brief",
                Publisher = publisher,
                Agency = Agencies[agency].Name,
                Byline = $"By {Agencies[agency].Name}",
                Credits = r.Chance(0.3) ? ["AP / TASS"] : [],
                Published = published,
                Language = "en",
                Text = _options.IncludeText ? text.ToString() : null,
            };

            yield return JsonLinesRecord.From(document);
            foreach (var (index, mention) in newActors)
            {
                yield return JsonLinesRecord.From(generator.Actor(index, Quote(mention)));
            }

            foreach (var item in events)
            {
                yield return JsonLinesRecord.From(item);
            }

            foreach (var item in statements)
            {
                yield return JsonLinesRecord.From(item);
            }

            foreach (var item in claims)
            {
                yield return JsonLinesRecord.From(item);
            }

            foreach (var item in relations)
            {
                yield return JsonLinesRecord.From(item);
            }

            void Mention(int actor, DocumentTextBuilder builder)
            {
                var evidence = builder.AppendEvidence(NameOf(actor));
                if (!mentioned.Contains(actor))
                {
                    mentioned.Add(actor);
                }

                if (!Emitted[actor])
                {
                    Emitted[actor] = true;
                    newActors.Add((actor, evidence));
                }
            }

            void AddStatement(Event @event, int[] actors, int agencyIndex, LocalDate date, DateTimeZone statementZone, DocumentTextBuilder builder, List<Statement> statementList, List<Claim> claimList)
            {
                var speaker = actors[0];
                var content = r.Pick(Contents);
                var direct = r.Chance(0.5);
                var start = builder.Position;
                var utf16 = builder.Utf16Length;
                if (direct)
                {
                    builder.Append($"\u201C{char.ToUpperInvariant(content[0])}{content[1..]},\u201D said ");
                    Mention(speaker, builder);
                    builder.Append(".");
                }
                else
                {
                    Mention(speaker, builder);
                    builder.Append($" said that {content}.");
                }

                var evidence = builder.Since(start, utf16);
                builder.Append(" ");
                var statementId = new StatementId(string.Create(CultureInfo.InvariantCulture, $"s{++_statements}"));
                var other = actors.Length > 1 ? ImmutableArray.Create(ActorIdOf(actors[1])) : [];
                statementList.Add(new Statement
                {
                    Id = statementId,
                    Speaker = ActorIdOf(speaker),
                    Channel = (StatementChannel)r.Next(Enum.GetValues<StatementChannel>().Length),
                    Mode = direct ? SpeechMode.DirectQuote : SpeechMode.ReportedSpeech,
                    Content = content,
                    Time = TimeValue.Day(date) with { Zone = statementZone },
                    Audience = r.Chance(0.3) ? other : [],
                    About = other,
                    Evidence = Quote(evidence),
                });

                if (!r.Chance(_options.ClaimRate))
                {
                    return;
                }

                var attribution = r.Chance(0.3)
                    ? ImmutableArray.Create(ActorIdOf((agencyIndex + 1 + r.Next(AgencyCount - 1)) % AgencyCount), ActorIdOf(agencyIndex))
                    : [ActorIdOf(agencyIndex)];
                var links = _recentClaims.Count > 0 && r.Chance(0.3)
                    ? ImmutableArray.Create(new ClaimLink(r.Pick([ClaimLinkType.Supports, ClaimLinkType.Contradicts, ClaimLinkType.Repeats]), r.Pick(_recentClaims)))
                    : [];
                var killed = @event.Quantities.FirstOrDefault(q => q.Kind == QuantityKind.Killed);
                var claim = new Claim
                {
                    Id = NextClaim(),
                    Claimant = ActorIdOf(speaker),
                    Proposition = content,
                    Polarity = r.Next(10) switch { < 7 => ClaimPolarity.Positive, < 9 => ClaimPolarity.Negative, _ => ClaimPolarity.Underspecified },
                    Certainty = (ClaimCertainty)r.Next(4),
                    Statement = statementId,
                    About = new ClaimSubjects { Events = [@event.Id], Actors = other },
                    Attribution = attribution,
                    Quantities = killed is null ? [] : [new Quantity(QuantityKind.Killed, killed.Value + r.Between(0, 20), qualifier: QuantityQualifier.AtLeast)],
                    Links = links,
                    Evidence = Quote(evidence),
                };
                claimList.Add(claim);

                if (actors.Length > 1 && r.Chance(_options.ClaimRate * 0.3))
                {
                    var denierStart = builder.Position;
                    var denierUtf16 = builder.Utf16Length;
                    Mention(actors[1], builder);
                    builder.Append(" denied the report.");
                    var denial = builder.Since(denierStart, denierUtf16);
                    builder.Append(" ");
                    claimList.Add(new Claim
                    {
                        Id = NextClaim(),
                        Claimant = ActorIdOf(actors[1]),
                        Proposition = $"it is not true that {content}",
                        Polarity = ClaimPolarity.Negative,
                        Certainty = ClaimCertainty.Certain,
                        About = new ClaimSubjects { Events = [@event.Id] },
                        Attribution = [ActorIdOf(agencyIndex)],
                        Links = [new ClaimLink(ClaimLinkType.Contradicts, claim.Id)],
                        Evidence = Quote(denial),
                    });
                }
            }

            void AddRelation(LocalDate date, DocumentTextBuilder builder, List<Relation> relationList)
            {
                var source = mentioned[r.Next(mentioned.Count)];
                var target = mentioned[r.Next(mentioned.Count)];
                if (source == target)
                {
                    target = mentioned[(mentioned.IndexOf(source) + 1) % mentioned.Count];
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
                var start = builder.Position;
                var utf16 = builder.Utf16Length;
                Mention(source, builder);
                builder.Append(" " + string.Format(CultureInfo.InvariantCulture, phrase, role) + " ");
                Mention(target, builder);
                builder.Append(".");
                var evidence = builder.Since(start, utf16);
                builder.Append(" ");
                relationList.Add(new Relation
                {
                    Id = new RelationId(string.Create(CultureInfo.InvariantCulture, $"r{++_relations}")),
                    Type = type,
                    Source = ActorIdOf(source),
                    Target = ActorIdOf(target),
                    Role = role,
                    Time = TimeValue.Month(date.Year, date.Month),
                    Evidence = Quote(evidence),
                });
            }
        }

        private ClaimId NextClaim()
        {
            var id = new ClaimId(string.Create(CultureInfo.InvariantCulture, $"c{++_claims}"));
            if (_recentClaims.Count == 64)
            {
                _recentClaims.RemoveAt(0);
            }

            _recentClaims.Add(id);
            return id;
        }

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
}
