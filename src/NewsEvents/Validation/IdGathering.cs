namespace NewsEvents.Validation;

/// <summary>
/// The first pass of the checks in bounded memory: the rule set walks each item with this book, which answers
/// that every id is defined, and writes what it is told and asked to sorts on disk: each id defined, each id
/// referenced (so that the references are exactly those the rule set follows, named once, in the rule set),
/// each statement's speaker and each claim's possible speakers. <see cref="Seal"/> merges them into the book of
/// the second pass.
/// </summary>
internal sealed class IdGathering : IdBook, IDisposable
{
    private readonly Func<string, ulong> _fingerprint;
    private readonly string _folder;
    private readonly int _budgetBytes;
    private readonly ExternalSort<IdEntry> _ids;
    private readonly ExternalSort<SpeakerEntry> _speakers;

    /// <param name="folder">Where the sorts write their runs.</param>
    /// <param name="budgetBytes">The memory of the sorts, together.</param>
    /// <param name="fingerprint">How an id becomes its fingerprint.</param>
    public IdGathering(string folder, int budgetBytes, Func<string, ulong> fingerprint)
    {
        (_folder, _budgetBytes, _fingerprint) = (folder, budgetBytes, fingerprint);
        _ids = new ExternalSort<IdEntry>(folder, "ids", budgetBytes / 2, IdEntry.SameReference);
        _speakers = new ExternalSort<SpeakerEntry>(folder, "speakers", budgetBytes / 2);
    }

    /// <summary>The runs written to disk so far, by both sorts.</summary>
    public int RunCount => _ids.RunCount + _speakers.RunCount;

    public override bool GathersOnly => true;

    /// <summary>The ids defined and referenced, for the second pass to tell that it met the same.</summary>
    public IdTally Tally { get; } = new();

    public override bool TryDefine(ItemCollection collection, string id, long position, out long first)
    {
        var fingerprint = _fingerprint(id);
        Tally.Add(collection, fingerprint);
        _ids.Add(new IdEntry(collection, fingerprint, reference: false, Ordinal));
        first = 0;
        return true;
    }

    public override bool Contains(ItemCollection collection, string id)
    {
        var fingerprint = _fingerprint(id);
        Tally.Add(collection, fingerprint);
        _ids.Add(new IdEntry(collection, fingerprint, reference: true, Ordinal));
        return true;
    }

    public override void SetSpeaker(string statement, string? speaker) =>
        _speakers.Add(new SpeakerEntry(_fingerprint(statement), speaker is null ? IdFingerprint.NoSpeaker : _fingerprint(speaker), claim: false, Ordinal));

    // Every claim through a statement is asked about each of its claimant and attribution chain, none of them
    // the speaker; a name is given so that the rule set does not hold the claim for a naming pass.
    public override bool HasSpeaker(string statement) => true;

    public override bool? Spoke(string statement, string? actor)
    {
        _speakers.Add(new SpeakerEntry(_fingerprint(statement), actor is null ? IdFingerprint.NoSpeaker : _fingerprint(actor), claim: true, Ordinal));
        return false;
    }

    public override string? SpeakerOf(string statement) => string.Empty;

    // No text is kept in this pass, not even an empty one: no item after the document is said to cite it.
    public override long? KeepTextUntil(string document, long ordinal) => ordinal;

    /// <summary>
    /// Ends the first pass: merges the ids to find those defined twice (duplicates, or fingerprints that collide:
    /// suspects, decided exactly in the second pass), those referenced and never defined, and the documents cited
    /// far from where they are; then the statements, to find the claims made through a statement by someone else.
    /// </summary>
    public SortedIdBook Seal(CancellationToken cancellationToken)
    {
        var collections = Enum.GetValues<ItemCollection>().Length;
        var suspects = Enumerable.Range(0, collections).Select(_ => new HashSet<ulong>()).ToArray();
        var undefined = Enumerable.Range(0, collections).Select(_ => new HashSet<ulong>()).ToArray();
        var texts = new ExternalSort<TextKeeping>(_folder, "texts", _budgetBytes / 2);
        try
        {
            FindSuspectsAndUndefined(suspects, undefined, texts, cancellationToken);
            var speakers = FindOtherSpeakers(suspects, cancellationToken);
            return new SortedIdBook(_fingerprint, suspects, undefined, speakers, texts, Tally);
        }
        catch
        {
            texts.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _ids.Dispose();
        _speakers.Dispose();
    }

    private void FindSuspectsAndUndefined(HashSet<ulong>[] suspects, HashSet<ulong>[] undefined, ExternalSort<TextKeeping> texts, CancellationToken cancellationToken)
    {
        IdEntry? id = null;
        int definitions = 0;
        long firstDefinition = 0, lastReference = 0;
        foreach (var entry in _ids.Sorted(cancellationToken))
        {
            if (id is { } previous && !previous.SameId(entry))
            {
                Close(previous);
                id = null;
            }

            if (id is null)
            {
                (id, definitions, firstDefinition, lastReference) = (entry, 0, 0, 0);
            }

            if (entry.IsReference)
            {
                lastReference = entry.Ordinal;
            }
            else if (definitions++ == 0)
            {
                firstDefinition = entry.Ordinal;
            }
        }

        if (id is { } last)
        {
            Close(last);
        }

        void Close(IdEntry closed)
        {
            var collection = (int)closed.Collection;
            if (definitions > 1)
            {
                suspects[collection].Add(closed.Fingerprint);
            }
            else if (definitions == 0)
            {
                undefined[collection].Add(closed.Fingerprint);
            }
            else if (closed.Collection == ItemCollection.Documents && lastReference > firstDefinition + SortedIdBook.TextWindow)
            {
                texts.Add(new TextKeeping(firstDefinition, lastReference));
            }
        }
    }

    /// <summary>
    /// The claims (by number) made through a statement whose speaker none of their claimant and attribution chain
    /// is, or may not be (the speaker's fingerprint is one that two actors share), with that speaker's
    /// fingerprint. Statements defined twice are left to the second pass, which holds their ids exactly.
    /// </summary>
    private Dictionary<long, ulong> FindOtherSpeakers(HashSet<ulong>[] suspects, CancellationToken cancellationToken)
    {
        var suspectStatements = suspects[(int)ItemCollection.Statements];
        var suspectActors = suspects[(int)ItemCollection.Actors];
        var found = new Dictionary<long, ulong>();
        ulong? statement = null;
        var speaker = IdFingerprint.NoSpeaker;
        long claim = 0;
        var spoke = false;
        foreach (var entry in _speakers.Sorted(cancellationToken))
        {
            if (entry.Statement != statement || entry.Ordinal != claim)
            {
                CloseClaim();
            }

            if (entry.Statement != statement)
            {
                (statement, speaker) = (entry.Statement, IdFingerprint.NoSpeaker);
                if (!entry.IsClaim)
                {
                    // The first definition: the only one, when the statement is not a suspect.
                    speaker = entry.Actor;
                }
            }

            if (entry.IsClaim)
            {
                claim = entry.Ordinal;
                spoke |= entry.Actor == speaker;
            }
        }

        CloseClaim();
        return found;

        void CloseClaim()
        {
            if (claim != 0 && speaker != IdFingerprint.NoSpeaker && !suspectStatements.Contains(statement!.Value) && (!spoke || suspectActors.Contains(speaker)))
            {
                found[claim] = speaker;
            }

            (claim, spoke) = (0, false);
        }
    }
}
