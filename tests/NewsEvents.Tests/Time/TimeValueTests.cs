using NewsEvents.Tests.TestSupport;
using NodaTime;

namespace NewsEvents.Tests.Time;

public class TimeValueTests
{
    private static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];

    [Fact]
    public void Month_stays_month_precise()
    {
        var february = TimeValue.Month(2019, 2);

        february.Precision.Should().Be(TimePrecision.Month);
        february.ToString().Should().Be("2019-02");
        february.FirstDate.Should().Be(new LocalDate(2019, 2, 1));
        february.LastDate.Should().Be(new LocalDate(2019, 2, 28));
        february.Should().NotBe(TimeValue.Day(2019, 2, 1));
        february.LocalDateTime.Should().BeNull();
    }

    [Theory]
    [InlineData("2019", TimePrecision.Year)]
    [InlineData("2019-02", TimePrecision.Month)]
    [InlineData("2020-W03", TimePrecision.Week)]
    [InlineData("2020-W53", TimePrecision.Week)]
    [InlineData("2020-01-13", TimePrecision.Day)]
    [InlineData("2020-02-29", TimePrecision.Day)]
    [InlineData("2020-01-14T06:00", TimePrecision.Instant)]
    [InlineData("2020-01-14T06:00:30", TimePrecision.Instant)]
    [InlineData("2020-01-13T09:30:00+03:00", TimePrecision.Instant)]
    [InlineData("2020-01-13T09:30:00-05:30", TimePrecision.Instant)]
    [InlineData("2020-01-13T06:30:00Z", TimePrecision.Instant)]
    [InlineData("2020-01-14T06:00/2020-01-14T12:00", TimePrecision.Interval)]
    [InlineData("2011/..", TimePrecision.Interval)]
    [InlineData("../2020-01-13", TimePrecision.Interval)]
    [InlineData("2019-04/2020-01-13", TimePrecision.Interval)]
    [InlineData("2019-04/2019-04", TimePrecision.Interval)]
    [InlineData("2020-01-13T00:00:00Z/2020-01-13T06:00:00+03:00", TimePrecision.Interval)]
    public void Canonical_text_round_trips(string text, TimePrecision precision)
    {
        var value = TimeValue.Parse(text);

        value.Precision.Should().Be(precision);
        value.ToString().Should().Be(text);
        TimeValue.TryParse(text, out var again).Should().BeTrue();
        again.Should().Be(value);
    }

    [Theory]
    [InlineData("2020-01-14T06:00:00", "2020-01-14T06:00")]
    [InlineData("2020-01-13T06:30:00+00:00", "2020-01-13T06:30:00Z")]
    [InlineData("2020-01-13T06:30Z", "2020-01-13T06:30:00Z")]
    [InlineData("2020-01-13T09:30+03:00", "2020-01-13T09:30:00+03:00")]
    public void Non_canonical_text_is_read_and_written_canonically(string text, string canonical) =>
        TimeValue.Parse(text).ToString().Should().Be(canonical);

    [Theory]
    [InlineData("", "expected a point")]
    [InlineData("19", "expected a point")]
    [InlineData("０２０１９", "expected a point")]
    [InlineData("2019-13", "month must lie between 1 and 12")]
    [InlineData("2019-00", "month must lie between 1 and 12")]
    [InlineData("2019-02-29", "2019-02 has days 1 to 28")]
    [InlineData("2020-W54", "ISO week-year 2020 has weeks 1 to 53")]
    [InlineData("2019-W53", "ISO week-year 2019 has weeks 1 to 52")]
    [InlineData("2020-W00", "has weeks 1 to")]
    [InlineData("0000", "year must lie between 1 and 9998")]
    [InlineData("9999-01", "year must lie between 1 and 9998")]
    [InlineData("2020-01-14T24:00", "time of day")]
    [InlineData("2020-01-14T23:60", "time of day")]
    [InlineData("2020-01-14T23:59:60", "time of day")]
    [InlineData("2020-01-14T06:00:00.5", "offset such as +03:00")]
    [InlineData("2020-01-14T06:00+19:00", "between -18:00 and +18:00")]
    [InlineData("2020-01-14T06:00+0300", "offset such as +03:00")]
    [InlineData("2020-01-14 06:00", "expected a point")]
    [InlineData("2020-1-14", "expected a point")]
    [InlineData("../..", "at least one bound")]
    [InlineData("2019/2020/2021", "exactly one '/'")]
    [InlineData("2020-01-14/2020-01-13", "An interval's start must not be after its end")]
    [InlineData("2020-01-14T12:00/2020-01-14T06:00", "An interval's start must not be after its end")]
    [InlineData("2020-01-14T06:00/2020-01-14T12:00Z", "both carry an offset or both be local")]
    [InlineData("2019/", "expected a point")]
    [InlineData(" 2019", "expected a point")]
    public void Malformed_text_is_rejected_with_the_rule(string text, string rule)
    {
        var parse = () => TimeValue.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage($"*{rule}*");
        TimeValue.TryParse(text, out var value).Should().BeFalse();
        value.Should().BeNull();
    }

    [Fact]
    public void TryParse_of_null_is_false() => TimeValue.TryParse(null, out _).Should().BeFalse();

    [Fact]
    public void Interval_end_is_inclusive_at_its_precision()
    {
        var span = TimeValue.Parse("2019-04/2020-01");

        span.FirstDate.Should().Be(new LocalDate(2019, 4, 1));
        span.LastDate.Should().Be(new LocalDate(2020, 1, 31));
        span.Start.Should().Be(TimeValue.Month(2019, 4));
        span.End.Should().Be(TimeValue.Month(2020, 1));
    }

    [Fact]
    public void Same_point_at_both_ends_is_a_valid_interval() =>
        TimeValue.Between(TimeValue.Day(2020, 1, 13), TimeValue.Day(2020, 1, 13)).ToString().Should().Be("2020-01-13/2020-01-13");

    [Fact]
    public void Interval_may_end_within_its_start_point()
    {
        // "from 2020 until mid-January" – the end is not before the earliest moment of the start.
        TimeValue.Between(TimeValue.Year(2020), TimeValue.Day(2020, 1, 13)).ToString().Should().Be("2020/2020-01-13");
    }

    [Fact]
    public void Factories_build_the_same_values_as_the_text()
    {
        TimeValue.Year(2011).Should().Be(TimeValue.Parse("2011"));
        TimeValue.Month(new YearMonth(2019, 2)).Should().Be(TimeValue.Parse("2019-02"));
        TimeValue.Week(2020, 3).Should().Be(TimeValue.Parse("2020-W03"));
        TimeValue.WeekOf(new LocalDate(2019, 12, 30)).Should().Be(TimeValue.Parse("2020-W01"));
        TimeValue.Day(new LocalDate(2020, 1, 13)).Should().Be(TimeValue.Parse("2020-01-13"));
        TimeValue.At(new LocalDateTime(2020, 1, 14, 6, 0)).Should().Be(TimeValue.Parse("2020-01-14T06:00"));
        TimeValue.At(new LocalDateTime(2020, 1, 13, 9, 30).WithOffset(Offset.FromHours(3)))
            .Should().Be(TimeValue.Parse("2020-01-13T09:30:00+03:00"));
        TimeValue.At(Instant.FromUtc(2020, 1, 13, 6, 30)).Should().Be(TimeValue.Parse("2020-01-13T06:30:00Z"));
        TimeValue.Since(TimeValue.Year(2011)).Should().Be(TimeValue.Parse("2011/.."));
        TimeValue.Until(TimeValue.Day(2020, 1, 13)).Should().Be(TimeValue.Parse("../2020-01-13"));
        TimeValue.Between(TimeValue.Month(2019, 4), TimeValue.Day(2020, 1, 13)).Should().Be(TimeValue.Parse("2019-04/2020-01-13"));
    }

    [Fact]
    public void Week_of_a_late_december_day_belongs_to_the_next_week_year()
    {
        var week = TimeValue.Week(2020, 1);

        week.FirstDate.Should().Be(new LocalDate(2019, 12, 30));
        week.LastDate.Should().Be(new LocalDate(2020, 1, 5));
    }

    [Fact]
    public void Offset_moment_equality_is_by_offset_too()
    {
        // Same instant, different offsets: different values (the offset is what the source said).
        TimeValue.Parse("2020-01-13T09:30:00+03:00").Should().NotBe(TimeValue.Parse("2020-01-13T06:30:00Z"));
    }

    [Fact]
    public void Optional_members_take_part_in_equality()
    {
        var bare = TimeValue.Month(2019, 2);
        var full = bare with
        {
            Zone = Moscow,
            Expression = "February 2019",
            Anchor = TimeValue.Day(2020, 1, 13),
            IsApproximate = true,
            Duration = Period.FromMonths(9),
        };
        var same = TimeValue.Month(2019, 2) with
        {
            Zone = DateTimeZoneProviders.Bcl.GetZoneOrNull("Europe/Moscow") ?? Moscow,
            Expression = "February 2019",
            Anchor = TimeValue.Parse("2020-01-13"),
            IsApproximate = true,
            Duration = Period.FromMonths(9),
        };

        full.Should().Be(same);
        full.GetHashCode().Should().Be(same.GetHashCode());
        (full == same).Should().BeTrue();
        full.Should().NotBe(bare);
        full.Should().NotBe(same with { Zone = DateTimeZone.Utc });
        full.Should().NotBe(same with { Expression = "february 2019" });
        full.Should().NotBe(same with { Anchor = TimeValue.Day(2020, 1, 14) });
        full.Should().NotBe(same with { IsApproximate = false });
        full.Should().NotBe(same with { Duration = Period.FromWeeks(9) });
        full.Should().NotBe(same with { Duration = null });
        full.ToString().Should().Be("2019-02[Europe/Moscow]");
    }

    [Fact]
    public void Interval_equality_is_by_bounds()
    {
        TimeValue.Parse("2011/..").Should().NotBe(TimeValue.Parse("../2011"));
        TimeValue.Parse("2011/2012").Should().Be(TimeValue.Between(TimeValue.Year(2011), TimeValue.Year(2012)));
        TimeValue.Parse("2011/2012").GetHashCode().Should().Be(TimeValue.Between(TimeValue.Year(2011), TimeValue.Year(2012)).GetHashCode());
        TimeValue.Parse("2011/2012").Should().NotBe(TimeValue.Parse("2011/2012-12"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    [InlineData(-1)]
    public void Year_out_of_range_is_rejected(int year) =>
        FluentActions.Invoking(() => TimeValue.Year(year)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A year must lie between 1 and 9998*");

    [Fact]
    public void Factory_arguments_are_validated()
    {
        FluentActions.Invoking(() => TimeValue.Month(2019, 13)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("A month must lie between 1 and 12*");
        FluentActions.Invoking(() => TimeValue.Week(2020, 54)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("ISO week-year 2020 has weeks 1 to 53*");
        FluentActions.Invoking(() => TimeValue.Week(2019, 53)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("ISO week-year 2019 has weeks 1 to 52*");
        FluentActions.Invoking(() => TimeValue.Day(2019, 2, 29)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("2019-02 has days 1 to 28*");
        FluentActions.Invoking(() => TimeValue.Day(new LocalDate(2020, 1, 13, CalendarSystem.Julian))).Should().Throw<ArgumentException>().WithMessage("*ISO calendar*");
        FluentActions.Invoking(() => TimeValue.At(new LocalDateTime(2020, 1, 14, 6, 0, 0, 5))).Should().Throw<ArgumentException>().WithMessage("*without a fraction of a second*");
        FluentActions.Invoking(() => TimeValue.At(Instant.FromUtc(2020, 1, 1, 0, 0).PlusNanoseconds(1))).Should().Throw<ArgumentException>().WithMessage("*fraction of a second*");
        FluentActions.Invoking(() => TimeValue.At(new LocalDateTime(2020, 1, 14, 6, 0).WithOffset(Offset.FromSeconds(3 * 3600 + 30)))).Should().Throw<ArgumentException>().WithMessage("*whole number of minutes*");
    }

    [Fact]
    public void Interval_rules_are_enforced()
    {
        var day13 = TimeValue.Day(2020, 1, 13);
        var day14 = TimeValue.Day(2020, 1, 14);

        FluentActions.Invoking(() => TimeValue.Between(day14, day13)).Should().Throw<ArgumentException>()
            .WithMessage("An interval's start must not be after its end*");
        FluentActions.Invoking(() => TimeValue.Between(TimeValue.Between(day13, day14), day14)).Should().Throw<ArgumentException>()
            .WithMessage("An interval's bound must be a point, not itself an interval*");
        FluentActions.Invoking(() => TimeValue.Since(TimeValue.Since(day13))).Should().Throw<ArgumentException>()
            .WithMessage("An interval's bound must be a point*");
        FluentActions.Invoking(() => TimeValue.Until(day13 with { Zone = Moscow })).Should().Throw<ArgumentException>()
            .WithMessage("An interval's bound must be a bare point*");
        FluentActions.Invoking(() => TimeValue.Between(day13, TimeValue.At(Instant.FromUtc(2020, 1, 14, 0, 0)))).Should().Throw<ArgumentException>()
            .WithMessage("*both carry an offset or both be local*");
        FluentActions.Invoking(() => TimeValue.Between(null!, day13)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => TimeValue.Since(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => TimeValue.Until(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Offset_interval_order_is_by_instant()
    {
        // 09:00+03:00 is 06:00Z: an interval from it to 07:00Z is ordered although 09 > 07 locally.
        TimeValue.Parse("2020-01-13T09:00:00+03:00/2020-01-13T07:00:00Z").End.Should().Be(TimeValue.Parse("2020-01-13T07:00:00Z"));
        FluentActions.Invoking(() => TimeValue.Parse("2020-01-13T09:00:00+03:00/2020-01-13T05:00:00Z"))
            .Should().Throw<FormatException>().WithMessage("*start must not be after its end*");
    }

    [Fact]
    public void Expression_must_be_well_formed_and_not_blank()
    {
        // Built here rather than in attributes: test-case serialization would repair lone surrogates.
        string[] bad = ["", "   ", "\ud800 Monday", "Monday \udc00", new string(['a', (char)0xDBFF])];

        foreach (var expression in bad)
        {
            FluentActions.Invoking(() => TimeValue.Year(2011) with { Expression = expression })
                .Should().Throw<ArgumentException>().WithMessage("TimeValue.Expression must*");
        }
    }

    [Fact]
    public void Expression_keeps_surrogate_pairs() =>
        (TimeValue.Year(2011) with { Expression = "since 2011 \ud83d\ude00" }).Expression.Should().Be("since 2011 \ud83d\ude00");

    [Fact]
    public void Anchor_must_be_a_bare_point()
    {
        FluentActions.Invoking(() => TimeValue.Year(2011) with { Anchor = TimeValue.Parse("2011/..") })
            .Should().Throw<ArgumentException>().WithMessage("A time value's anchor must be a point*");
        FluentActions.Invoking(() => TimeValue.Year(2011) with { Anchor = TimeValue.Day(2020, 1, 13) with { Zone = Moscow } })
            .Should().Throw<ArgumentException>().WithMessage("A time value's anchor must be a bare point*");
    }

    [Fact]
    public void Moment_accessors_describe_the_moment()
    {
        var local = TimeValue.Parse("2020-01-14T06:00");
        var offset = TimeValue.Parse("2020-01-13T23:30:00-05:00");

        local.LocalDateTime.Should().Be(new LocalDateTime(2020, 1, 14, 6, 0));
        local.Offset.Should().BeNull();
        offset.Offset.Should().Be(Offset.FromHours(-5));
        offset.FirstDate.Should().Be(new LocalDate(2020, 1, 13));
        offset.LastDate.Should().Be(new LocalDate(2020, 1, 13));
        TimeValue.Parse("2011/..").LastDate.Should().BeNull();
        TimeValue.Parse("../2011").FirstDate.Should().BeNull();
    }

    [Fact]
    public void Values_sort_chronologically_finer_first_and_OrderBy_works()
    {
        // docs/time.md: among values starting together the finer comes first; an open start first, an open end last.
        TimeValue[] ascending =
        [
            TimeValue.Parse("../2019-01-31"),
            TimeValue.Parse("2019-01-28"),
            TimeValue.Parse("2019-W05"),
            TimeValue.Parse("2019-02-01T00:00"),
            TimeValue.Parse("2019-02-01"),
            TimeValue.Parse("2019-02"),
            TimeValue.Parse("2019-02/2019-03"),
            TimeValue.Parse("2019-02-01/.."),
            TimeValue.Parse("2019-02-01[America/New_York]") with { Expression = "on Friday" }, // starts at 05:00 UTC
            TimeValue.Parse("2019-02-14"),
            TimeValue.Parse("2019-02-14") with { Expression = "on Thursday" },
        ];

        OrderContract.Verify(ascending, value => value with { });
        ascending.Reverse().OrderBy(v => v).Should().Equal(ascending);
    }

    [Fact]
    public void ByTime_groups_values_that_stand_for_the_same_time()
    {
        TimeValue[] values =
        [
            TimeValue.Day(2020, 1, 13) with { Zone = Moscow, Expression = "on Monday" },
            TimeValue.Day(2020, 1, 13) with { Zone = Moscow, Expression = "today", IsApproximate = true },
            TimeValue.Day(2020, 1, 13),
            TimeValue.Day(2020, 1, 13) with { Zone = DateTimeZone.Utc },
        ];

        values.Distinct().Should().HaveCount(4, "equality takes every member into account");
        values.GroupBy(v => v, TimeValueComparer.ByTime).Select(g => g.Count()).Should().Equal(2, 1, 1);
        TimeValueComparer.ByTime.TimeOnly.Should().BeTrue();
        TimeValueComparer.Utc.TimeOnly.Should().BeFalse();
        TimeValueComparer.Utc.Equals(values[0], values[1]).Should().BeFalse();
        TimeValueComparer.ByTime.Equals(values[0], null).Should().BeFalse();
        TimeValueComparer.ByTime.Equals(null, null).Should().BeTrue();
    }

    [Theory]
    [InlineData("2020-01-13", null, "2020-01-13")]
    [InlineData("2020-01-13", "Europe/Moscow", "2020-01-13[Europe/Moscow]")]
    [InlineData("2019-04/2020-01", "Africa/Tripoli", "2019-04/2020-01[Africa/Tripoli]")]
    [InlineData("2020-01-13T09:30:00+03:00", "Europe/Moscow", "2020-01-13T09:30:00+03:00[Europe/Moscow]")]
    public void ToString_shows_the_zone_and_Parse_reads_it_back(string text, string? zoneId, string expected)
    {
        var value = TimeValue.Parse(text) with { Zone = zoneId is null ? null : DateTimeZoneProviders.Tzdb[zoneId] };

        value.ToString().Should().Be(expected);
        value.ToString("G", null).Should().Be(expected);
        value.ToString(null, null).Should().Be(expected);
        $"{value}".Should().Be(expected);
        value.ToString("V", null).Should().Be(text);
        $"{value:V}".Should().Be(text);
        TimeValue.Parse(expected).Should().Be(value);
        TimeValue.TryParse(expected, out var read).Should().BeTrue();
        read.Should().Be(value);
    }

    [Theory]
    [InlineData("d")]
    [InlineData("O")]
    [InlineData("yyyy-MM-dd")]
    [InlineData("g")]
    public void Other_format_strings_are_a_format_error(string format)
    {
        var value = TimeValue.Day(2020, 1, 13);

        var act = () => value.ToString(format, null);

        act.Should().Throw<FormatException>().WithMessage($"'{format}' is not a format of a time value*\"G\"*\"V\"*");
    }

    [Theory]
    [InlineData("2020-01-13[Mars/Olympus]", "*'Mars/Olympus' is not a tzdb time zone id*")]
    [InlineData("2020-01-13[Europe/Moscow", "*a zone follows the value in brackets*")]
    [InlineData("2020-13[Europe/Moscow]", "*a month must lie between 1 and 12*")]
    public void A_bad_zone_suffix_is_a_format_error(string text, string message)
    {
        var act = () => TimeValue.Parse(text);

        act.Should().Throw<FormatException>().WithMessage(message);
        TimeValue.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Comparing_with_something_else_than_a_time_value_is_an_argument_error()
    {
        var act = () => ((IComparable)TimeValue.Year(2020)).CompareTo("2020");

        act.Should().Throw<ArgumentException>().WithMessage("A time value is compared only with another time value*");
    }
}
