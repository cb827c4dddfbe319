using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsEvents.Validation;

/// <summary>
/// Ids as 64-bit fingerprints, counted in a first pass over a stream (<see cref="Gather"/>), placed in
/// exact-size tables in a second (<see cref="Place"/>), sorted (<see cref="Seal"/>) and consulted in the
/// third, when the rule set walks the items: 6 bytes an id, 14 a statement (its speaker's fingerprint
/// beside it), in <see cref="FingerprintTable"/>s that never grow by copying and hold no unused slot.
/// </summary>
/// <remarks>
/// <para>No result rests on a fingerprint alone where a fingerprint could mislead. A fingerprint that
/// two definitions share is a suspect (a duplicate id, or two ids whose fingerprints collide): in
/// the pass that checks the items, the ids of suspects are held exactly, as they are defined, and duplicates and
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

    // The fingerprints of each collection's ids; the statements' with their speakers'.
    private readonly FingerprintTable[] _defined = [.. Enum.GetValues<ItemCollection>().Select(c => new FingerprintTable(withSpeakers: c == ItemCollection.Statements))];
    private readonly HashSet<ulong>[] _suspects = [.. Enum.GetValues<ItemCollection>().Select(_ => new HashSet<ulong>())];

    // In the pass that checks: the ids of suspects defined so far, with their positions, and the speakers of suspect statements.
    private readonly Dictionary<string, long>[] _exact = [.. Enum.GetValues<ItemCollection>().Select(_ => new Dictionary<string, long>(StringComparer.Ordinal))];
    private readonly Dictionary<string, string?> _exactSpeakers = new(StringComparer.Ordinal);

    // The speakers looked up by name, for the claims that must name them.
    private readonly Dictionary<string, string?> _names = new(StringComparer.Ordinal);

    // The documents defined within the last CitationWindow items, by fingerprint, with their numbers, in order;
    // and the last citation of each document that comes later than that (few: evidence cites what is near).
    private readonly Dictionary<ulong, long> _recentDocuments = [];
    private readonly Queue<(ulong Document, long Ordinal)> _recentOrder = new();
    private readonly Dictionary<ulong, long> _farCitations = [];
    private Phase _phase;

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

    /// <summary>First pass: counts the id of an item, and notes the documents its evidence cites far from them.</summary>
    /// <param name="item">The item.</param>
    /// <param name="ordinal">The item's number in the stream, from 1, as the pass that checks counts them (<see cref="RuleSet.Check(object, long)"/>).</param>
    public void Gather(object item, long ordinal)
    {
        InPhase(Phase.Counting);
        ForgetOldDocuments(ordinal);
        var evidence = ImmutableArray<Evidence>.Empty;
        if (Id(item) is ({ } id, var collection))
        {
            _defined[(int)collection].Tally(_fingerprint(id));
        }

        switch (item)
        {
            case Document d when d.Id.Value is { } document:
                var fingerprint = _fingerprint(document);
                _recentDocuments[fingerprint] = ordinal;
                _recentOrder.Enqueue((fingerprint, ordinal));
                break;
            case Actor a: evidence = a.Evidence; break;
            case Event e: evidence = e.Evidence; break;
            case Statement s: evidence = s.Evidence; break;
            case Claim c: evidence = c.Evidence; break;
            case Relation r: evidence = r.Evidence; break;
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

    /// <summary>The id an item defines, and in which collection; a null id defines none.</summary>
    private static (string? Id, ItemCollection Collection) Id(object item) => item switch
    {
        Document d => (d.Id.Value, ItemCollection.Documents),
        Actor a => (a.Id.Value, ItemCollection.Actors),
        Event e => (e.Id.Value, ItemCollection.Events),
        Statement s => (s.Id.Value, ItemCollection.Statements),
        Claim c => (c.Id.Value, ItemCollection.Claims),
        Relation r => (r.Id.Value, ItemCollection.Relations),
        _ => (null, ItemCollection.Header),
    };

    /// <summary>Second pass: places the id of an item (and a statement's speaker) in the table that the first pass sized.</summary>
    /// <exception cref="InvalidOperationException">The item was not counted in the first pass: the records changed.</exception>
    public void Place(object item)
    {
        EndCounting();
        InPhase(Phase.Placing);
        if (Id(item) is ({ } id, var collection))
        {
            var speaker = item is Statement { Speaker.Value: { } spoken } ? _fingerprint(spoken) : NoSpeaker;
            _defined[(int)collection].Place(_fingerprint(id), speaker);
        }
    }

    /// <summary>Ends the passes that gather ids: sorts the fingerprints and finds the suspects.</summary>
    /// <exception cref="InvalidOperationException">Fewer ids were placed than counted: the records changed.</exception>
    public void Seal()
    {
        EndCounting();
        InPhase(Phase.Placing);
        _phase = Phase.Sealed;
        for (var c = 0; c < _defined.Length; c++)
        {
            _defined[c].Seal(_suspects[c]);
        }
    }

    /// <summary>Sizes the tables to what was counted, once, when the first pass is over.</summary>
    private void EndCounting()
    {
        if (_phase != Phase.Counting)
        {
            return;
        }

        // The documents' recent citations were of use only while counting.
        _recentDocuments.Clear();
        _recentOrder.Clear();
        foreach (var table in _defined)
        {
            table.Size();
        }

        _phase = Phase.Placing;
    }

    private void InPhase(Phase phase)
    {
        if (_phase != phase)
        {
            Guard.State(FormattableString.Invariant($"The ids are being {_phase.ToString().ToLowerInvariant()}, not {phase.ToString().ToLowerInvariant()}."));
        }
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

        return _defined[(int)collection].Find(fingerprint, out _);
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
        _defined[(int)ItemCollection.Statements].Find(_fingerprint(statement), out var speaker) ? speaker : NoSpeaker;

    private enum Phase
    {
        Counting,
        Placing,
        Sealed,
    }
}
