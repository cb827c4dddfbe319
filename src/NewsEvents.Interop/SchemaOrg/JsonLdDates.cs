using NodaTime;
using NodaTime.Text;

namespace NewsEvents.Interop.SchemaOrg;

/// <summary>
/// A time value written as schema.org Date and DateTime texts: a moment keeps its time and offset, any other point
/// stands for its first day (a start) or its last day (an end), so that a month's event runs from the month's first
/// day to its last.
/// </summary>
internal static class JsonLdDates
{
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern LocalMoment = LocalDateTimePattern.ExtendedIso;
    // ExtendedIso would write "+03"; schema.org's DateTime (ISO 8601 as in XML Schema) wants "+03:00".
    private static readonly OffsetDateTimePattern Moment = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");

    /// <summary>schema.org <c>startDate</c>: the first day or the moment the value begins; null when its start is open.</summary>
    public static string? Start(TimeValue value) => value.IsInterval
        ? value.Start is { } start ? Point(start, value.Zone, end: false) : null
        : Point(value, value.Zone, end: false);

    /// <summary>schema.org <c>endDate</c>: the last day or the moment the value ends; null when its end is open.</summary>
    public static string? End(TimeValue value) => value.IsInterval
        ? value.End is { } end ? Point(end, value.Zone, end: true) : null
        : Point(value, value.Zone, end: true);

    /// <summary>
    /// A single schema.org Date or DateTime (<c>datePublished</c>) for a day or a moment; null for coarser values and
    /// intervals, which one date would state more precisely than the source did.
    /// </summary>
    public static string? Single(TimeValue value) =>
        value.Precision is TimePrecision.Instant or TimePrecision.Day ? Point(value, value.Zone, end: false) : null;

    private static string Point(TimeValue point, DateTimeZone? zone, bool end)
    {
        if (point.LocalDateTime is not { } local)
        {
            return Date.Format((end ? point.LastDate : point.FirstDate)!.Value);
        }

        // A moment without an offset takes its zone's offset at that time; without a zone it stays local, as given.
        var offset = point.Offset ?? zone?.AtLeniently(local).Offset;
        return offset is { } o ? Moment.Format(local.WithOffset(o)) : LocalMoment.Format(local);
    }
}
