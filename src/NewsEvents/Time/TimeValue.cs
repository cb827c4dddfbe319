using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NewsEvents.Json;
using NodaTime;
using NodaTime.Calendars;

namespace NewsEvents.Time;

/// <summary>
/// A time as the news reports it: a point of some precision (a moment, a day, an ISO week, a month,
/// a year) or an interval between two such points with either end possibly open, together with
/// the zone it is read in, the words it came from and what it was resolved against.
/// </summary>
/// <remarks>
/// <para>
/// Values are immutable and equal by content: the point or interval, the zone (by id), the
/// expression (ordinal), the anchor, the approximation flag and the duration. To group values
/// by the time they stand for alone (value and zone), use <see cref="TimeValueComparer.ByTime"/>.
/// Set the optional members with <c>with</c>: <c>TimeValue.Month(2019, 2) with { Expression = "February 2019" }</c>.
/// </para>
/// <para>
/// Values are ordered (<see cref="CompareTo(TimeValue)"/>) by the total order of
/// <see cref="TimeValueComparer.Utc"/>: by the earliest instant, then the end, the precision and the
/// other members, consistent with equality; so <c>OrderBy(e => e.Time)</c> sorts chronologically.
/// There are no <c>&lt;</c> and <c>&gt;</c> operators: in this order a month comes before a day
/// it contains that starts later, which is not "before" in time (see <see cref="RelationTo(TimeValue)"/>).
/// </para>
/// <para>
/// A value keeps the precision it was given: <c>TimeValue.Month(2019, 2)</c> is the whole of
/// February 2019, never 2019-02-01. Points other than moments with an offset are local: they are
/// read in <see cref="Zone"/>, or in a zone the caller supplies when the value has none.
/// </para>
/// <para>
/// The text form (<see cref="ToString()"/>, <see cref="Parse"/>) is the value, for example
/// <c>2019</c>, <c>2019-02</c>, <c>2020-W03</c>, <c>2020-01-13</c>, <c>2020-01-14T06:00</c>,
/// <c>2020-01-13T09:30:00+03:00</c>, <c>2011/..</c> or <c>2019-04/2020-01-13</c>, followed by the
/// zone in brackets when there is one (<c>2020-01-13[Europe/Moscow]</c>); an interval's end is
/// inclusive at its own precision. The format "V" gives the value alone.
/// </para>
/// </remarks>
[JsonConverter(typeof(TimeValueJsonConverter))]
[SuppressMessage(
    "Design",
    "CA1036:Override methods on comparable types",
    Justification = "The total order puts a month before a later day it contains; as '<' it would read as 'earlier than', which RelationTo answers.")]
public sealed partial record TimeValue : IComparable<TimeValue>, IComparable, IFormattable
{
    private readonly TimePrecision _precision;

    // Points: the first local date-time the point covers (a moment's own local date-time).
    private readonly LocalDateTime _local;

    // Points of Instant precision only: the offset a moment was given with, when it had one.
    private readonly Offset? _offset;

    // Intervals only: bare points, null where the interval is open.
    private readonly TimeValue? _start;
    private readonly TimeValue? _end;

    private readonly string? _expression;
    private readonly TimeValue? _anchor;

    private TimeValue(TimePrecision precision, LocalDateTime local, Offset? offset)
    {
        _precision = precision;
        _local = local;
        _offset = offset;
    }

    private TimeValue(TimeValue? start, TimeValue? end)
    {
        _precision = TimePrecision.Interval;
        _start = start;
        _end = end;
    }

    /// <summary>How precisely this value locates its time; <see cref="TimePrecision.Interval"/> for intervals.</summary>
    public TimePrecision Precision => _precision;

    /// <summary>Whether this value is an interval rather than a single point.</summary>
    public bool IsInterval => _precision == TimePrecision.Interval;

    /// <summary>The start of an interval; null when the interval's start is open or this value is a point.</summary>
    public TimeValue? Start => _start;

    /// <summary>The end of an interval (inclusive at its own precision); null when the end is open or this value is a point.</summary>
    public TimeValue? End => _end;

    /// <summary>The local date and time of a moment (<see cref="TimePrecision.Instant"/>); null for other precisions.</summary>
    public LocalDateTime? LocalDateTime => _precision == TimePrecision.Instant ? _local : null;

    /// <summary>The offset a moment was given with (<c>+03:00</c>, <c>Z</c>); null for local moments and other precisions.</summary>
    public Offset? Offset => _offset;

    /// <summary>
    /// The first calendar day this value covers (for a moment with an offset, its date at that
    /// offset); null for an interval with an open start.
    /// </summary>
    public LocalDate? FirstDate => IsInterval ? _start?.FirstDate : _local.Date;

    /// <summary>The last calendar day this value covers; null for an interval with an open end.</summary>
    public LocalDate? LastDate => IsInterval ? _end?.LastDate : LastLocalDate();

    /// <summary>The time zone the value is read in, compared by id; null when unknown.</summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>The words the value was read from, such as "until Tuesday morning"; null when not kept.</summary>
    /// <exception cref="ArgumentException">The text is blank or contains a lone surrogate.</exception>
    public string? Expression
    {
        get => _expression;
        init
        {
            if (value is not null)
            {
                Guard.Text(value, "TimeValue.Expression");
            }

            _expression = value;
        }
    }

    /// <summary>
    /// The point the expression was resolved against, usually the publication day of the document;
    /// null when not recorded.
    /// </summary>
    /// <exception cref="ArgumentException">The anchor is an interval or carries members of its own.</exception>
    public TimeValue? Anchor
    {
        get => _anchor;
        init
        {
            if (value is not null)
            {
                if (value.IsInterval)
                {
                    Guard.Fail("A time value's anchor must be a point, not an interval.", nameof(Anchor));
                }

                if (!value.IsBare)
                {
                    Guard.Fail(
                        "A time value's anchor must be a bare point, without zone, expression, anchor, approximation or duration.",
                        nameof(Anchor));
                }
            }

            _anchor = value;
        }
    }

    /// <summary>Whether the value is a deliberately vague reading, such as "in recent weeks".</summary>
    public bool IsApproximate { get; init; }

    /// <summary>How long the thing lasted, when the text says so ("a nine-month war" is P9M); null when not stated.</summary>
    public Period? Duration { get; init; }

    /// <summary>Whether the value has none of the optional members (zone, expression, anchor, approximation, duration).</summary>
    internal bool IsBare =>
        Zone is null && _expression is null && _anchor is null && !IsApproximate && Duration is null;

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, 1 to 9998.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9998.</exception>
    public static TimeValue Year(int year)
    {
        Guard.Year(year, nameof(year));
        return new TimeValue(TimePrecision.Year, new LocalDate(year, 1, 1).AtMidnight(), null);
    }

    /// <summary>A calendar month, kept at month precision.</summary>
    /// <param name="year">The year, 1 to 9998.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public static TimeValue Month(int year, int month)
    {
        Guard.Year(year, nameof(year));
        if (month is < 1 or > 12)
        {
            Guard.OutOfRange("A month must lie between 1 and 12.", nameof(month), month);
        }

        return new TimeValue(TimePrecision.Month, new LocalDate(year, month, 1).AtMidnight(), null);
    }

    /// <summary>A calendar month, kept at month precision.</summary>
    /// <param name="yearMonth">The month, in the ISO calendar.</param>
    /// <exception cref="ArgumentException">The month is not in the ISO calendar or its year is out of range.</exception>
    public static TimeValue Month(YearMonth yearMonth)
    {
        CheckCalendar(yearMonth.Calendar, nameof(yearMonth));
        return Month(yearMonth.Year, yearMonth.Month);
    }

    /// <summary>An ISO week, Monday to Sunday.</summary>
    /// <param name="weekYear">The ISO week-year, 1 to 9998 (it differs from the calendar year near New Year).</param>
    /// <param name="week">The week of that week-year, 1 to 52 or 53.</param>
    /// <exception cref="ArgumentOutOfRangeException">The week-year or the week is out of range.</exception>
    public static TimeValue Week(int weekYear, int week)
    {
        Guard.Year(weekYear, nameof(weekYear));
        int weeks = WeekYearRules.Iso.GetWeeksInWeekYear(weekYear);
        if (week < 1 || week > weeks)
        {
            Guard.OutOfRange($"ISO week-year {weekYear} has weeks 1 to {weeks}.", nameof(week), week);
        }

        LocalDate monday = WeekYearRules.Iso.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday);
        return new TimeValue(TimePrecision.Week, monday.AtMidnight(), null);
    }

    /// <summary>The ISO week that contains a day.</summary>
    /// <param name="date">Any day of the week, in the ISO calendar.</param>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar or its week-year is out of range.</exception>
    public static TimeValue WeekOf(LocalDate date)
    {
        CheckCalendar(date.Calendar, nameof(date));
        return Week(WeekYearRules.Iso.GetWeekYear(date), WeekYearRules.Iso.GetWeekOfWeekYear(date));
    }

    /// <summary>A calendar day.</summary>
    /// <param name="date">The day, in the ISO calendar, in the years 1 to 9998.</param>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar or its year is out of range.</exception>
    public static TimeValue Day(LocalDate date)
    {
        CheckCalendar(date.Calendar, nameof(date));
        Guard.Year(date.Year, nameof(date));
        return new TimeValue(TimePrecision.Day, date.AtMidnight(), null);
    }

    /// <summary>A calendar day.</summary>
    /// <param name="year">The year, 1 to 9998.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist or its year is out of range.</exception>
    public static TimeValue Day(int year, int month, int day)
    {
        Guard.Year(year, nameof(year));
        if (month is < 1 or > 12)
        {
            Guard.OutOfRange("A month must lie between 1 and 12.", nameof(month), month);
        }

        int days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            Guard.OutOfRange($"{year:D4}-{month:D2} has days 1 to {days}.", nameof(day), day);
        }

        return new TimeValue(TimePrecision.Day, new LocalDate(year, month, day).AtMidnight(), null);
    }

    /// <summary>A local moment, read in <see cref="Zone"/> (or a zone supplied by the caller).</summary>
    /// <param name="localDateTime">The moment, to the minute or the second, in the ISO calendar.</param>
    /// <exception cref="ArgumentException">The moment has a fraction of a second, is not ISO, or its year is out of range.</exception>
    public static TimeValue At(LocalDateTime localDateTime)
    {
        CheckMoment(localDateTime, nameof(localDateTime));
        return new TimeValue(TimePrecision.Instant, localDateTime, null);
    }

    /// <summary>A moment with a known offset from UTC.</summary>
    /// <param name="offsetDateTime">The moment, to the second, with an offset in whole minutes.</param>
    /// <exception cref="ArgumentException">The moment has a fraction of a second, an offset with seconds, is not ISO, or its year is out of range.</exception>
    public static TimeValue At(OffsetDateTime offsetDateTime)
    {
        CheckMoment(offsetDateTime.LocalDateTime, nameof(offsetDateTime));
        if (offsetDateTime.Offset.Seconds % 60 != 0)
        {
            Guard.Fail("A moment's offset must be a whole number of minutes.", nameof(offsetDateTime));
        }

        return new TimeValue(TimePrecision.Instant, offsetDateTime.LocalDateTime, offsetDateTime.Offset);
    }

    /// <summary>A moment on the global timeline, kept with a zero offset (written with <c>Z</c>).</summary>
    /// <param name="instant">The moment, to the second.</param>
    /// <exception cref="ArgumentException">The instant has a fraction of a second or lies outside the years 1 to 9998.</exception>
    public static TimeValue At(Instant instant) => At(instant.WithOffset(NodaTime.Offset.Zero));

    /// <summary>The interval from one point to another, both included at their own precision.</summary>
    /// <param name="start">The first point.</param>
    /// <param name="end">The last point; "2019-04/2020-01" runs to the end of January 2020.</param>
    /// <exception cref="ArgumentException">
    /// A bound is an interval or carries members of its own, the bounds mix offsets with local points,
    /// or the start is after the end.
    /// </exception>
    public static TimeValue Between(TimeValue start, TimeValue end)
    {
        Guard.NotNull(start, nameof(start));
        Guard.NotNull(end, nameof(end));
        return CreateInterval(start, end);
    }

    /// <summary>The interval from a point on, its end open ("since 2011").</summary>
    /// <param name="start">The first point.</param>
    /// <exception cref="ArgumentException">The bound is an interval or carries members of its own.</exception>
    public static TimeValue Since(TimeValue start)
    {
        Guard.NotNull(start, nameof(start));
        return CreateInterval(start, null);
    }

    /// <summary>The interval up to a point, included at its own precision, its start open ("until Tuesday").</summary>
    /// <param name="end">The last point.</param>
    /// <exception cref="ArgumentException">The bound is an interval or carries members of its own.</exception>
    public static TimeValue Until(TimeValue end)
    {
        Guard.NotNull(end, nameof(end));
        return CreateInterval(null, end);
    }

    private static TimeValue CreateInterval(TimeValue? start, TimeValue? end)
    {
        CheckBound(start, nameof(start));
        CheckBound(end, nameof(end));
        if (start is not null && end is not null)
        {
            if (start._offset.HasValue != end._offset.HasValue)
            {
                Guard.Fail(
                    "An interval's bounds must both carry an offset or both be local: a local point has no place on the global timeline until a zone is known.",
                    nameof(end));
            }

            // Compared on the local timeline unless both carry offsets: both are then read in the same zone.
            bool reversed = start._offset.HasValue
                ? start.OffsetInstant() > end.OffsetInstant()
                : start._local >= end.LocalEndExclusive();
            if (reversed)
            {
                Guard.Fail($"An interval's start must not be after its end ({start}/{end}).", nameof(start));
            }
        }

        return new TimeValue(start, end);
    }

    private static void CheckBound(TimeValue? bound, string paramName)
    {
        if (bound is null)
        {
            return;
        }

        if (bound.IsInterval)
        {
            Guard.Fail("An interval's bound must be a point, not itself an interval.", paramName);
        }

        if (!bound.IsBare)
        {
            Guard.Fail(
                "An interval's bound must be a bare point: set zone, expression, anchor, approximation and duration on the interval itself.",
                paramName);
        }
    }

    private static void CheckCalendar(CalendarSystem calendar, string paramName)
    {
        if (calendar != CalendarSystem.Iso)
        {
            Guard.Fail($"A time value uses the ISO calendar, not {calendar.Id}.", paramName);
        }
    }

    private static void CheckMoment(LocalDateTime value, string paramName)
    {
        CheckCalendar(value.Calendar, paramName);
        Guard.Year(value.Year, paramName);
        if (value.NanosecondOfSecond != 0)
        {
            Guard.Fail("A moment is given to the minute or the second, without a fraction of a second.", paramName);
        }
    }

    /// <summary>The local date-time just after the last one this point covers.</summary>
    private LocalDateTime LocalEndExclusive() => _precision switch
    {
        TimePrecision.Instant => _local.PlusNanoseconds(1),
        TimePrecision.Day => _local.PlusDays(1),
        TimePrecision.Week => _local.PlusWeeks(1),
        TimePrecision.Month => _local.PlusMonths(1),
        TimePrecision.Year => _local.PlusYears(1),
        _ => Guard.State<LocalDateTime>("An interval has no single local end."),
    };

    /// <summary>The instant of a moment given with an offset.</summary>
    private Instant OffsetInstant() => new OffsetDateTime(_local, _offset!.Value).ToInstant();

    private LocalDate LastLocalDate() =>
        _precision == TimePrecision.Instant ? _local.Date : LocalEndExclusive().Date.PlusDays(-1);

    /// <inheritdoc />
    public bool Equals(TimeValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && HasSameTime(other)
            && string.Equals(_expression, other._expression, StringComparison.Ordinal)
            && Equals(_anchor, other._anchor)
            && IsApproximate == other.IsApproximate
            && Equals(Duration, other.Duration);
    }

    /// <summary>Orders this value against another by <see cref="TimeValueComparer.Utc"/>: chronologically, local values without a zone read in UTC.</summary>
    /// <param name="other">The other value; null comes first.</param>
    /// <returns>Negative, zero (exactly when the values are equal) or positive.</returns>
    public int CompareTo(TimeValue? other) => TimeValueComparer.Utc.Compare(this, other);

    /// <summary>Orders this value against another object, which must be a <see cref="TimeValue"/> or null (see <see cref="CompareTo(TimeValue)"/>).</summary>
    /// <param name="obj">The other value; null comes first.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a time value.</exception>
    public int CompareTo(object? obj)
    {
        if (obj is not null and not TimeValue)
        {
            Guard.Fail("A time value is compared only with another time value.", nameof(obj));
        }

        return CompareTo(obj as TimeValue);
    }

    /// <summary>Whether the two stand for the same time: the same point or interval read in the same zone (by id), whatever their other members.</summary>
    internal bool HasSameTime(TimeValue other) =>
        _precision == other._precision
        && _local == other._local
        && _offset == other._offset
        && Equals(_start, other._start)
        && Equals(_end, other._end)
        && string.Equals(Zone?.Id, other.Zone?.Id, StringComparison.Ordinal);

    /// <summary>The hash of what <see cref="HasSameTime"/> compares.</summary>
    internal int TimeHashCode() =>
        HashCode.Combine(_precision, _local, _offset, _start, _end, Zone is null ? 0 : StringComparer.Ordinal.GetHashCode(Zone.Id));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(TimeHashCode());
        hash.Add(_expression, StringComparer.Ordinal);
        hash.Add(_anchor);
        hash.Add(IsApproximate);
        hash.Add(Duration);
        return hash.ToHashCode();
    }
}
