using NodaTime;

namespace NewsEvents.Interop;

/// <summary>How an importer treats bad rows, and the clock it dates an import by.</summary>
public sealed record ImportOptions
{
    /// <summary>
    /// When <see langword="false"/> (the default) the first bad row stops the import with a
    /// <see cref="NewsEventsFormatException"/> naming its file, line and reason. When <see langword="true"/>
    /// every bad row is reported to <see cref="Problems"/>, left out, and the import goes on.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>Receives each bad row of a lenient import (and nothing in a strict one).</summary>
    public Action<ImportProblem>? Problems { get; init; }

    /// <summary>The clock whose time is written as the dataset's coding time; the system clock by default.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>The coding time an import records: the clock's time, to the second, as a moment is written.</summary>
    internal TimeValue CodedNow() => TimeValue.At(Instant.FromUnixTimeSeconds(Clock.GetCurrentInstant().ToUnixTimeSeconds()));
}
