using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsEvents.Validation;

/// <summary>
/// Ids as 64-bit fingerprints, gathered in a first pass over a stream (<see cref="Gather"/>), sorted
/// (<see cref="Seal"/>) and consulted in the second, when the rule set walks the items: 8 bytes an
/// id, 16 a statement (its speaker's fingerprint beside it), in sorted chunks that never grow by copying.
/// </summary>
/// <remarks>
/// <para>No result rests on a fingerprint alone where a fingerprint could mislead. A fingerprint that
/// two definitions share is a suspect (a duplicate id, or two ids whose fingerprints collide): in
/// the second pass the ids of suspects are held exactly, as they are defined, and duplicates and
/// references among them are decided by those ids. A fingerprint that is not found means that no
/// item defines the id, exactly. A claim whose statement's speaker is neither its claimant nor in
/// its attribution chain is reported under the speaker's name, looked up in one more pass
/// (<see cref="Offer"/>), which also decides by name a speaker whose fingerprint two actors share.</para>
/// <para>What remains is the one thing a fingerprint cannot tell: a reference to an id that nothing
/// defines but whose fingerprint equals that of an id that is defined (or a speaker compared so),
/// which would pass unreported: one chance in 2^64 divided by the number of ids, for each reference
/// (about 10^-13 for a million ids), with fingerprints seeded afresh in each process so that no
/// input can be made to collide on purpose.</para>
/// </remarks>
internal sealed class FingerprintIdBook : IdBook
{
    /// <summary>How many items after its own a document's text is kept, whatever cites it; a citation further on is noted in the first pass.</summary>
    public const int CitationWindow = 4_096;

    private const ulong NoSpeaker = 0;

    private readonly Func<string, ulong> _fingerprint;
    private readonly SortedChunks<ulong>[] _defined = [.. Enum.GetValues<ItemCollection>().Select(_ => new SortedChunks<ulong>())];
    private readonly SortedChunks<SpokenBy> _speakers = new();
    private readonly HashSet<ulong>[] _suspects = [.. Enum.GetValues<ItemCollection>().Select(_ => new HashSet<ulong>())];

    // In the second pass: the ids of suspects defined so far, with their positions, and the speakers of suspect statements.
    private readonly Dictionary<string, long>[] _exact = [.. Enum.GetValues<ItemCollection>().Select(_ => new Dictionary<string, long>(StringComparer.Ordinal))];
    private readonly Dictionary<string, string?> _exactSpeakers = new(StringComparer.Ordinal);

    // The speakers looked up by name, for the claims that must name them.
    private readonly Dictionary<string, string?> _names = new(StringComparer.Ordinal);

    // The documents defined within the last CitationWindow items, by fingerprint, with their numbers, in order;
    // and the last citation of each document that comes later than that (few: evidence cites what is near).
    private readonly Dictionary<ulong, long> _recentDocuments = [];
    private readonly Queue<(ulong Document, long Ordinal)> _recentOrder = new();
    private readonly Dictionary<ulong, long> _farCitations = [];
    private bool _sealed;

    /// <summary>Creates an empty book.</summary>
    /// <param name="fingerprint">How an id becomes its fingerprint; <see cref="Fingerprint"/> unless a test forces collisions.</param>
    public FingerprintIdBook(Func<string, ulong>? fingerprint = null) => _fingerprint = fingerprint ?? Fingerprint;

    /// <summary>
    /// A 64-bit fingerprint of an id: two independent 32-bit hashes of its characters, each seeded
    /// afresh in each process (never 0, which marks a statement without a speaker).
    /// </summary>
    public static ulong Fingerprint(string id)
    {
        var hash = new HashCode();
        hash.AddBytes(MemoryMarshal.AsBytes(id.AsSpan()));
        var value = ((ulong)(uint)hash.ToHashCode() << 32) | (uint)string.GetHashCode(id.AsSpan());
        return value == NoSpeaker ? 1 : value;
    }

    /// <summary>First pass: notes the id of an item (and a statement's speaker), and the documents its evidence cites far from them.</summary>
    /// <param name="item">The item.</param>
    /// <param name="ordinal">The item's number in the stream, from 1, as the second pass counts them (<see cref="RuleSet.Check(object, long)"/>).</param>
    public void Gather(object item, long ordinal)
    {
        if (_sealed)
        {
            Guard.State("The ids were sealed; the first pass is over.");
        }

        ForgetOldDocuments(ordinal);
        var evidence = ImmutableArray<Evidence>.Empty;
        switch (item)
        {
            case Document d:
                Define(ItemCollection.Documents, d.Id.Value);
                if (d.Id.Value is { } document)
                {
                    var fingerprint = _fingerprint(document);
                    _recentDocuments[fingerprint] = ordinal;
                    _recentOrder.Enqueue((fingerprint, ordinal));
                }

                break;
            case Actor a: Define(ItemCollection.Actors, a.Id.Value); evidence = a.Evidence; break;
            case Event e: Define(ItemCollection.Events, e.Id.Value); evidence = e.Evidence; break;
            case Statement s:
                if (s.Id.Value is { } statement)
                {
                    _speakers.Add(new SpokenBy(_fingerprint(statement), s.Speaker.Value is { } speaker ? _fingerprint(speaker) : NoSpeaker));
                }

                evidence = s.Evidence;
                break;
            case Claim c: Define(ItemCollection.Claims, c.Id.Value); evidence = c.Evidence; break;
            case Relation r: Define(ItemCollection.Relations, r.Id.Value); evidence = r.Evidence; break;
        }

        foreach (var span in evidence)
        {
            if (span.Document.Value is { } cited && _fingerprint(cited) is var fingerprint && !_recentDocuments.ContainsKey(fingerprint))
            {
                // Items come in order: the last one noted is the last citation.
                _farCitations[fingerprint] = ordinal;
            }
        }
    }

    /// <summary>
    /// Until the end of its window, or its last citation after that. A fingerprint that two documents share
    /// (a duplicate id, or a collision) cannot tell whose citation was near: such a text is kept to the end.
    /// </summary>
    public override long? KeepTextUntil(string document, long ordinal)
    {
        var fingerprint = _fingerprint(document);
        return _suspects[(int)ItemCollection.Documents].Contains(fingerprint)
            ? long.MaxValue
            : Math.Max(ordinal + CitationWindow, _farCitations.GetValueOrDefault(fingerprint));
    }

    private void ForgetOldDocuments(long ordinal)
    {
        while (_recentOrder.TryPeek(out var oldest) && oldest.Ordinal <= ordinal - CitationWindow)
        {
            _recentOrder.Dequeue();
            if (_recentDocuments.TryGetValue(oldest.Document, out var defined) && defined == oldest.Ordinal)
            {
                _recentDocuments.Remove(oldest.Document);
            }
        }
    }

    private void Define(ItemCollection collection, string? id)
    {
        if (id is not null)
        {
            _defined[(int)collection].Add(_fingerprint(id));
        }
    }

    /// <summary>Ends the first pass: sorts the fingerprints and finds the suspects.</summary>
    public void Seal()
    {
        _sealed = true;
        for (var c = 0; c < _defined.Length; c++)
        {
            _defined[c].Seal();
            _defined[c].Repeated(v => v, _suspects[c]);
        }

        _speakers.Seal();
        _speakers.Repeated(s => s.Statement, _suspects[(int)ItemCollection.Statements]);
    }

    public override bool TryDefine(ItemCollection collection, string id, long position, out long first)
    {
        first = 0;
        if (!_suspects[(int)collection].Contains(_fingerprint(id)))
        {
            return true;
        }

        var exact = _exact[(int)collection];
        if (exact.TryGetValue(id, out first))
        {
            return false;
        }

        exact.Add(id, position);
        return true;
    }

    public override bool Contains(ItemCollection collection, string id)
    {
        var fingerprint = _fingerprint(id);
        if (_suspects[(int)collection].Contains(fingerprint))
        {
            return _exact[(int)collection].ContainsKey(id);
        }

        return collection == ItemCollection.Statements
            ? _speakers.Find(fingerprint, s => s.Statement, out _)
            : _defined[(int)collection].Find(fingerprint, v => v, out _);
    }

    public override void SetSpeaker(string statement, string? speaker)
    {
        if (_suspects[(int)ItemCollection.Statements].Contains(_fingerprint(statement)))
        {
            _exactSpeakers[statement] = speaker;
        }
    }

    public override bool HasSpeaker(string statement) => IsSuspect(statement)
        ? _exactSpeakers[statement] is not null
        : Speaker(statement) != NoSpeaker;

    public override bool? Spoke(string statement, string? actor)
    {
        if (IsSuspect(statement))
        {
            return _exactSpeakers[statement] == actor;
        }

        if (_names.TryGetValue(statement, out var name) && name is not null)
        {
            return name == actor;
        }

        // Different fingerprints are different ids. The same fingerprint is the same actor, unless
        // two actors share it: then only the speaker's name can tell.
        if (actor is null || Speaker(statement) is var speaker && speaker != _fingerprint(actor))
        {
            return false;
        }

        return _suspects[(int)ItemCollection.Actors].Contains(speaker) ? null : true;
    }

    public override string? SpeakerOf(string statement) => IsSuspect(statement)
        ? _exactSpeakers[statement]
        : _names.GetValueOrDefault(statement);

    /// <summary>Asks for the names of the speakers of <paramref name="statements"/>, to be given by <see cref="Offer"/>.</summary>
    public void Want(IEnumerable<string> statements)
    {
        foreach (var statement in statements)
        {
            _names.TryAdd(statement, null);
        }
    }

    /// <summary>In the pass that names speakers: a statement and its speaker, kept when it is wanted (the first definition counts).</summary>
    public void Offer(string? statement, string? speaker)
    {
        if (statement is not null && _names.TryGetValue(statement, out var name) && name is null)
        {
            _names[statement] = speaker;
        }
    }

    private bool IsSuspect(string statement) => _suspects[(int)ItemCollection.Statements].Contains(_fingerprint(statement));

    private ulong Speaker(string statement) =>
        _speakers.Find(_fingerprint(statement), s => s.Statement, out var found) ? found.Speaker : NoSpeaker;

    private readonly record struct SpokenBy(ulong Statement, ulong Speaker) : IComparable<SpokenBy>
    {
        public int CompareTo(SpokenBy other) => Statement.CompareTo(other.Statement);
    }
}
