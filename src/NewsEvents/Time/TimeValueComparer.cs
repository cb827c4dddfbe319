using NewsEvents.Json;
using NodaTime;

namespace NewsEvents.Time;

/// <summary>
/// A stable total order of <see cref="TimeValue"/>s for timelines, and the equality that goes with it.
/// </summary>
/// <remarks>
/// <para>Values are ordered by, in turn:</para>
/// <list type="number">
/// <item>their earliest instant (an open start first), each read in its own zone or, without one, in <see cref="DefaultZone"/>;</item>
/// <item>their end (an open end last): among values with the same start the finer comes first, so
/// 2019-02-01 precedes 2019-W05 precedes 2019-02 precedes 2019, and 2011 precedes "2011/..";</item>
/// <item>precision, in the order of <see cref="TimePrecision"/> (points before an interval covering the same time);</item>
/// <item>the value text (ordinal), the zone id, and then, unless <see cref="TimeOnly"/>, the expression
/// (ordinal), the anchor, approximation (exact first) and the duration text; an absent member comes
/// before a present one.</item>
/// </list>
/// <para>The order is consistent with the comparer's equality: it returns 0 exactly when
/// <see cref="Equals(TimeValue, TimeValue)"/> is true. That equality is <see cref="TimeValue"/>'s own
/// (every member) for <see cref="Utc"/> and comparers made with the constructor, and the time alone
/// (value and zone) for <see cref="ByTime"/>. A null value comes first.</para>
/// </remarks>
public sealed class TimeValueComparer : IComparer<TimeValue>, IEqualityComparer<TimeValue>
{
    /// <summary>Creates the order that reads zone-less local values in <paramref name="defaultZone"/>.</summary>
    /// <param name="defaultZone">The zone for local values without a <see cref="TimeValue.Zone"/>, typically the dataset's or the document's zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="defaultZone"/> is null.</exception>
    public TimeValueComparer(DateTimeZone defaultZone)
        : this(defaultZone, timeOnly: false)
    {
    }

    private TimeValueComparer(DateTimeZone defaultZone, bool timeOnly)
    {
        Guard.NotNull(defaultZone, nameof(defaultZone));
        DefaultZone = defaultZone;
        TimeOnly = timeOnly;
    }

    /// <summary>The order that reads zone-less local values in UTC; equality is <see cref="TimeValue"/>'s own. <see cref="TimeValue.CompareTo(TimeValue)"/> uses it.</summary>
    public static TimeValueComparer Utc { get; } = new(DateTimeZone.Utc);

    /// <summary>
    /// The order and equality of the time alone: values that stand for the same point or interval in
    /// the same zone are equal, whatever their expression, anchor, approximation or duration. For
    /// grouping: <c>events.GroupBy(e => e.Time, TimeValueComparer.ByTime)</c>. Zone-less values are ordered in UTC.
    /// </summary>
    public static TimeValueComparer ByTime { get; } = new(DateTimeZone.Utc, timeOnly: true);

    /// <summary>The zone in which values without a zone of their own are placed on the global timeline.</summary>
    public DateTimeZone DefaultZone { get; }

    /// <summary>Whether only the time (value and zone) is compared, as by <see cref="ByTime"/>.</summary>
    public bool TimeOnly { get; }

    /// <summary>Whether two values are equal: in every member, or in their time alone when <see cref="TimeOnly"/>.</summary>
    /// <param name="x">A value or null.</param>
    /// <param name="y">A value or null.</param>
    /// <returns>True when both are null or both are equal as this comparer sees them.</returns>
    public bool Equals(TimeValue? x, TimeValue? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && (TimeOnly ? x.HasSameTime(y) : x.Equals(y)));

    /// <summary>A hash code that agrees with <see cref="Equals(TimeValue, TimeValue)"/>.</summary>
    /// <param name="obj">The value.</param>
    /// <returns>The hash code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is null.</exception>
    public int GetHashCode(TimeValue obj)
    {
        Guard.NotNull(obj, nameof(obj));
        return TimeOnly ? obj.TimeHashCode() : obj.GetHashCode();
    }

    /// <inheritdoc />
    public int Compare(TimeValue? x, TimeValue? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        return CompareNotNull(x, y);
    }

    private int CompareNotNull(TimeValue x, TimeValue y)
    {
        x.TryGetSpan(DefaultZone, localTimeline: false, out Instant? xs, out Instant? xe);
        y.TryGetSpan(DefaultZone, localTimeline: false, out Instant? ys, out Instant? ye);
        int c = (xs ?? Instant.MinValue).CompareTo(ys ?? Instant.MinValue);
        if (c != 0)
        {
            return c;
        }

        c = (xe ?? Instant.MaxValue).CompareTo(ye ?? Instant.MaxValue);
        if (c != 0)
        {
            return c;
        }

        c = Comparer<TimePrecision>.Default.Compare(x.Precision, y.Precision);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.ValueText, y.ValueText);
        return c != 0 ? c : CompareBeyondTheValue(x, y);
    }

    /// <summary>
    /// The order's steps after the span, precision and value text, for a caller that holds those and found them
    /// equal (a sort of many events of one day): it allocates nothing, where the earlier steps write texts and map
    /// local times to instants.
    /// </summary>
    internal int CompareBeyondTheValue(TimeValue x, TimeValue y)
    {
        var c = string.CompareOrdinal(x.Zone?.Id, y.Zone?.Id);
        if (c != 0 || TimeOnly)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Expression, y.Expression);
        if (c != 0)
        {
            return c;
        }

        // Equal members, the usual case among events of one day, compare as 0 without being written out.
        c = Equals(x.Anchor, y.Anchor) ? 0 : Compare(x.Anchor, y.Anchor);
        if (c != 0)
        {
            return c;
        }

        c = x.IsApproximate.CompareTo(y.IsApproximate);
        if (c != 0)
        {
            return c;
        }

        return Equals(x.Duration, y.Duration) ? 0 : string.CompareOrdinal(
            x.Duration is null ? null : TimeValueJsonConverter.FormatDuration(x.Duration),
            y.Duration is null ? null : TimeValueJsonConverter.FormatDuration(y.Duration));
    }
}
