namespace NewsEvents.Validation;

/// <summary>
/// What the rule set (<see cref="RuleSet"/>) knows of the ids it has met: which are defined, where
/// first, and who made each statement. Exact (<see cref="ExactIdBook"/>, every id held) or in flat
/// memory (<see cref="IdGathering"/> in a first pass, writing the ids as fingerprints to sorts on disk;
/// <see cref="SortedIdBook"/> in the second, holding what the sorts found).
/// </summary>
internal abstract class IdBook
{
    /// <summary>The number of the item the rule set walks, from 1: the order of a stream's records, which every pass counts alike.</summary>
    public long Ordinal { get; set; }

    /// <summary>Whether the rule set walks the items only for this book to gather their ids: it then holds nothing that only its findings need (the claims' repeats-links).</summary>
    public virtual bool GathersOnly => false;

    /// <summary>Defines an id; false, with the position that defined it first, when it is already defined.</summary>
    public abstract bool TryDefine(ItemCollection collection, string id, long position, out long first);

    /// <summary>Whether the id is defined: so far in one pass, or anywhere in the stream when the ids were gathered first.</summary>
    public abstract bool Contains(ItemCollection collection, string id);

    /// <summary>Records the speaker of a statement defined for the first time (null: it has none).</summary>
    public abstract void SetSpeaker(string statement, string? speaker);

    /// <summary>Whether the statement (defined) names a speaker.</summary>
    public abstract bool HasSpeaker(string statement);

    /// <summary>Whether <paramref name="actor"/> made the statement (defined, with a speaker); null when the book cannot tell until the speaker is named.</summary>
    public abstract bool? Spoke(string statement, string? actor);

    /// <summary>The speaker of the statement (defined, with a speaker), for a message; null when it is not held and must be looked up (<see cref="SortedIdBook.NameSpeakersAsync"/>).</summary>
    public abstract string? SpeakerOf(string statement);

    /// <summary>
    /// The number of the last item in the stream that may cite the document numbered <paramref name="ordinal"/>
    /// (not after it: no later item cites it); null when the book does not know.
    /// </summary>
    public virtual long? KeepTextUntil(string document, long ordinal) => null;
}
