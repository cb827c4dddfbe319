using System.Runtime.InteropServices;
using NewsEvents.Streaming;

namespace NewsEvents.Validation;

/// <summary>
/// The second pass of the checks in bounded memory: what the merge of the first pass's sorts found, which is
/// only what breaks a rule or might (ids defined twice, ids referenced and never defined, claims made through
/// someone else's statement) and what a document's text is kept for, read in order from a sort on disk. Valid
/// data holds next to nothing here, whatever its number of items.
/// </summary>
/// <remarks>
/// It decides exactly wherever a fingerprint could mislead: ids that share a fingerprint (suspects) are held as
/// they are defined; a fingerprint never defined is exactly an id never defined; a speaker is named by a further
/// pass. What remains is a reference to an undefined id whose fingerprint equals a defined one's: one chance in
/// 2^64 divided by the number of ids, for each reference, with fingerprints seeded afresh in each process
/// (<see cref="IdFingerprint.Of"/>).
/// </remarks>
internal sealed class SortedIdBook : IdBook, IDisposable
{
    /// <summary>How many items after its own a document's text is kept, whatever cites it; a citation further on is noted in the first pass.</summary>
    public const int TextWindow = 4_096;

    private readonly Func<string, ulong> _fingerprint;
    private readonly HashSet<ulong>[] _suspects;
    private readonly HashSet<ulong>[] _undefined;
    private readonly Dictionary<long, ulong> _otherSpeakers;
    private readonly ExternalSort<TextKeeping> _textSort;
    private readonly IdTally _gathered;
    private readonly IdTally _met = new();
    private readonly IEnumerator<TextKeeping> _texts;
    private TextKeeping? _nextText;

    // The suspects defined so far, with their positions, and the speakers of suspect statements.
    private readonly Dictionary<string, long>[] _exact;
    private readonly Dictionary<string, string?> _exactSpeakers = new(StringComparer.Ordinal);

    // The speakers looked up by name, for the claims that must name them.
    private readonly Dictionary<string, string?> _names = new(StringComparer.Ordinal);

    /// <param name="fingerprint">How an id becomes its fingerprint, as in the first pass.</param>
    /// <param name="suspects">By collection, the fingerprints defined more than once.</param>
    /// <param name="undefined">By collection, the fingerprints referenced and never defined.</param>
    /// <param name="otherSpeakers">The claims, by number, whose statement's speaker (its fingerprint) may be none of the claim's actors.</param>
    /// <param name="texts">The documents cited further on than the text window; read in order, and disposed with the book.</param>
    /// <param name="gathered">The ids the first pass met, which the second must meet alike.</param>
    public SortedIdBook(Func<string, ulong> fingerprint, HashSet<ulong>[] suspects, HashSet<ulong>[] undefined, Dictionary<long, ulong> otherSpeakers, ExternalSort<TextKeeping> texts, IdTally gathered)
    {
        (_fingerprint, _suspects, _undefined, _otherSpeakers, _textSort, _gathered) = (fingerprint, suspects, undefined, otherSpeakers, texts, gathered);
        _exact = [.. suspects.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal))];
        _texts = texts.Sorted(CancellationToken.None).GetEnumerator();
        _nextText = _texts.MoveNext() ? _texts.Current : null;
    }

    public override bool TryDefine(ItemCollection collection, string id, long position, out long first)
    {
        var fingerprint = _fingerprint(id);
        _met.Add(collection, fingerprint);
        if (!_suspects[(int)collection].Contains(fingerprint))
        {
            first = 0;
            return true;
        }

        ref var defined = ref CollectionsMarshal.GetValueRefOrAddDefault(_exact[(int)collection], id, out var exists);
        defined = exists ? defined : position;
        first = defined;
        return !exists;
    }

    public override bool Contains(ItemCollection collection, string id)
    {
        var fingerprint = _fingerprint(id);
        _met.Add(collection, fingerprint);
        return _suspects[(int)collection].Contains(fingerprint)
            ? _exact[(int)collection].ContainsKey(id)
            : !_undefined[(int)collection].Contains(fingerprint);
    }

    /// <summary>Ends the pass that checks the records, before the references that waited are asked about again.</summary>
    /// <exception cref="InvalidOperationException">The pass met other ids than the first: the records changed, and what the first pass found does not hold for them.</exception>
    public void EndPass() => _met.ThrowIfOther(_gathered);

    public override void SetSpeaker(string statement, string? speaker)
    {
        if (IsSuspect(ItemCollection.Statements, statement))
        {
            _exactSpeakers[statement] = speaker;
        }
    }

    // Asked for the claim being walked, or, once the speakers are named, for any. A claim that one of its own
    // made the statement through is told there is no speaker to compare: the rule holds either way.
    public override bool HasSpeaker(string statement) =>
        IsSuspect(ItemCollection.Statements, statement) ? _exactSpeakers[statement] is not null
        : _names.TryGetValue(statement, out var name) ? name is not null
        : _otherSpeakers.ContainsKey(Ordinal);

    public override bool? Spoke(string statement, string? actor)
    {
        if (IsSuspect(ItemCollection.Statements, statement))
        {
            return _exactSpeakers[statement] == actor;
        }

        if (_names.TryGetValue(statement, out var name) && name is not null)
        {
            return name == actor;
        }

        var speaker = _otherSpeakers[Ordinal];
        if (actor is null || speaker != _fingerprint(actor))
        {
            return false;
        }

        return _suspects[(int)ItemCollection.Actors].Contains(speaker) ? null : true;
    }

    public override string? SpeakerOf(string statement) => IsSuspect(ItemCollection.Statements, statement)
        ? _exactSpeakers[statement]
        : _names.GetValueOrDefault(statement);

    /// <summary>Until the end of the window after it, or its last citation after that; a document defined twice, to the end.</summary>
    public override long? KeepTextUntil(string document, long ordinal)
    {
        if (IsSuspect(ItemCollection.Documents, document))
        {
            return long.MaxValue;
        }

        while (_nextText is { } text && text.Document < ordinal)
        {
            _nextText = _texts.MoveNext() ? _texts.Current : null;
        }

        var window = ordinal + TextWindow;
        return _nextText is { } cited && cited.Document == ordinal ? Math.Max(window, cited.LastCitation) : window;
    }

    /// <summary>Names the speakers of <paramref name="statements"/> from the records, read once more (the first statement of an id that names one counts).</summary>
    public async Task NameSpeakersAsync(IEnumerable<string> statements, IAsyncEnumerable<JsonLinesRecord> records, CancellationToken cancellationToken)
    {
        foreach (var wanted in statements)
        {
            _names[wanted] = null;
        }

        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (record.Value is Statement { Id.Value: { } id } statement && _names.TryGetValue(id, out var name))
            {
                _names[id] = name ?? statement.Speaker.Value;
            }
        }
    }

    public void Dispose()
    {
        _texts.Dispose();
        _textSort.Dispose();
    }

    private bool IsSuspect(ItemCollection collection, string id) => _suspects[(int)collection].Contains(_fingerprint(id));
}
