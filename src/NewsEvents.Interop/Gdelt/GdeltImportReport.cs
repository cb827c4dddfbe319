using System.Collections.Immutable;

namespace NewsEvents.Interop.Gdelt;

/// <summary>What an import read and how it merged it: the counts a caller reports to its user.</summary>
public sealed record GdeltImportReport
{
    /// <summary>Each file, in the order read (mentions files first).</summary>
    public ImmutableArray<GdeltFileReport> Files { get; init; } = [];

    /// <summary>Events written (one per GLOBALEVENTID).</summary>
    public long Events { get; init; }

    /// <summary>Event rows whose GLOBALEVENTID was already imported: the same event seen again, kept once (the first row).</summary>
    public long RepeatedEvents { get; init; }

    /// <summary>Actors written, deduplicated by CAMEO code and name.</summary>
    public long Actors { get; init; }

    /// <summary>Documents written, one per distinct mention identifier or SOURCEURL.</summary>
    public long Documents { get; init; }

    /// <summary>Evidence items attached to events, one per (event, document, sentence).</summary>
    public long Evidence { get; init; }

    /// <summary>Mention rows folded into an evidence item already made for the same event, document and sentence.</summary>
    public long FoldedMentions { get; init; }

    /// <summary>Evidence items whose event was not among the events imported: their documents are written, the evidence is not (an evidence item belongs to an event).</summary>
    public long UnmatchedEvidence { get; init; }

    /// <summary>Events whose ActionGeo has coordinates 0,0 (a known GDELT erratum for "unknown"): kept as given, counted here.</summary>
    public long ZeroCoordinates { get; init; }

    /// <summary>Events dated (SQLDATE) before 1979, where GDELT begins (a known erratum: 1920 written for 2020): kept as given, counted here.</summary>
    public long DatedBeforeCoverage { get; init; }

    /// <summary>Rows left out as bad, over all files.</summary>
    public long BadRows => Files.Sum(f => f.BadRows);

    /// <summary>Compares by content, the files item by item.</summary>
    /// <param name="other">The other report.</param>
    /// <returns>Whether both are the same.</returns>
    public bool Equals(GdeltImportReport? other) =>
        other is not null && Files.SequenceEqual(other.Files) && Events == other.Events && RepeatedEvents == other.RepeatedEvents
        && Actors == other.Actors && Documents == other.Documents && Evidence == other.Evidence
        && FoldedMentions == other.FoldedMentions && UnmatchedEvidence == other.UnmatchedEvidence
        && ZeroCoordinates == other.ZeroCoordinates && DatedBeforeCoverage == other.DatedBeforeCoverage;

    /// <summary>A hash of the counts.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(HashCode.Combine(Files.Length, Events, RepeatedEvents, Actors), Documents, Evidence, FoldedMentions, UnmatchedEvidence, ZeroCoordinates, DatedBeforeCoverage);
}
