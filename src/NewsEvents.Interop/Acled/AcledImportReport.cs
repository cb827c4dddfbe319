using System.Collections.Immutable;

namespace NewsEvents.Interop.Acled;

/// <summary>What an ACLED import read and wrote.</summary>
public sealed record AcledImportReport
{
    /// <summary>Each file, in the order read.</summary>
    public ImmutableArray<AcledFileReport> Files { get; init; } = [];

    /// <summary>Events written, one per event_id_cnty.</summary>
    public long Events { get; init; }

    /// <summary>Rows whose event_id_cnty was already read: the first row is kept.</summary>
    public long RepeatedEvents { get; init; }

    /// <summary>Actors written, one per distinct name.</summary>
    public long Actors { get; init; }

    /// <summary>Documents written, one per distinct source.</summary>
    public long Documents { get; init; }

    /// <summary>Events dated before 1997, where ACLED begins (an erratum such as the year written 0025), kept as given and marked <c>newsevents:datedBeforeCoverage</c>.</summary>
    public long DatedBeforeCoverage { get; init; }

    /// <summary>The rows left out, in every file.</summary>
    public long BadRows => Files.Sum(f => f.BadRows);

    /// <inheritdoc />
    public bool Equals(AcledImportReport? other) =>
        other is not null && Files.SequenceEqual(other.Files) && Events == other.Events && RepeatedEvents == other.RepeatedEvents
        && Actors == other.Actors && Documents == other.Documents && DatedBeforeCoverage == other.DatedBeforeCoverage;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Files.Length, Events, RepeatedEvents, Actors, Documents, DatedBeforeCoverage);
}
