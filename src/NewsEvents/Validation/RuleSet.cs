using System.Collections.Immutable;
using System.Globalization;
using NewsEvents.Json;
using NewsEvents.Streaming;

namespace NewsEvents.Validation;

/// <summary>
/// The rules of a dataset that span its items, stated once and walked once per item, for a whole
/// dataset (<see cref="DatasetValidator"/>) and a JSON Lines stream (<see cref="JsonLinesValidator"/>)
/// alike: the sink says how places are named and where violations go.
/// </summary>
/// <remarks>
/// <para>Items come in the order of a dataset's members: header, documents, actors, events,
/// statements, claims, relations. A reference to an item not seen yet is held until
/// <see cref="Complete"/>, and so is a claim whose statement is not seen yet; the repeat-cycle search
/// runs there too. Ids are held by an <see cref="IdBook"/>, exactly or as fingerprints; items are not.</para>
/// <para>Evidence is checked against the texts of earlier documents that the text budget keeps,
/// each indexed by code point once: checking is linear in the texts plus the spans.</para>
/// </remarks>
internal sealed class RuleSet
{
    // The qualifiers that agree with a range's bounds: "at least 12" has only a lower bound, "up to 30"
    // only an upper one, "10 to 12" or "about 10 to 12" both.
    private static readonly QuantityQualifier[] LowerBoundOnly = [QuantityQualifier.AtLeast, QuantityQualifier.MoreThan];
    private static readonly QuantityQualifier[] UpperBoundOnly = [QuantityQualifier.AtMost, QuantityQualifier.LessThan];
    private static readonly QuantityQualifier[] BothBounds = [QuantityQualifier.Exact, QuantityQualifier.About];

    private readonly ValidationSink _sink;
    private readonly IdBook _ids;
    private readonly List<PendingReference> _pending = [];
    private readonly List<PendingSpeaker> _pendingSpeakers = [];

    // Claims whose statement was made by someone else, whose name the id book does not hold.
    private readonly List<PendingSpeaker> _unnamed = [];
    private readonly RepeatCycles _repeats;
    private readonly DocumentTexts _texts;
    private readonly Func<string, string?>? _readText;

    // The number of items checked through Check(object, long): the order in which a stream's records
    // come, which a first pass counts alike (lines restart with each input of several).
    private long _ordinal;

    /// <summary>Creates a rule set that reports to <paramref name="sink"/>.</summary>
    /// <param name="sink">Where violations go.</param>
    /// <param name="textBudget">How many UTF-16 characters of document text to keep for checking quotes.</param>
    /// <param name="ids">What holds the ids; an exact book, filled as items go by, when null.</param>
    /// <param name="readText">
    /// Reads again the text of a defined document that the budget does not hold (null: none), where the input
    /// can be read again: a dataset document holds its documents far from the items that cite them.
    /// </param>
    /// <param name="repeats">What holds the repeats-links between claims; held in memory when null.</param>
    public RuleSet(ValidationSink sink, long textBudget, IdBook? ids = null, Func<string, string?>? readText = null, RepeatCycles? repeats = null)
    {
        _sink = sink;
        _ids = ids ?? new ExactIdBook();
        _repeats = repeats ?? new RepeatCycles();
        _texts = new DocumentTexts(textBudget);
        _readText = readText;
    }

    /// <summary>The most UTF-16 characters of document text held at once so far.</summary>
    public long MostTextChars => _texts.MostChars;

    /// <summary>Whether <see cref="Complete"/> left claims whose statement's speaker must be named (<see cref="SortedIdBook.NameSpeakersAsync"/>, then <see cref="CompleteNames"/>).</summary>
    public bool NeedsNames => _unnamed.Count > 0;

    /// <summary>Checks one item, the next of a stream: a header, document, actor, event, statement, claim or relation.</summary>
    public void Check(object item, long position)
    {
        _texts.Release(++_ordinal);
        _ids.Ordinal = _ordinal;
        switch (item)
        {
            case JsonLinesHeader h:
                Header(h.SchemaVersion, position);
                break;
            case Document d:
                Check(d, position);
                break;
            case Actor a:
                Check(a, position);
                break;
            case Event e:
                Check(e, position);
                break;
            case Statement s:
                Check(s, position);
                break;
            case Claim c:
                Check(c, position);
                break;
            case Relation r:
                Check(r, position);
                break;
        }
    }

    /// <summary>The schema version is one this library reads (a newer minor version was read on purpose).</summary>
    public void Header(string? schemaVersion, long position)
    {
        if (SchemaVersion.Check(schemaVersion, allowNewerMinor: true) is { } broken)
        {
            _sink.Report(new ItemAt(ItemCollection.Header, position), new MemberPath("schemaVersion"), ViolationKind.UnsupportedSchemaVersion, broken);
        }
    }

    public void Check(Document d, long position)
    {
        var at = new ItemAt(ItemCollection.Documents, position);
        if (Define(at, d.Id.Value) && d.Text is { } text)
        {
            _texts.Add(d.Id.Value!, text, _ordinal, _ids.KeepTextUntil(d.Id.Value!, _ordinal));
        }
    }

    public void Check(Actor a, long position)
    {
        var at = new ItemAt(ItemCollection.Actors, position);
        Define(at, a.Id.Value);
        Evidence(at, a.Evidence);
    }

    public void Check(Event e, long position)
    {
        var at = new ItemAt(ItemCollection.Events, position);
        Define(at, e.Id.Value);
        for (var j = 0; j < e.Participants.Length; j++)
        {
            Reference(ItemCollection.Actors, e.Participants[j].Actor.Value, at, new MemberPath("participants", j, ".actor"));
        }

        for (var j = 0; j < e.Links.Length; j++)
        {
            Link(e.Links[j].Target.Value, e.Id.Value, at, new MemberPath("links", j, ".target"));
        }

        Quantities(at, e.Quantities);
        Evidence(at, e.Evidence);
    }

    public void Check(Statement s, long position)
    {
        var at = new ItemAt(ItemCollection.Statements, position);
        if (Define(at, s.Id.Value))
        {
            _ids.SetSpeaker(s.Id.Value!, s.Speaker.Value);
        }

        Reference(ItemCollection.Actors, s.Speaker.Value, at, new MemberPath("speaker"));
        References(ItemCollection.Actors, s.Audience, at, "audience");
        References(ItemCollection.Actors, s.About, at, "about");
        Evidence(at, s.Evidence);
    }

    public void Check(Claim c, long position)
    {
        var at = new ItemAt(ItemCollection.Claims, position);
        var first = Define(at, c.Id.Value);
        Reference(ItemCollection.Actors, c.Claimant.Value, at, new MemberPath("claimant"));
        if (c.Statement is { } statement)
        {
            Reference(ItemCollection.Statements, statement.Value, at, new MemberPath("statement"));
            if (statement.Value is { } id)
            {
                var pending = new PendingSpeaker(at, c.Id.Value, id, c.Claimant.Value, c.Attribution);
                if (_ids.Contains(ItemCollection.Statements, id))
                {
                    Speaker(pending);
                }
                else
                {
                    _pendingSpeakers.Add(pending);
                }
            }
        }

        References(ItemCollection.Events, c.About.Events, at, "about.events");
        References(ItemCollection.Actors, c.About.Actors, at, "about.actors");
        References(ItemCollection.Actors, c.Attribution, at, "attribution");
        for (var j = 0; j < c.Links.Length; j++)
        {
            Link(c.Links[j].Target.Value, c.Id.Value, at, new MemberPath("links", j, ".target"));
        }

        if (!_ids.GathersOnly)
        {
            _repeats.Add(c.Id.Value, first, at, c.Links);
        }

        Quantities(at, c.Quantities);
        Evidence(at, c.Evidence);
    }

    public void Check(Relation r, long position)
    {
        var at = new ItemAt(ItemCollection.Relations, position);
        Define(at, r.Id.Value);
        Reference(ItemCollection.Actors, r.Source.Value, at, new MemberPath("source"));
        Reference(ItemCollection.Actors, r.Target.Value, at, new MemberPath("target"));
        if (r.Source == r.Target && r.Source.Value is not null)
        {
            _sink.Report(at, new MemberPath("target"), ViolationKind.SelfReference, $"Relation '{r.Id}' must not relate actor '{r.Source}' to itself.");
        }

        Evidence(at, r.Evidence);
    }

    /// <summary>Resolves what waited for later items (references, statements' speakers) and searches for circles of repeats.</summary>
    /// <param name="cancellationToken">Stops the search for circles when its links are on disk.</param>
    public void Complete(CancellationToken cancellationToken = default)
    {
        foreach (var pending in _pending)
        {
            if (!_ids.Contains(pending.Target, pending.Id))
            {
                _sink.Report(pending.At, pending.Member, ViolationKind.UnknownReference, $"No {ItemCollections.Item(pending.Target)} has the id '{pending.Id}'.");
            }
        }

        foreach (var pending in _pendingSpeakers)
        {
            if (_ids.Contains(ItemCollection.Statements, pending.Statement))
            {
                Speaker(pending);
            }
        }

        _pending.Clear();
        _pendingSpeakers.Clear();
        _repeats.Search(_sink, cancellationToken);
        _texts.Clear();
    }

    /// <summary>Ids are present and unique within their collection; true for the first item with its id.</summary>
    private bool Define(ItemAt at, string? id)
    {
        if (id is null)
        {
            _sink.Report(at, new MemberPath("id"), ViolationKind.MissingId, $"Every {ItemCollections.Item(at.Collection)} needs an id.");
            return false;
        }

        if (!_ids.TryDefine(at.Collection, id, at.Position, out var first))
        {
            _sink.Report(at, new MemberPath("id"), ViolationKind.DuplicateId,
                $"The {ItemCollections.Item(at.Collection)} id '{id}' is already used at {_sink.Describe(at with { Position = first })}; ids must be unique within their collection.");
            return false;
        }

        return true;
    }

    /// <summary>A reference names an item of its collection, here or further on.</summary>
    private void Reference(ItemCollection target, string? id, ItemAt at, MemberPath member)
    {
        if (id is null)
        {
            _sink.Report(at, member, ViolationKind.MissingId, $"A reference to {ItemCollections.AnItem(target)} must name one.");
        }
        else if (!_ids.Contains(target, id))
        {
            _pending.Add(new PendingReference(target, id, at, member));
        }
    }

    private void References<TId>(ItemCollection target, ImmutableArray<TId> ids, ItemAt at, string member)
        where TId : struct, IEntityId<TId>
    {
        for (var i = 0; i < ids.Length; i++)
        {
            Reference(target, ids[i].Value, at, new MemberPath(member, i));
        }
    }

    /// <summary>A link to another item of the same collection resolves, and does not point back at its own item.</summary>
    private void Link(string? target, string? self, ItemAt at, MemberPath member)
    {
        if (target is not null && target == self)
        {
            var item = ItemCollections.Item(at.Collection);
            _sink.Report(at, member, ViolationKind.SelfReference, $"{char.ToUpperInvariant(item[0])}{item[1..]} '{self}' must not link to itself.");
        }
        else
        {
            Reference(at.Collection, target, at, member);
        }
    }

    /// <summary>
    /// A claim's statement (defined) is made by its claimant or by someone in its attribution chain;
    /// when the id book cannot tell, or cannot name the speaker, the claim waits for the names
    /// (<see cref="CompleteNames"/>).
    /// </summary>
    private void Speaker(PendingSpeaker claim, bool named = false)
    {
        var statement = claim.Statement;
        if (!_ids.HasSpeaker(statement))
        {
            return;
        }

        var undecided = false;
        foreach (var actor in claim.Attribution.Select(a => a.Value).Prepend(claim.Claimant))
        {
            switch (_ids.Spoke(statement, actor))
            {
                case true:
                    return;
                case null:
                    undecided = true;
                    break;
            }
        }

        if (!named && (undecided || _ids.SpeakerOf(statement) is null))
        {
            _unnamed.Add(claim);
            return;
        }

        _sink.Report(claim.At, new MemberPath("statement"), ViolationKind.StatementNotByClaimant,
            $"Claim '{claim.Claim}' comes through statement '{claim.Statement}', made by '{_ids.SpeakerOf(statement)}', who is neither its claimant '{claim.Claimant}' nor in its attribution chain.");
    }

    /// <summary>Checks the claims that waited for their statements' speakers to be named, now that the id book holds the names.</summary>
    public void CompleteNames()
    {
        foreach (var claim in _unnamed)
        {
            Speaker(claim, named: true);
        }

        _unnamed.Clear();
    }

    /// <summary>The statements whose speakers are to be named.</summary>
    public IEnumerable<string> UnnamedStatements => _unnamed.Select(c => c.Statement);

    /// <summary>Counts of people are never negative; a range's bounds agree with its qualifier.</summary>
    private void Quantities(ItemAt at, ImmutableArray<Quantity> quantities)
    {
        for (var i = 0; i < quantities.Length; i++)
        {
            var q = quantities[i];
            if (q.Kind is QuantityKind.Killed or QuantityKind.Injured or QuantityKind.Displaced or QuantityKind.Arrested or QuantityKind.Participants)
            {
                NotNegative(at, i, q, "value", q.Value);
                NotNegative(at, i, q, "min", q.Min);
                NotNegative(at, i, q, "max", q.Max);
            }

            if (q.Value is not null)
            {
                continue;
            }

            var agreeing = q.Min is null ? UpperBoundOnly : q.Max is null ? LowerBoundOnly : BothBounds;
            if (!agreeing.Contains(q.Qualifier))
            {
                var range = q.Min is null ? $"only an upper bound (max {Number(q.Max)})"
                    : q.Max is null ? $"only a lower bound (min {Number(q.Min)})"
                    : $"both bounds ({Number(q.Min)}..{Number(q.Max)})";
                _sink.Report(at, new MemberPath("quantities", i, ".qualifier"), ViolationKind.QualifierMismatch,
                    $"A range with {range} is qualified {Name(agreeing[0])} or {Name(agreeing[1])}, not {Name(q.Qualifier)}.");
            }
        }

        static string Name(QuantityQualifier qualifier) => StrictEnumJsonConverter<QuantityQualifier>.NameOf(qualifier);
    }

    private void NotNegative(ItemAt at, int index, Quantity quantity, string member, decimal? number)
    {
        if (number < 0)
        {
            _sink.Report(at, new MemberPath("quantities", index, "." + member), ViolationKind.NegativeCount,
                $"A count of people ({StrictEnumJsonConverter<QuantityKind>.NameOf(quantity.Kind)}) is never negative, not {Number(number)}.");
        }
    }

    private static string? Number(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Evidence names a document; its quote has the span's length; where the document's text is
    /// known, the span lies inside it and the quote equals the text there.
    /// </summary>
    private void Evidence(ItemAt at, ImmutableArray<Evidence> evidence)
    {
        for (var i = 0; i < evidence.Length; i++)
        {
            var span = evidence[i];
            var document = span.Document.Value!;
            DocumentTexts.Text? text = null;
            if (_ids.Contains(ItemCollection.Documents, document))
            {
                text = _texts.Find(document) ?? ReadAgain(document);
            }
            else
            {
                _pending.Add(new PendingReference(ItemCollection.Documents, document, at, new MemberPath("evidence", i, ".document")));
            }

            if (span.Quote is { } quote && CodePoints.Count(quote) is var length && length != span.Length)
            {
                _sink.Report(at, new MemberPath("evidence", i, ".quote"), ViolationKind.QuoteMismatch,
                    string.Create(CultureInfo.InvariantCulture, $"The quote \"{quote}\" has {length} code points but the span {span.Start}..{span.End} has {span.Length}.{Where(text, quote, span.Start)}"));
                continue;
            }

            if (text is null)
            {
                continue;
            }

            var index = text.Index;
            if (span.End > index.Length)
            {
                _sink.Report(at, new MemberPath("evidence", i, ".end"), ViolationKind.EvidenceOutOfRange,
                    string.Create(CultureInfo.InvariantCulture, $"The span {span.Start}..{span.End} ends after the text of document '{document}', which has {index.Length} code points."));
                continue;
            }

            if (span.Quote is { } q && !index.Matches(span.Start, span.End, q))
            {
                _sink.Report(at, new MemberPath("evidence", i, ".quote"), ViolationKind.QuoteMismatch,
                    string.Create(CultureInfo.InvariantCulture, $"The quote \"{q}\" differs from the text at {span.Start}..{span.End} of document '{document}': \"{index.Slice(span.Start, span.End)}\".{Where(text, q, span.Start)}"));
            }
        }
    }

    /// <summary>A text read again, kept for as long as a text is kept where its document is checked.</summary>
    private DocumentTexts.Text? ReadAgain(string document) =>
        _readText?.Invoke(document) is { } text ? _texts.Readmit(document, text, _ordinal, _ids.KeepTextUntil(document, _ordinal)) : null;

    /// <summary>Says where the quoted words occur in the text, nearest to the span, when the text is known and the search within its budget.</summary>
    private static string Where(DocumentTexts.Text? text, string quote, int around) => text is null || quote.Length == 0
        ? string.Empty
        : text.Nearest(quote, around) switch
        {
            null => string.Empty,
            < 0 => " The quoted words do not occur in the text.",
            var found => string.Create(CultureInfo.InvariantCulture, $" The quoted words occur at {found}..{found + CodePoints.Count(quote)}."),
        };

    private readonly record struct PendingReference(ItemCollection Target, string Id, ItemAt At, MemberPath Member);

    private readonly record struct PendingSpeaker(ItemAt At, string? Claim, string Statement, string? Claimant, ImmutableArray<ActorId> Attribution);
}
