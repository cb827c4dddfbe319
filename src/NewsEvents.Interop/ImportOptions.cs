using NodaTime;

namespace NewsEvents.Interop;

/// <summary>How an importer treats bad rows, and the clock it dates an import by.</summary>
public sealed record ImportOptions
{
    /// <summary>
    /// The most an importer holds of one line of a file (a row of a GDELT, ACLED, POLECAT or ICEWS file, a PLOVER
    /// JSON Lines record; in ACLED's CSV, a record whose quoted value spans lines), and of a file it reads whole (a
    /// PLOVER JSON array, a ClaimReview JSON-LD file): 8 MiB, well past any real row and below the 16 Mi characters
    /// past which Sep refuses a row. A longer line is a bad row, found before more than this much of it is read: a
    /// strict import stops at it with its file and line; a lenient one reports it, skips the rest of it without
    /// keeping it, and goes on with the next. A longer file read whole is a problem of the file, which is not read.
    /// </summary>
    public const int MaxRecordBytes = 8 * 1024 * 1024;

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
