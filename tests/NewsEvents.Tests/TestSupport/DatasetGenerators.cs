using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace NewsEvents.Tests.TestSupport;

/// <summary>
/// FsCheck generators of whole, valid datasets: documents with non-ASCII text (accents, CJK, RTL,
/// combining marks, emoji outside the BMP), evidence spans cut from the real text so that quotes
/// match, cross references that resolve, time values of every precision with zones, expressions,
/// anchors and durations, quantities with decimals, and empty collections.
/// </summary>
public static class DatasetGenerators
{
    private static readonly string[] Words =
    [
        "Haftar", "Moscow", "ceasefire", "talks", "said", "the", "Reuters", "TASS", "at least 12",
        "Zürich", "café", "Ankara’s", "São Paulo", "naïve", "Łódź", "Ελλάδα", "Хафтар", "Москва",
        "北京", "東京の記者", "停戦", "서울", "طرابلس", "שלום", "مرحبا بالعالم", "e\u0301", "a\u0308\u0301",
        "😀", "👍🏽", "🇱🇾", "𝄞", "𠜎𠜱", "👨‍👩‍👧", "—", "“quoted”", "«цитата»", "1,5 %", "\t", "\u00a0", "\u200b",
        "\\", "\"", "<script>", "&amp;", "\u2028", "line\nbreak",
    ];

    private static readonly string[] Zones = ["Europe/Moscow", "Africa/Tripoli", "Asia/Tokyo", "America/New_York", "UTC", "Asia/Kolkata", "Australia/Lord_Howe"];

    private static readonly string[] IdChars = ["a", "z", "0", "9", "-", "_", ".", ":", "é", "ж", "北", "😀"];

    /// <summary>Text of 1 to 12 words from the pool: never blank.</summary>
    public static Gen<string> Text =>
        from n in Gen.Choose(1, 6)
        from words in Gen.Elements(Words).ArrayOf(n)
        let text = string.Join(" ", words)
        select string.IsNullOrWhiteSpace(text) ? "x" + text : text;

    /// <summary>A document's text: possibly long, possibly empty.</summary>
    public static Gen<string> DocumentText =>
        Gen.Elements(Words).ArrayOf().Select(ws => string.Join(" ", ws));

    public static Gen<string> IdSuffix =>
        Gen.Elements(IdChars).ArrayOf().Select(cs => string.Concat(cs.Take(6)));

    public static Gen<string?> Optional(Gen<string> gen) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (2, gen.Select(s => (string?)s)));

    public static Gen<ImmutableArray<T>> ArrayOf<T>(Gen<T> gen, int max) =>
        Gen.Choose(0, max).SelectMany(n => gen.ArrayOf(n)).Select(a => a.ToImmutableArray());

    public static Gen<ImmutableArray<T>> SubsetOf<T>(IReadOnlyList<T> items, int max) =>
        items.Count == 0 ? Gen.Constant(ImmutableArray<T>.Empty) : ArrayOf(Gen.Elements<T>(items), max);

    public static Gen<decimal> Decimal =>
        from units in Gen.Choose(-100000, 1000000)
        from scale in Gen.Choose(0, 4)
        select new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale);

    public static Gen<Quantity> Quantity =>
        from kind in Gen.Elements(Enum.GetValues<QuantityKind>())
        from qualifier in Gen.Elements(Enum.GetValues<QuantityQualifier>())
        from shape in Gen.Choose(0, 3)
        from a in Decimal
        from b in Decimal
        from unit in Optional(Gen.Elements("people", "hours", "USD", "км", "人"))
        from text in Optional(Text)
            // Counts of people are never negative, and a range's qualifier agrees with the bounds it has.
        let people = kind is QuantityKind.Killed or QuantityKind.Injured or QuantityKind.Displaced or QuantityKind.Arrested or QuantityKind.Participants
        let x = people ? Math.Abs(a) : a
        let y = people ? Math.Abs(b) : b
        select shape switch
        {
            0 => new Quantity(kind, value: x, qualifier: qualifier, unit: unit, text: text),
            1 => new Quantity(kind, min: Math.Min(x, y), max: Math.Max(x, y), qualifier: qualifier is QuantityQualifier.Exact or QuantityQualifier.About ? qualifier : QuantityQualifier.About, unit: unit, text: text),
            2 => new Quantity(kind, min: x, qualifier: qualifier is QuantityQualifier.AtLeast or QuantityQualifier.MoreThan ? qualifier : QuantityQualifier.AtLeast, unit: unit, text: text),
            _ => new Quantity(kind, max: y, qualifier: qualifier is QuantityQualifier.AtMost or QuantityQualifier.LessThan ? qualifier : QuantityQualifier.AtMost, unit: unit, text: text),
        };

    public static Gen<ExternalCode> Code =>
        Gen.OneOf(
            Gen.Choose(0, 9999).SelectMany(n => Gen.Choose(2, 4).Select(w => ExternalCode.Cameo(n.ToString($"D{w}", System.Globalization.CultureInfo.InvariantCulture)[^w..]))),
            Gen.Elements("LBY", "RUSGOV", "LBYMILREB").Select(v => new ExternalCode(CodeScheme.CameoActor, v)),
            Gen.Elements("CONSULT", "ASSAULT", "SANCTION", "DEMAND", "PROTEST_X").Select(ExternalCode.Plover),
            Gen.Elements("verbal", "meet", "air-strike", "peaceful_protest").Select(v => new ExternalCode(CodeScheme.PloverMode, v)),
            Gen.Elements("Battles", "Violence against civilians", "Strategic developments", "Протесты").Select(v => new ExternalCode(CodeScheme.AcledEventType, v)),
            Gen.Choose(1, int.MaxValue).Select(n => ExternalCode.Wikidata("Q" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Gen.Elements("LY", "RU", "TR", "AE").Select(v => new ExternalCode(CodeScheme.Iso3166, v)),
            Gen.Choose(1, int.MaxValue).Select(n => new ExternalCode(CodeScheme.GeoNames, n.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public static Gen<GeoPoint> GeoPoint =>
        from lat in Gen.Choose(-90_000_000, 90_000_000)
        from lon in Gen.Choose(-180_000_000, 180_000_000)
        from fine in Gen.Elements(1.0, 1.0 / 3, 1e-3)
        select new GeoPoint(Math.Clamp(lat / 1e6 * fine, -90, 90), Math.Clamp(lon / 1e6 * fine, -180, 180));

    public static Gen<Place> Place =>
        from name in Text
        from country in Optional(Gen.Elements("LY", "RU", "TR", "JP", "IL"))
        from precision in Gen.Elements<PlacePrecision?>(null, PlacePrecision.Point, PlacePrecision.City, PlacePrecision.Region, PlacePrecision.Country)
        from coordinates in Gen.OrNull(GeoPoint)
        from codes in ArrayOf(Code, 2)
        select new Place { Name = name, Country = country, Precision = precision, Coordinates = coordinates, Codes = codes };

    /// <summary>A bare point of any precision (the shape of an interval bound or an anchor).</summary>
    public static Gen<TimeValue> Point =>
        from year in Gen.Choose(1, 9998)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from week in Gen.Choose(1, 52)
        from hour in Gen.Choose(0, 23)
        from minute in Gen.Choose(0, 59)
        from second in Gen.Elements(0, 0, 30, 59)
        from offsetMinutes in Gen.Elements(0, 180, -300, 330, 840, -720)
        from kind in Gen.Choose(0, 6)
        select kind switch
        {
            0 => TimeValue.Year(year),
            1 => TimeValue.Month(year, month),
            2 => TimeValue.Week(year, week),
            3 => TimeValue.Day(year, month, day),
            4 => TimeValue.At(new LocalDateTime(year, month, day, hour, minute, second)),
            5 => TimeValue.At(new OffsetDateTime(new LocalDateTime(Math.Clamp(year, 2, 9997), month, day, hour, minute, second), Offset.FromSeconds(offsetMinutes * 60))),
            _ => TimeValue.At(Instant.FromUtc(Math.Clamp(year, 2, 9997), month, day, hour, minute, second)),
        };

    public static Gen<TimeValue> Interval =>
        from a in Point
        from b in Point
        from shape in Gen.Choose(0, 2)
        select shape switch
        {
            0 => TimeValue.Since(a),
            1 => TimeValue.Until(b),
            _ => Between(a, b),
        };

    public static Gen<Period> Duration =>
        Gen.Elements(Period.FromMonths(9), Period.FromHours(8), Period.FromMinutes(90), Period.FromDays(3) + Period.FromHours(12), Period.FromYears(1) + Period.FromMonths(2), Period.FromWeeks(2), Period.FromSeconds(45));

    public static Gen<TimeValue> Time =>
        from value in Gen.Frequency((3, Point), (1, Interval))
        from zone in Optional(Gen.Elements(Zones))
        from expression in Optional(Gen.Elements("in April", "until Tuesday morning", "earlier this month", "в понедельник", "先週", "منذ 2011"))
        from anchor in Gen.OrNull(Point)
        from approximate in Gen.Elements(false, false, true)
        from duration in Gen.Frequency((3, Gen.Constant<Period?>(null)), (1, Duration.Select(p => (Period?)p)))
        select value with
        {
            Zone = zone is null ? null : DateTimeZoneProviders.Tzdb[zone],
            Expression = expression,
            Anchor = anchor,
            IsApproximate = approximate,
            Duration = duration,
        };

    public static Gen<Document> Document(int index) =>
        from suffix in IdSuffix
        from url in Optional(Gen.Elements("https://example.org/a", "http://example.com/news?id=1&x=é", "https://例え.jp/記事/1"))
        from title in Optional(Text)
        from publisher in Optional(Text)
        from agency in Optional(Gen.Elements("Reuters", "TASS", "AFP", "وكالة الأنباء"))
        from byline in Optional(Text)
        from credits in ArrayOf(Text, 2)
        from published in Gen.OrNull(Time)
        from language in Optional(Gen.Elements("en", "ru", "ar", "zh-Hant", "en-GB", "ja", "he"))
        from text in Gen.Frequency((1, Gen.Constant<string?>(null)), (4, DocumentText.Select(t => (string?)t)))
        select new Document
        {
            Id = new DocumentId($"doc{index}{suffix}"),
            Url = url,
            Title = title,
            Publisher = publisher,
            Agency = agency,
            Byline = byline,
            Credits = credits,
            Published = published,
            Language = language,
            Text = text,
        };

    /// <summary>A span of one of the documents: cut from its text when it has one, so the quote matches.</summary>
    public static Gen<Evidence> Evidence(IReadOnlyList<Document> documents) =>
        from document in Gen.Elements<Document>(documents)
        from a in Gen.Choose(0, 400)
        from b in Gen.Choose(0, 400)
        from quoted in Gen.Elements(true, true, false)
        select Span(document, a, b, quoted);

    private static Evidence Span(Document document, int a, int b, bool quoted)
    {
        if (document.Text is not { } text)
        {
            var (start, end) = (Math.Min(a, b), Math.Max(a, b));
            return new Evidence(document.Id, start, end, quoted ? new string('x', end - start) : null);
        }

        var length = CodePoints.Count(text);
        var (s, e) = (Math.Min(a, b) % (length + 1), Math.Max(a, b) % (length + 1));
        (s, e) = (Math.Min(s, e), Math.Max(s, e));
        return new Evidence(document.Id, s, e, quoted ? CodePoints.Slice(text, s, e) : null);
    }

    private static Gen<ImmutableArray<Evidence>> EvidenceOf(IReadOnlyList<Document> documents) =>
        documents.Count == 0 ? Gen.Constant(ImmutableArray<Evidence>.Empty) : ArrayOf(Evidence(documents), 3);

    private static TimeValue Between(TimeValue a, TimeValue b)
    {
        // Bounds must both carry an offset or both be local, and be in order.
        if (a.Offset.HasValue != b.Offset.HasValue)
        {
            return TimeValue.Since(a);
        }

        try
        {
            return TimeValue.Between(a, b);
        }
        catch (ArgumentException)
        {
            try
            {
                return TimeValue.Between(b, a);
            }
            catch (ArgumentException)
            {
                return TimeValue.Until(b);
            }
        }
    }

    /// <summary>A whole valid dataset.</summary>
    public static Gen<Dataset> Dataset =>
        from documentCount in Gen.Choose(0, 3)
        from documents in Gen.CollectToArray(Enumerable.Range(0, documentCount), Document)
        from actorCount in Gen.Choose(0, 5)
        from actorSuffix in IdSuffix
        let actorIds = Enumerable.Range(0, actorCount).Select(i => new ActorId($"a{i}{actorSuffix}")).ToArray()
        from actors in Gen.CollectToArray(actorIds, id => Actor(id, documents))
        from eventCount in Gen.Choose(0, 4)
        let eventIds = Enumerable.Range(0, eventCount).Select(i => new EventId($"e{i}{actorSuffix}")).ToArray()
        from events in Gen.CollectToArray(eventIds, id => Event(id, eventIds, actorIds, documents))
        from statementCount in Gen.Choose(0, actorCount == 0 ? 0 : 3)
        let statementIds = Enumerable.Range(0, statementCount).Select(i => new StatementId($"s{i}")).ToArray()
        from statements in Gen.CollectToArray(statementIds, id => Statement(id, actorIds, documents))
        from claimCount in Gen.Choose(0, actorCount == 0 ? 0 : 4)
        let claimIds = Enumerable.Range(0, claimCount).Select(i => new ClaimId($"c{i}")).ToArray()
        from claims in Gen.CollectToArray(Enumerable.Range(0, claimCount), i => Claim(i, claimIds, statements, eventIds, actorIds, documents))
        from relationCount in Gen.Choose(0, actorCount < 2 ? 0 : 3)
        from relations in Gen.CollectToArray(Enumerable.Range(0, relationCount), i => Relation(i, actorIds, documents))
        from id in IdSuffix
        from title in Optional(Text)
        from metadata in Gen.OrNull(Metadata)
        select new Dataset
        {
            Id = new DatasetId("ds" + id),
            Title = title,
            Metadata = metadata,
            Documents = [.. documents],
            Actors = [.. actors],
            Events = [.. events],
            Statements = [.. statements],
            Claims = [.. claims],
            Relations = [.. relations],
        };

    public static Gen<DatasetMetadata> Metadata =>
        from description in Optional(Text)
        from coders in ArrayOf(Text, 2)
        from coded in Gen.OrNull(Time)
        from license in Optional(Gen.Elements("CC-BY-4.0", "MIT", "CC BY-SA 4.0"))
        from codebooks in ArrayOf(Gen.Elements("CAMEO", "PLOVER", "ACLED").SelectMany(n => Gen.Elements("1.0", "0.8", "2023").Select(v => new Codebook { Name = n, Version = v })), 2)
        from files in ArrayOf(Text, 2)
        from citation in Optional(Text)
        select new DatasetMetadata { Description = description, Coders = coders, Coded = coded, License = license, Codebooks = codebooks, SourceFiles = files, Citation = citation };

    private static Gen<Actor> Actor(ActorId id, Document[] documents) =>
        from kind in Gen.Elements(Enum.GetValues<ActorKind>())
        from name in Text
        from aliases in ArrayOf(Text, 2)
        from country in Optional(Gen.Elements("LY", "RU", "TR"))
        from codes in ArrayOf(Code, 2)
        from evidence in EvidenceOf(documents)
        select new Actor { Id = id, Kind = kind, Name = name, Aliases = aliases, Country = country, Codes = codes, Evidence = evidence };

    private static Gen<Event> Event(EventId id, EventId[] events, ActorId[] actors, Document[] documents) =>
        from type in Gen.Elements(Enum.GetValues<EventType>())
        from status in Gen.Elements(Enum.GetValues<EventStatus>())
        from summary in Optional(Text)
        from time in Gen.OrNull(Time)
        from place in Gen.OrNull(Place)
        from participants in actors.Length == 0
            ? Gen.Constant(ImmutableArray<Participant>.Empty)
            : ArrayOf(from a in Gen.Elements(actors) from r in Gen.Elements(Enum.GetValues<ParticipantRole>()) select new Participant(a, r), 3)
        from codes in ArrayOf(Code, 3)
        from quantities in ArrayOf(Quantity, 2)
        from links in SubsetOf(events.Where(e => e != id).ToArray(), 2)
        from linkType in Gen.Elements(Enum.GetValues<EventLinkType>())
        from evidence in EvidenceOf(documents)
        select new Event
        {
            Id = id,
            Type = type,
            Status = status,
            Summary = summary,
            Time = time,
            Place = place,
            Participants = participants,
            Codes = codes,
            Quantities = quantities,
            Links = [.. links.Select(t => new EventLink(linkType, t))],
            Evidence = evidence,
        };

    private static Gen<Statement> Statement(StatementId id, ActorId[] actors, Document[] documents) =>
        from speaker in Gen.Elements(actors)
        from channel in Gen.Elements(Enum.GetValues<StatementChannel>())
        from mode in Gen.Elements(Enum.GetValues<SpeechMode>())
        from content in Text
        from time in Gen.OrNull(Time)
        from place in Gen.OrNull(Place)
        from audience in SubsetOf(actors, 2)
        from about in SubsetOf(actors, 2)
        from evidence in EvidenceOf(documents)
        select new Statement { Id = id, Speaker = speaker, Channel = channel, Mode = mode, Content = content, Time = time, Place = place, Audience = audience, About = about, Evidence = evidence };

    private static Gen<Claim> Claim(int index, ClaimId[] claims, Statement[] statements, EventId[] events, ActorId[] actors, Document[] documents) =>
        from claimant in Gen.Elements(actors)
        from proposition in Text
        from polarity in Gen.Elements(Enum.GetValues<ClaimPolarity>())
        from certainty in Gen.Elements(Enum.GetValues<ClaimCertainty>())
        from statement in statements.Length == 0 ? Gen.Constant<Statement?>(null) : Gen.Elements(statements.Select(s => (Statement?)s).Append(null))
        from aboutEvents in SubsetOf(events, 2)
        from aboutActors in SubsetOf(actors, 2)
        from chain in SubsetOf(actors, 3)
            // A claim's statement is made by its claimant or by someone in its attribution chain.
        let attribution = statement is null || statement.Speaker == claimant || chain.Contains(statement.Speaker) ? chain : chain.Add(statement.Speaker)
        from quantities in ArrayOf(Quantity, 2)
        from targets in SubsetOf(claims.Where((_, j) => j != index).ToArray(), 2)
        from types in Gen.Elements(Enum.GetValues<ClaimLinkType>()).ArrayOf(2)
        from evidence in EvidenceOf(documents)
        select new Claim
        {
            Id = claims[index],
            Claimant = claimant,
            Proposition = proposition,
            Polarity = polarity,
            Certainty = certainty,
            Statement = statement?.Id,
            About = new ClaimSubjects { Events = aboutEvents, Actors = aboutActors },
            Attribution = attribution,
            Quantities = quantities,
            // A claim may only repeat an earlier claim, so that repeats never run in a circle.
            Links = [.. targets.Select((t, k) => new ClaimLink(types[k % 2] == ClaimLinkType.Repeats && Array.IndexOf(claims, t) > index ? ClaimLinkType.Supports : types[k % 2], t))],
            Evidence = evidence,
        };

    private static Gen<Relation> Relation(int index, ActorId[] actors, Document[] documents) =>
        from source in Gen.Choose(0, actors.Length - 1)
        from step in Gen.Choose(1, actors.Length - 1)
        from type in Gen.Elements(Enum.GetValues<RelationType>())
        from role in Optional(Text)
        from time in Gen.OrNull(Time)
        from evidence in EvidenceOf(documents)
        select new Relation
        {
            Id = new RelationId($"r{index}"),
            Type = type,
            Source = actors[source],
            Target = actors[(source + step) % actors.Length],
            Role = role,
            Time = time,
            Evidence = evidence,
        };
}
