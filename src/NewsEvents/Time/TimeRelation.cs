namespace NewsEvents.Time;

/// <summary>
/// How one <see cref="TimeValue"/> stands to another on the timeline, each value taken as the
/// span it covers (a day is all of that day, "2019-04/2020-01" runs to the end of January 2020,
/// a moment is a single instant).
/// </summary>
/// <remarks>
/// Allen's thirteen interval relations, folded to what news analyses ask: starts and finishes
/// fold into <see cref="During"/> and <see cref="Contains"/>, overlaps and overlapped-by into
/// <see cref="Overlaps"/>. An open end ("since 2011") is an unknown end, not an endless one, so a
/// relation that depends on it is <see cref="Unknown"/>.
/// </remarks>
public enum TimeRelation
{
    /// <summary>The relation cannot be told: it depends on an open end, or a local value has no zone to place it beside a value with one.</summary>
    Unknown,

    /// <summary>This value ends before the other starts, with time between them.</summary>
    Before,

    /// <summary>This value ends exactly where the other starts (2020-01-13 meets 2020-01-14).</summary>
    Meets,

    /// <summary>The two share some time, each also covering time the other does not.</summary>
    Overlaps,

    /// <summary>This value lies within the other and is not equal to it (2019-02-14 is during 2019-02).</summary>
    During,

    /// <summary>The other value lies within this one and is not equal to it (2019-02 contains 2019-02-14).</summary>
    Contains,

    /// <summary>Both cover exactly the same time (2020-W03 and 2020-01-13/2020-01-19).</summary>
    Equal,

    /// <summary>This value starts exactly where the other ends.</summary>
    MetBy,

    /// <summary>This value starts after the other ends, with time between them.</summary>
    After,
}
