namespace NewsEvents.Time;

/// <summary>How precisely a <see cref="TimeValue"/> locates its time.</summary>
/// <remarks>The order of the members runs from finest to coarsest point, then intervals.</remarks>
public enum TimePrecision
{
    /// <summary>A moment with a time of day, given to the minute or to the second.</summary>
    Instant,

    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>An ISO week (Monday to Sunday), named by its week-year and week number.</summary>
    Week,

    /// <summary>A calendar month: "February 2019" stays a month and never becomes 2019-02-01.</summary>
    Month,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>An interval between two points, either end possibly open.</summary>
    Interval,
}
