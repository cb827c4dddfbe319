using System.Collections.Immutable;

namespace NewsEvents.Interop.Sources;

/// <summary>What a POLECAT, PLOVER or ICEWS import read and wrote.</summary>
public sealed record SourceImportReport
{
    /// <summary>Each file, in the order read.</summary>
    public ImmutableArray<SourceFileReport> Files { get; init; } = [];

    /// <summary>Events written, one per source id.</summary>
    public long Events { get; init; }

    /// <summary>Rows or records whose event id was already read: the first is kept, the repeats counted.</summary>
    public long RepeatedEvents { get; init; }

    /// <summary>Actors written, one per distinct actor.</summary>
    public long Actors { get; init; }

    /// <summary>Documents written.</summary>
    public long Documents { get; init; }

    /// <summary>Evidence spans written: only where the source lets the exact words be found in the text.</summary>
    public long Evidence { get; init; }

    /// <summary>The rows or records left out, in every file.</summary>
    public long BadRows => Files.Sum(f => f.BadRows);

    /// <inheritdoc />
    public bool Equals(SourceImportReport? other) =>
        other is not null && Files.SequenceEqual(other.Files) && Events == other.Events && RepeatedEvents == other.RepeatedEvents
        && Actors == other.Actors && Documents == other.Documents && Evidence == other.Evidence;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Files.Length, Events, RepeatedEvents, Actors, Documents, Evidence);
}
