using NewsEvents.Json;
using NodaTime;

namespace NewsEvents.Time;

/// <summary>
/// A stable total order of <see cref="TimeValue"/>s for timelines.
/// </summary>
/// <remarks>
/// <para>Values are ordered by, in turn:</para>
/// <list type="number">
/// <item>their earliest instant (an open start first), each read in its own zone or, without one, in <see cref="DefaultZone"/>;</item>
/// <item>their end (an open end last): among values with the same start the finer comes first, so
/// 2019-02-01 precedes 2019-W05 precedes 2019-02 precedes 2019, and 2011 precedes "2011/..";</item>
/// <item>precision, in the order of <see cref="TimePrecision"/> (points before an interval covering the same time);</item>
/// <item>the value text (ordinal), the zone id, the expression (ordinal), the anchor, approximation
/// (exact first) and the duration text; an absent member comes before a present one.</item>
/// </list>
/// <para>The order is consistent with equality: it returns 0 exactly for equal values. A null value comes first.</para>
/// </remarks>
public sealed class TimeValueComparer : IComparer<TimeValue>
{
    /// <summary>The order that reads zone-less local values in UTC.</summary>
    public static TimeValueComparer Utc { get; } = new(DateTimeZone.Utc);

    /// <summary>Creates the order that reads zone-less local values in <paramref name="defaultZone"/>.</summary>
    /// <param name="defaultZone">The zone for local values without a <see cref="TimeValue.Zone"/>, typically the dataset's or the document's zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="defaultZone"/> is null.</exception>
    public TimeValueComparer(DateTimeZone defaultZone)
    {
        Guard.NotNull(defaultZone, nameof(defaultZone));
        DefaultZone = defaultZone;
    }

    /// <summary>The zone in which values without a zone of their own are placed on the global timeline.</summary>
    public DateTimeZone DefaultZone { get; }

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

        c = x.Precision.CompareTo(y.Precision);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.ToString(), y.ToString());
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Zone?.Id, y.Zone?.Id);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Expression, y.Expression);
        if (c != 0)
        {
            return c;
        }

        c = Compare(x.Anchor, y.Anchor);
        if (c != 0)
        {
            return c;
        }

        c = x.IsApproximate.CompareTo(y.IsApproximate);
        if (c != 0)
        {
            return c;
        }

        return string.CompareOrdinal(
            x.Duration is null ? null : TimeValueJsonConverter.FormatDuration(x.Duration),
            y.Duration is null ? null : TimeValueJsonConverter.FormatDuration(y.Duration));
    }
}
