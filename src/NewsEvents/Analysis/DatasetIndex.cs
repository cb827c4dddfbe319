using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;

namespace NewsEvents.Analysis;

/// <summary>
/// An index over a <see cref="Dataset"/>, built once in O(n log n) time and O(n) space, that
/// answers the look-ups analyses need without rescanning: items by id; an actor's events,
/// statements, claims and relations; events by type, status, place and time; and every item that
/// cites a span of a document.
/// </summary>
/// <remarks>
/// <para>Every look-up returns an <see cref="ImmutableArray{T}"/> (empty, never null, for an unknown
/// key) in the dataset's own order, except the time and span look-ups, which return items in order of
/// their start. Building is O(n) apart from sorting the time and evidence spans.</para>
/// <para>Time: a local value (a day, a month, a moment without offset) is placed on the global
/// timeline in its own <see cref="TimeValue.Zone"/> or, without one, in <see cref="DefaultZone"/>.
/// A point covers all of its precision: February 2019 overlaps every day of that month.</para>
/// <para>The index does not validate: it indexes what it is given. When ids repeat (an invalid
/// dataset), the <c>Find</c> methods return the first item with the id.</para>
/// </remarks>
public sealed class DatasetIndex
{
    private static readonly ImmutableArray<Event> NoEvents = [];

    // How many items ahead the ids of an item are prefetched: far enough for a miss to the memory to be served before
    // its look-up, near enough for the slots to stay in the first-level cache until then.
    private const int LookAhead = 8;

    // Each kind of id is hashed once per mention, into a dense ordinal; the groups keyed by it are arrays indexed by
    // ordinal, filled by counting. At a million events the ids are strings scattered over gigabytes of heap, and
    // every further hash look-up of one is a cache miss that grows with the heap.
    private readonly IdTable<ActorId, Actor> _actors;
    private readonly IdTable<EventId, Event> _events;
    private readonly IdTable<StatementId, Statement> _statements;
    private readonly IdTable<ClaimId, Claim> _claims;
    private readonly int[] _claimPositions;
    private readonly IdTable<RelationId, Relation> _relations;
    private readonly IdTable<DocumentId, Document> _documents;

    private readonly ImmutableArray<Event>[] _eventsOf;
    private readonly ImmutableArray<Statement>[] _statementsBy;
    private readonly ImmutableArray<Statement>[] _statementsTo;
    private readonly ImmutableArray<Statement>[] _statementsAbout;
    private readonly ImmutableArray<Claim>[] _claimsBy;
    private readonly ImmutableArray<Claim>[] _claimsRelayedBy;
    private readonly ImmutableArray<Claim>[] _claimsAbout;
    private readonly ImmutableArray<Relation>[] _relationsOf;
    private readonly ImmutableArray<Claim>[] _claimsOfStatement;
    private readonly ImmutableArray<Claim>[] _claimsAboutEvent;
    private readonly Dictionary<EventType, ImmutableArray<Event>> _eventsByType;
    private readonly Dictionary<EventStatus, ImmutableArray<Event>> _eventsByStatus;
    private readonly Dictionary<string, ImmutableArray<Event>> _eventsByPlace;
    private readonly Dictionary<string, ImmutableArray<Event>> _eventsByCountry;
    private readonly SpanIndex<Event> _eventsByTime;
    private readonly SpanIndex<CitationRef> _citations;

    private DatasetIndex(Dataset dataset, DateTimeZone defaultZone)
    {
        Dataset = dataset;
        DefaultZone = defaultZone;

        // Every map and list is made at its final size from the dataset's counts: at a million events, growing them
        // by doubling copies and rehashes large arrays that live long enough to be promoted.
        _actors = new(dataset.Actors.Length);
        _events = new(dataset.Events.Length);
        _statements = new(dataset.Statements.Length);
        _claims = new(dataset.Claims.Length);
        _claimPositions = new int[dataset.Claims.Length];
        _relations = new(dataset.Relations.Length);
        _documents = new(dataset.Documents.Length);
        foreach (var document in dataset.Documents)
        {
            _documents.Add(document.Id, document);
        }

        // Every item's evidence is collected in the pass that reads the item, while the item is in the cache.
        var citations = new CitationCollector(_documents, dataset.Actors.Length + dataset.Events.Length + dataset.Statements.Length + dataset.Claims.Length + dataset.Relations.Length);
        var actors = dataset.Actors;
        for (var a = 0; a < actors.Length; a++)
        {
            _actors.Add(actors[a].Id, actors[a]);
            citations.Add(CitedKind.Actor, a, actors[a].Evidence);
        }

        // The groupers of the items' actors are made at their exact size where a guess would often be short: at a
        // million events, an array grown by doubling allocates and copies tens of megabytes of fresh memory more.
        var eventsOf = new OrdinalGrouper<Event>(CountOf(dataset.Events, static item => item.Participants.Length));
        var byType = new EventGrouper<EventType>(dataset.Events.Length);
        var byStatus = new EventGrouper<EventStatus>(dataset.Events.Length);
        var byPlace = new EventGrouper<string>(dataset.Events.Length, StringComparer.OrdinalIgnoreCase);
        var byCountry = new EventGrouper<string>(dataset.Events.Length, StringComparer.OrdinalIgnoreCase);
        var timed = new SpanList<Event>(dataset.Events.Length);
        var undated = ImmutableArray.CreateBuilder<Event>();
        var events = dataset.Events;
        for (var e = 0; e < events.Length; e++)
        {
            if (e + LookAhead < events.Length)
            {
                PrefetchIds(events[e + LookAhead]);
            }

            var item = events[e];
            _events.Add(item.Id, item);
            citations.Add(CitedKind.Event, e, item.Evidence);
            foreach (var participant in item.Participants)
            {
                eventsOf.AddOnce(_actors.OrdinalOf(participant.Actor), item);
            }

            byType.Add(e, item.Type);
            byStatus.Add(e, item.Status);
            if (item.Place is { } place)
            {
                byPlace.Add(e, place.Name.Trim());
                if (place.Country is { } country)
                {
                    byCountry.Add(e, country);
                }
            }

            if (item.Time is { } time)
            {
                var extent = TimeExtent.Of(time, defaultZone).Found;
                timed.Add(extent.Start, extent.End, item);
            }
            else
            {
                undated.Add(item);
            }
        }

        var statementsBy = new OrdinalGrouper<Statement>(dataset.Statements.Length);
        var statementsTo = new OrdinalGrouper<Statement>(dataset.Statements.Length);
        var statementsAbout = new OrdinalGrouper<Statement>(dataset.Statements.Length);
        var statements = dataset.Statements;
        for (var s = 0; s < statements.Length; s++)
        {
            if (s + LookAhead < statements.Length)
            {
                PrefetchIds(statements[s + LookAhead]);
            }

            var statement = statements[s];
            _statements.Add(statement.Id, statement);
            citations.Add(CitedKind.Statement, s, statement.Evidence);
            statementsBy.Add(_actors.OrdinalOf(statement.Speaker), statement);
            foreach (var actor in statement.Audience)
            {
                statementsTo.AddOnce(_actors.OrdinalOf(actor), statement);
            }

            foreach (var actor in statement.About)
            {
                statementsAbout.AddOnce(_actors.OrdinalOf(actor), statement);
            }
        }

        var claimsBy = new OrdinalGrouper<Claim>(dataset.Claims.Length);
        var claimsRelayedBy = new OrdinalGrouper<Claim>(CountOf(dataset.Claims, static claim => claim.Attribution.Length));
        var claimsAbout = new OrdinalGrouper<Claim>(dataset.Claims.Length);
        var claimsOfStatement = new OrdinalGrouper<Claim>(dataset.Claims.Length);
        var claimsAboutEvent = new OrdinalGrouper<Claim>(dataset.Claims.Length);
        var claims = dataset.Claims;
        for (var c = 0; c < claims.Length; c++)
        {
            if (c + LookAhead < claims.Length)
            {
                PrefetchIds(claims[c + LookAhead]);
            }

            var claim = claims[c];
            var claimOrdinal = _claims.Add(claim.Id, claim);
            if (ReferenceEquals(_claims.ItemAt(claimOrdinal), claim))
            {
                _claimPositions[claimOrdinal] = c;
            }

            citations.Add(CitedKind.Claim, c, claim.Evidence);
            claimsBy.Add(_actors.OrdinalOf(claim.Claimant), claim);
            foreach (var actor in claim.Attribution)
            {
                claimsRelayedBy.AddOnce(_actors.OrdinalOf(actor), claim);
            }

            foreach (var actor in claim.About.Actors)
            {
                claimsAbout.AddOnce(_actors.OrdinalOf(actor), claim);
            }

            foreach (var item in claim.About.Events)
            {
                claimsAboutEvent.AddOnce(_events.OrdinalOf(item), claim);
            }

            if (claim.Statement is { } statement)
            {
                claimsOfStatement.Add(_statements.OrdinalOf(statement), claim);
            }
        }

        var relationsOf = new OrdinalGrouper<Relation>(2 * dataset.Relations.Length);
        var relations = dataset.Relations;
        for (var r = 0; r < relations.Length; r++)
        {
            if (r + LookAhead < relations.Length)
            {
                PrefetchIds(relations[r + LookAhead]);
            }

            var relation = relations[r];
            _relations.Add(relation.Id, relation);
            citations.Add(CitedKind.Relation, r, relation.Evidence);
            relationsOf.Add(_actors.OrdinalOf(relation.Source), relation);
            relationsOf.AddOnce(_actors.OrdinalOf(relation.Target), relation);
        }

        _eventsOf = eventsOf.Build(_actors.Count);
        _eventsByType = byType.Build(events);
        _eventsByStatus = byStatus.Build(events);
        _eventsByPlace = byPlace.Build(events);
        _eventsByCountry = byCountry.Build(events);
        _eventsByTime = timed.Build();
        UndatedEvents = undated.ToImmutable();
        _statementsBy = statementsBy.Build(_actors.Count);
        _statementsTo = statementsTo.Build(_actors.Count);
        _statementsAbout = statementsAbout.Build(_actors.Count);
        _claimsBy = claimsBy.Build(_actors.Count);
        _claimsRelayedBy = claimsRelayedBy.Build(_actors.Count);
        _claimsAbout = claimsAbout.Build(_actors.Count);
        _claimsOfStatement = claimsOfStatement.Build(_statements.Count);
        _claimsAboutEvent = claimsAboutEvent.Build(_events.Count);
        _relationsOf = relationsOf.Build(_actors.Count);
        _citations = citations.Build();
    }

    /// <summary>The dataset indexed.</summary>
    public Dataset Dataset { get; }

    /// <summary>The zone in which local times without a zone of their own are placed on the global timeline.</summary>
    public DateTimeZone DefaultZone { get; }

    /// <summary>The events without a time, in the dataset's order.</summary>
    public ImmutableArray<Event> UndatedEvents { get; }

    /// <summary>Indexes a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="defaultZone">The zone for local times without a zone of their own; UTC when null.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static DatasetIndex Build(Dataset dataset, DateTimeZone? defaultZone = null)
    {
        Guard.NotNull(dataset, nameof(dataset));
        return new DatasetIndex(dataset, defaultZone ?? DateTimeZone.Utc);
    }

    /// <summary>The actor with the id, or null.</summary>
    public Actor? FindActor(ActorId id) => _actors.Find(id);

    /// <summary>The event with the id, or null.</summary>
    public Event? FindEvent(EventId id) => _events.Find(id);

    /// <summary>The statement with the id, or null.</summary>
    public Statement? FindStatement(StatementId id) => _statements.Find(id);

    /// <summary>The claim with the id, or null.</summary>
    public Claim? FindClaim(ClaimId id) => _claims.Find(id);

    /// <summary>The relation with the id, or null.</summary>
    public Relation? FindRelation(RelationId id) => _relations.Find(id);

    /// <summary>The document with the id, or null.</summary>
    public Document? FindDocument(DocumentId id) => _documents.Find(id);

    /// <summary>The actor's name, or the id's text when the actor is not in the dataset.</summary>
    public string NameOf(ActorId id) => NameOf(FindActor(id), id);

    /// <summary>The events the actor takes part in, in any role.</summary>
    public ImmutableArray<Event> EventsOf(ActorId actor) => _actors.Group(_eventsOf, actor);

    /// <summary>The statements the actor made.</summary>
    public ImmutableArray<Statement> StatementsBy(ActorId actor) => _actors.Group(_statementsBy, actor);

    /// <summary>The statements addressed to the actor (the actor is in the audience).</summary>
    public ImmutableArray<Statement> StatementsTo(ActorId actor) => _actors.Group(_statementsTo, actor);

    /// <summary>The statements about the actor.</summary>
    public ImmutableArray<Statement> StatementsAbout(ActorId actor) => _actors.Group(_statementsAbout, actor);

    /// <summary>The claims the actor asserts as claimant.</summary>
    public ImmutableArray<Claim> ClaimsBy(ActorId actor) => _actors.Group(_claimsBy, actor);

    /// <summary>The claims the actor relays (it is in the claim's attribution chain).</summary>
    public ImmutableArray<Claim> ClaimsRelayedBy(ActorId actor) => _actors.Group(_claimsRelayedBy, actor);

    /// <summary>The claims about the actor.</summary>
    public ImmutableArray<Claim> ClaimsAbout(ActorId actor) => _actors.Group(_claimsAbout, actor);

    /// <summary>The claims about the event.</summary>
    public ImmutableArray<Claim> ClaimsAbout(EventId eventId) => _events.Group(_claimsAboutEvent, eventId);

    /// <summary>The claims that came through the statement.</summary>
    public ImmutableArray<Claim> ClaimsOf(StatementId statement) => _statements.Group(_claimsOfStatement, statement);

    /// <summary>The relations the actor is the source or the target of.</summary>
    public ImmutableArray<Relation> RelationsOf(ActorId actor) => _actors.Group(_relationsOf, actor);

    /// <summary>The events of the type.</summary>
    public ImmutableArray<Event> EventsOfType(EventType type) => Get(_eventsByType, type);

    /// <summary>The events with the status.</summary>
    public ImmutableArray<Event> EventsWithStatus(EventStatus status) => Get(_eventsByStatus, status);

    /// <summary>The events whose place has the name, compared trimmed and ignoring case.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="placeName"/> is null.</exception>
    public ImmutableArray<Event> EventsAt(string placeName)
    {
        Guard.NotNull(placeName, nameof(placeName));
        return _eventsByPlace.GetValueOrDefault(placeName.Trim(), NoEvents);
    }

    /// <summary>The events whose place lies in the country (ISO 3166-1 alpha-2, ignoring case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    public ImmutableArray<Event> EventsInCountry(string country)
    {
        Guard.NotNull(country, nameof(country));
        return _eventsByCountry.GetValueOrDefault(country.Trim(), NoEvents);
    }

    /// <summary>
    /// The dated events whose time overlaps [<paramref name="start"/>, <paramref name="end"/>), in
    /// order of their start. O(log n + k log n).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ImmutableArray<Event> EventsDuring(Instant start, Instant end)
    {
        if (end < start)
        {
            Guard.Fail("The end of the period must not be before its start.", nameof(end));
        }

        return EventsDuring(TimeExtent.Of(start, end));
    }

    /// <summary>
    /// The dated events whose time overlaps the period (all of its precision: a month, an interval,
    /// open ends included), in order of their start. O(log n + k log n).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public ImmutableArray<Event> EventsDuring(TimeValue period)
    {
        Guard.NotNull(period, nameof(period));
        return EventsDuring(TimeExtent.Of(period, DefaultZone));
    }

    /// <summary>
    /// Every item (actor mention, event, statement, claim, relation) with evidence overlapping the
    /// span [<paramref name="start"/>, <paramref name="end"/>) of the document, counted in code points,
    /// in order of the evidence's start. A zero-length span (in the query or in evidence) stands for
    /// the code point at its position. O(log n + k log n).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ImmutableArray<Citation> Citing(DocumentId document, int start, int end)
    {
        if (end < start)
        {
            Guard.Fail("The end of the span must not be before its start.", nameof(end));
        }

        var ordinal = _documents.MentionOrdinal(document);
        if (ordinal < 0)
        {
            return [];
        }

        var found = _citations.Overlapping(Packed(ordinal, start), Packed(ordinal, Math.Max(end, start + 1L)));
        var citations = new Citation[found.Length];
        for (var i = 0; i < citations.Length; i++)
        {
            citations[i] = found[i].Resolve(Dataset);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(citations);
    }

    /// <summary>Every item with evidence overlapping the given span (see <see cref="Citing(DocumentId, int, int)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="span"/> is null.</exception>
    public ImmutableArray<Citation> Citing(Evidence span)
    {
        Guard.NotNull(span, nameof(span));
        return Citing(span.Document, span.Start, span.End);
    }

    /// <summary>How many actor ordinals there are: the dataset's actors, then ids only referenced, in order of first mention.</summary>
    internal int ActorOrdinals => _actors.Count;

    /// <summary>The dense ordinal of an actor id the dataset names anywhere; −1 for an id it never names.</summary>
    internal int ActorOrdinal(ActorId id) => _actors.MentionOrdinal(id);

    /// <summary>The actor id with the ordinal.</summary>
    internal ActorId ActorAt(int ordinal) => _actors.IdAt(ordinal);

    /// <summary>The actor with the ordinal, or null for an id only referenced.</summary>
    internal Actor? FindActorAt(int ordinal) => _actors.FoundAt(ordinal);

    /// <summary>What <see cref="NameOf(ActorId)"/> gives for the actor with the ordinal, without hashing its id.</summary>
    internal string NameAt(int ordinal) => NameOf(_actors.FoundAt(ordinal), _actors.IdAt(ordinal));

    /// <summary>
    /// The actor ordinals in id order (the ids' texts compared ordinally, as the analyses list actors), and the rank
    /// of each ordinal in that order, made anew at each call in time linear in the ids' characters.
    /// </summary>
    internal IdOrder ActorIdOrder()
    {
        var texts = new string[_actors.Count];
        for (var ordinal = 0; ordinal < texts.Length; ordinal++)
        {
            texts[ordinal] = _actors.IdAt(ordinal).Value;
        }

        var order = OrdinalRanks.Order(texts);
        var rankOf = new int[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            rankOf[order[rank]] = rank;
        }

        return new IdOrder(order, rankOf);
    }

    /// <summary>The position in the dataset's claims of the (first) claim with the id; −1 when the dataset has none.</summary>
    internal int ClaimPosition(ClaimId id) => _claims.ItemOrdinal(id) is var ordinal and >= 0 ? _claimPositions[ordinal] : -1;

    /// <summary>
    /// The ordinal of the event at the position in the dataset's events: the position itself, found without hashing the
    /// event's id, unless an earlier event has the same id.
    /// </summary>
    internal int EventOrdinalAt(int position)
    {
        var item = Dataset.Events[position];
        return position < _events.Count && ReferenceEquals(_events.FoundAt(position), item) ? position : _events.ItemOrdinal(item.Id);
    }

    /// <summary>What <see cref="ClaimsAbout(EventId)"/> gives for the event with the ordinal, without hashing its id.</summary>
    internal ImmutableArray<Claim> ClaimsAboutEventAt(int ordinal) => _claimsAboutEvent[ordinal];

    /// <summary>What <see cref="ClaimsBy(ActorId)"/> gives for the actor with the ordinal, without hashing its id.</summary>
    internal ImmutableArray<Claim> ClaimsByAt(int ordinal) => _claimsBy[ordinal];

    /// <summary>What <see cref="StatementsBy(ActorId)"/> gives for the actor with the ordinal, without hashing its id.</summary>
    internal ImmutableArray<Statement> StatementsByAt(int ordinal) => _statementsBy[ordinal];

    /// <summary>How many event ordinals there are, at most: events in the dataset's order first, then ids only referenced.</summary>
    internal int EventOrdinals => _events.Count;

    /// <summary>The dense ordinal of the (first) event with the id, in the dataset's order of events; −1 when the dataset has none.</summary>
    internal int EventOrdinal(EventId id) => _events.ItemOrdinal(id);

    /// <summary>The event with an ordinal from <see cref="EventOrdinal"/>.</summary>
    internal Event EventAt(int ordinal) => _events.ItemAt(ordinal);

    /// <summary>The extent of a time on the global timeline, read as the index reads it.</summary>
    internal TimeExtent ExtentOf(TimeValue time) => TimeExtent.Of(time, DefaultZone);

    /// <summary>The dated events overlapping an extent.</summary>
    internal ImmutableArray<Event> EventsDuring(TimeExtent extent) =>
        _eventsByTime.Overlapping(extent.Found.Start, extent.Found.End);

    private void PrefetchDocument(ImmutableArray<Evidence> evidence)
    {
        if (evidence.Length > 0)
        {
            _documents.Prefetch(evidence[0].Document);
        }
    }

    private void PrefetchIds(Event item)
    {
        _events.Prefetch(item.Id);
        PrefetchDocument(item.Evidence);
        foreach (var participant in item.Participants)
        {
            _actors.Prefetch(participant.Actor);
        }
    }

    private void PrefetchIds(Statement statement)
    {
        _statements.Prefetch(statement.Id);
        PrefetchDocument(statement.Evidence);
        _actors.Prefetch(statement.Speaker);
        _actors.Prefetch(statement.Audience);
        _actors.Prefetch(statement.About);
    }

    private void PrefetchIds(Claim claim)
    {
        _claims.Prefetch(claim.Id);
        PrefetchDocument(claim.Evidence);
        _actors.Prefetch(claim.Claimant);
        _actors.Prefetch(claim.Attribution);
        _actors.Prefetch(claim.About.Actors);
        _events.Prefetch(claim.About.Events);
        if (claim.Statement is { } statement)
        {
            _statements.Prefetch(statement);
        }
    }

    private void PrefetchIds(Relation relation)
    {
        _relations.Prefetch(relation.Id);
        PrefetchDocument(relation.Evidence);
        _actors.Prefetch(relation.Source);
        _actors.Prefetch(relation.Target);
    }

    /// <summary>The sum of a count over the items, at most the longest array's length.</summary>
    private static int CountOf<T>(ImmutableArray<T> items, Func<T, int> count)
    {
        var total = 0L;
        foreach (var item in items)
        {
            total += count(item);
        }

        return (int)Math.Min(total, Array.MaxLength);
    }

    private static string NameOf(Actor? actor, ActorId id) => actor?.Name ?? id.Value ?? string.Empty;

    private static ImmutableArray<TValue> Get<TKey, TValue>(Dictionary<TKey, ImmutableArray<TValue>> map, TKey key)
        where TKey : notnull =>
        map.TryGetValue(key, out var found) ? found : [];

    // Spans of all documents in one index: the document's ordinal in the high 32 bits, the offset in the low.
    private static long Packed(int document, long offset) => ((long)document << 32) | offset;

    /// <summary>Where a cited span sits in the dataset: the kind, the item's position, the evidence's position.</summary>
    private readonly record struct CitationRef(CitedKind Kind, int Item, int Evidence)
    {
        public Citation Resolve(Dataset dataset) => Kind switch
        {
            CitedKind.Actor => new(Kind, dataset.Actors[Item].Id.Value, dataset.Actors[Item].Evidence[Evidence]),
            CitedKind.Event => new(Kind, dataset.Events[Item].Id.Value, dataset.Events[Item].Evidence[Evidence]),
            CitedKind.Statement => new(Kind, dataset.Statements[Item].Id.Value, dataset.Statements[Item].Evidence[Evidence]),
            CitedKind.Claim => new(Kind, dataset.Claims[Item].Id.Value, dataset.Claims[Item].Evidence[Evidence]),
            _ => new(Kind, dataset.Relations[Item].Id.Value, dataset.Relations[Item].Evidence[Evidence]),
        };
    }

    /// <summary>
    /// The cited spans of every item, each under its document's ordinal in the table given (a document only cited, not in
    /// the dataset, is given one there).
    /// </summary>
    private sealed class CitationCollector(IdTable<DocumentId, Document> documents, int capacity)
    {
        private readonly SpanList<CitationRef> _spans = new(capacity);

        // An item's spans, and the next item's, are mostly in one document: compared with the last one, its id is not hashed again.
        private (DocumentId Id, int Ordinal) _last;

        public void Add(CitedKind kind, int item, ImmutableArray<Evidence> evidence)
        {
            for (var i = 0; i < evidence.Length; i++)
            {
                var span = evidence[i];
                int ordinal;
                if (_last.Id.Value is not null && _last.Id == span.Document)
                {
                    ordinal = _last.Ordinal;
                }
                else
                {
                    ordinal = documents.OrdinalOf(span.Document);
                    _last = (span.Document, ordinal);
                }

                _spans.Add(Packed(ordinal, span.Start), Packed(ordinal, Math.Max(span.End, span.Start + 1L)), new CitationRef(kind, item, i));
            }
        }

        public SpanIndex<CitationRef> Build() => _spans.Build();
    }

    /// <summary>Spans collected for a <see cref="SpanIndex{T}"/>, each part in an array of its own.</summary>
    private sealed class SpanList<T>(int capacity)
    {
        private long[] _starts = new long[Math.Max(4, capacity)];
        private long[] _ends = new long[Math.Max(4, capacity)];
        private T[] _items = new T[Math.Max(4, capacity)];
        private int _count;

        public void Add(long start, long end, T item)
        {
            if (_count == _starts.Length)
            {
                Array.Resize(ref _starts, 2 * _count);
                Array.Resize(ref _ends, 2 * _count);
                Array.Resize(ref _items, 2 * _count);
            }

            (_starts[_count], _ends[_count], _items[_count]) = (start, end, item);
            _count++;
        }

        public SpanIndex<T> Build() => new(_starts, _ends, _items, _count);
    }

    /// <summary>Ordinals in order of their ids (<see cref="Order"/>, by rank), and the rank of each ordinal.</summary>
    internal sealed record IdOrder(int[] Order, int[] RankOf);

    /// <summary>
    /// Collects the events under keys of any kind, keeping their order: each event's key hashed once, into a dense
    /// ordinal noted at the event's position (four bytes an event, where pairs of key and event took twelve).
    /// </summary>
    private sealed class EventGrouper<TKey>(int events, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        private readonly Dictionary<TKey, int> _ordinals = new(comparer);

        // The ordinal of each event's key plus one, at the event's position; 0 for an event without one.
        private readonly int[] _keyOf = new int[events];

        public void Add(int position, TKey key)
        {
            ref var ordinal = ref CollectionsMarshal.GetValueRefOrAddDefault(_ordinals, key, out var exists);
            if (!exists)
            {
                ordinal = _ordinals.Count - 1;
            }

            _keyOf[position] = ordinal + 1;
        }

        public Dictionary<TKey, ImmutableArray<Event>> Build(ImmutableArray<Event> events)
        {
            var counts = new int[_ordinals.Count + 1];
            foreach (var key in _keyOf)
            {
                counts[key]++;
            }

            var groups = new Event[_ordinals.Count][];
            for (var ordinal = 0; ordinal < groups.Length; ordinal++)
            {
                groups[ordinal] = new Event[counts[ordinal + 1]];
            }

            var next = new int[groups.Length];
            for (var e = 0; e < _keyOf.Length; e++)
            {
                if (_keyOf[e] - 1 is var ordinal and >= 0)
                {
                    groups[ordinal][next[ordinal]++] = events[e];
                }
            }

            var byKey = new Dictionary<TKey, ImmutableArray<Event>>(_ordinals.Count, _ordinals.Comparer);
            foreach (var (key, ordinal) in _ordinals)
            {
                byKey.Add(key, ImmutableCollectionsMarshal.AsImmutableArray(groups[ordinal]));
            }

            return byKey;
        }
    }
}
