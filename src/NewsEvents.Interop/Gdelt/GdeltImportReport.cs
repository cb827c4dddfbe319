using System.Collections.Immutable;

namespace NewsEvents.Interop.Gdelt;

/// <summary>What an import read and how it merged it: the counts a caller reports to its user.</summary>
public sealed record GdeltImportReport
{
    /// <summary>Each file, in the order read (mentions files first).</summary>
    public ImmutableArray<GdeltFileReport> Files { get; init; } = [];

    /// <summary>Events read from events rows (one per GLOBALEVENTID); the events known only from their mentions are counted by <see cref="UnmatchedEvidence"/>.</summary>
    public long Events { get; init; }

    /// <summary>Event rows whose GLOBALEVENTID was already imported: the same event seen again, kept once (the first row).</summary>
    public long RepeatedEvents { get; init; }

    /// <summary>Actors written, deduplicated by CAMEO code and name.</summary>
    public long Actors { get; init; }

    /// <summary>Documents written: one per GKG record, and one per distinct mention identifier or SOURCEURL that no GKG record gave.</summary>
    public long Documents { get; init; }

    /// <summary>Evidence items written, one per mention row.</summary>
    public long Evidence { get; init; }

    /// <summary>
    /// Mention rows that repeat the event, document and sentence of an earlier row (GDELT repeats a mention with the
    /// actors' offsets swapped or another confidence): each is kept as an evidence item of its own, marked
    /// <c>newsevents:repeatedMention</c>, so that analyses can leave it out.
    /// </summary>
    public long RepeatedMentions { get; init; }

    /// <summary>
    /// Evidence items whose event's row was not among the events imported: they are written on an event known only
    /// from its mentions (type other, marked <c>newsevents:eventRowMissing</c>), so that no mention is dropped.
    /// </summary>
    public long UnmatchedEvidence { get; init; }

    /// <summary>Events whose ActionGeo has coordinates 0,0 (a known GDELT erratum for "unknown"): kept as given, counted here.</summary>
    public long ZeroCoordinates { get; init; }

    /// <summary>Events dated (SQLDATE) before 1979, where GDELT begins (a known erratum: 1920 written for 2020): kept as given, counted here.</summary>
    public long DatedBeforeCoverage { get; init; }

    /// <summary>GKG 2.1 records read, each into a document.</summary>
    public long GkgRecords { get; init; }

    /// <summary>GKG records whose GKGRECORDID was already imported: the same record seen again, kept once (the first).</summary>
    public long RepeatedGkgRecords { get; init; }

    /// <summary>Statements written, one per entry of a GKG record's Quotations.</summary>
    public long Statements { get; init; }

    /// <summary>Rows left out as bad, over all files.</summary>
    public long BadRows => Files.Sum(f => f.BadRows);

    /// <summary>Compares by content, the files item by item.</summary>
    /// <param name="other">The other report.</param>
    /// <returns>Whether both are the same.</returns>
    public bool Equals(GdeltImportReport? other) =>
        other is not null && Files.SequenceEqual(other.Files) && Events == other.Events && RepeatedEvents == other.RepeatedEvents
        && Actors == other.Actors && Documents == other.Documents && Evidence == other.Evidence
        && RepeatedMentions == other.RepeatedMentions && UnmatchedEvidence == other.UnmatchedEvidence
        && ZeroCoordinates == other.ZeroCoordinates && DatedBeforeCoverage == other.DatedBeforeCoverage
        && GkgRecords == other.GkgRecords && RepeatedGkgRecords == other.RepeatedGkgRecords && Statements == other.Statements;

    /// <summary>A hash of the counts.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(HashCode.Combine(Files.Length, Events, RepeatedEvents, Actors), Documents, Evidence, RepeatedMentions, UnmatchedEvidence, ZeroCoordinates, DatedBeforeCoverage, HashCode.Combine(GkgRecords, RepeatedGkgRecords, Statements));
}
