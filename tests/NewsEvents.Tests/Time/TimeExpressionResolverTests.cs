using NewsEvents.Time;
using NodaTime;

namespace NewsEvents.Tests.Time;

public class TimeExpressionResolverTests
{
    private static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];

    // The seed article's publication: Monday 2020-01-13 in Moscow.
    private static readonly ZonedDateTime Seed = new LocalDateTime(2020, 1, 13, 10, 0).InZoneStrictly(Moscow);

    private static TimeResolution Resolve(string? expression, TenseHint tense = TenseHint.None) =>
        TimeExpressionResolver.Resolve(expression, Seed, tense);

    [Theory]
    [InlineData("Monday", TenseHint.None, "2020-01-13", false)]
    [InlineData("until Tuesday morning", TenseHint.Future, "2020-01-13/2020-01-14T12:00", true)]
    [InlineData("on Sunday", TenseHint.Past, "2020-01-12", false)]
    [InlineData("on Sunday", TenseHint.Future, "2020-01-19", false)]
    [InlineData("on Saturday", TenseHint.Past, "2020-01-11", false)]
    [InlineData("February 2019", TenseHint.Past, "2019-02", false)]
    [InlineData("in April", TenseHint.Past, "2019-04", false)]
    [InlineData("since 2011", TenseHint.Past, "2011/..", false)]
    [InlineData("earlier this month", TenseHint.Past, "2020-01-01/2020-01-12", false)]
    [InlineData("in recent weeks", TenseHint.Past, "2019-12-16/2020-01-13", true)]
    [InlineData("late at night", TenseHint.Past, "2020-01-13T22:00/2020-01-14T04:00", false)]
    public void Seed_article_expressions_resolve_to_the_stored_values(string expression, TenseHint tense, string value, bool approximate)
    {
        var resolution = Resolve(expression, tense);

        resolution.Value.Should().Be(TimeValue.Parse(value) with
        {
            Zone = Moscow,
            Expression = expression,
            Anchor = TimeValue.Day(2020, 1, 13),
            IsApproximate = approximate,
        });
    }

    [Theory]
    [InlineData("a nine-month war", "P9M", false)]
    [InlineData("talks that lasted about eight hours", "PT8H", true)]
    [InlineData("about eight hours", "PT8H", true)]
    [InlineData("a 10-day truce", "P10D", false)]
    [InlineData("for two weeks", "P2W", false)]
    [InlineData("for nine months", "P9M", false)]
    [InlineData("for about nine months", "P9M", true)]
    [InlineData("nearly three years", "P3Y", true)]
    [InlineData("more than 30 minutes", "PT30M", true)]
    [InlineData("an hour-long meeting", "PT1H", false)]
    [InlineData("a twenty-four-hour ceasefire", "PT24H", false)]
    [InlineData("the three-day visit", "P3D", false)]
    [InlineData("a decade-long conflict", "P10Y", false)]
    [InlineData("8 hours", "PT8H", false)]
    public void Durations_are_durations_not_dates(string expression, string period, bool approximate)
    {
        var resolution = Resolve(expression, TenseHint.Past);

        resolution.Kind.Should().Be(TimeResolutionKind.Duration, resolution.Message);
        resolution.Duration.Should().Be(NodaTime.Text.PeriodPattern.Roundtrip.Parse(period).Value);
        resolution.IsApproximate.Should().Be(approximate);
        resolution.Value.Should().BeNull();
        resolution.IsResolved.Should().BeFalse();
        resolution.Reason.Should().Be(UnresolvedReason.None);
    }

    [Theory]
    [InlineData(null, UnresolvedReason.Empty)]
    [InlineData("", UnresolvedReason.Empty)]
    [InlineData("   \t", UnresolvedReason.Empty)]
    [InlineData("on Sunday", UnresolvedReason.NeedsTense)]
    [InlineData("Tuesday morning", UnresolvedReason.NeedsTense)]
    [InlineData("in April", UnresolvedReason.NeedsTense)]
    [InlineData("July 14", UnresolvedReason.NeedsTense)]
    [InlineData("the weekend", UnresolvedReason.NeedsTense)]
    [InlineData("until Tuesday", UnresolvedReason.NeedsTense)]
    [InlineData("in 99999999 days", UnresolvedReason.OutOfRange)]
    [InlineData("99999999 weeks ago", UnresolvedReason.OutOfRange)]
    [InlineData("in 100000 years", UnresolvedReason.OutOfRange)]
    [InlineData("in 99999999999999999999 days", UnresolvedReason.OutOfRange)]
    [InlineData("a 99999999999999-day war", UnresolvedReason.OutOfRange)]
    [InlineData("in 9999", UnresolvedReason.OutOfRange)]
    [InlineData("April 31", UnresolvedReason.Contradictory)]
    [InlineData("February 30 2020", UnresolvedReason.Contradictory)]
    [InlineData("February 29 2019", UnresolvedReason.Contradictory)]
    [InlineData("Wednesday, January 14, 2020", UnresolvedReason.Contradictory)]
    [InlineData("from 2014 to 2011", UnresolvedReason.Contradictory)]
    [InlineData("earlier this week", UnresolvedReason.EmptySpan)]
    [InlineData("recently", UnresolvedReason.NotUnderstood)]
    [InlineData("soon", UnresolvedReason.NotUnderstood)]
    [InlineData("the other day", UnresolvedReason.NotUnderstood)]
    [InlineData("two days later", UnresolvedReason.NotUnderstood)]
    [InlineData("at midnight", UnresolvedReason.NotUnderstood)]
    [InlineData("13/01/2020", UnresolvedReason.NotUnderstood)]
    [InlineData("during Ramadan", UnresolvedReason.NotUnderstood)]
    [InlineData("the ceasefire", UnresolvedReason.NotUnderstood)]
    [InlineData("mid yesterday", UnresolvedReason.NotUnderstood)]
    [InlineData("-", UnresolvedReason.NotUnderstood)]
    [InlineData("the next day", UnresolvedReason.NotUnderstood)]
    [InlineData("the following week", UnresolvedReason.NotUnderstood)]
    [InlineData("that evening", UnresolvedReason.NotUnderstood)]
    [InlineData("lately", UnresolvedReason.NotUnderstood)]
    [InlineData("in the past", UnresolvedReason.NotUnderstood)]
    [InlineData("at the time", UnresolvedReason.NotUnderstood)]
    [InlineData("at 6 p.m.", UnresolvedReason.NotUnderstood)]
    [InlineData("01/13/2020", UnresolvedReason.NotUnderstood)]
    [InlineData("13.01.2020", UnresolvedReason.NotUnderstood)]
    [InlineData("at Christmas", UnresolvedReason.NotUnderstood)]
    [InlineData("last summer", UnresolvedReason.NotUnderstood)]
    [InlineData("a decade ago", UnresolvedReason.NotUnderstood)]
    [InlineData("half an hour", UnresolvedReason.NotUnderstood)]
    [InlineData("a year and a half", UnresolvedReason.NotUnderstood)]
    [InlineData("el lunes", UnresolvedReason.NotUnderstood)]
    [InlineData("..", UnresolvedReason.NotUnderstood)]
    [InlineData("later", UnresolvedReason.NotUnderstood)]
    [InlineData("earlier", UnresolvedReason.NotUnderstood)]
    [InlineData("afterwards", UnresolvedReason.NotUnderstood)]
    [InlineData("now in its third hour", UnresolvedReason.NotUnderstood)]
    [InlineData("in the second week", UnresolvedReason.NotUnderstood)]
    public void Unresolvable_expressions_say_why(string? expression, UnresolvedReason reason)
    {
        var resolution = Resolve(expression);

        resolution.Kind.Should().Be(TimeResolutionKind.Unresolved);
        resolution.Reason.Should().Be(reason, resolution.Message);
        resolution.Message.Should().NotBeNullOrWhiteSpace();
        resolution.Value.Should().BeNull();
        resolution.Duration.Should().BeNull();
        resolution.IsResolved.Should().BeFalse();
        resolution.Expression.Should().Be(expression);
    }

    [Fact]
    public void Ill_formed_text_is_unresolved_not_an_exception()
    {
        Resolve("on \ud800Sunday", TenseHint.Past).Reason.Should().Be(UnresolvedReason.InvalidText);
        Resolve(new string('x', TimeExpressionResolver.MaxExpressionLength + 1)).Reason.Should().Be(UnresolvedReason.InvalidText);
    }

    [Fact]
    public void A_later_span_on_the_last_day_is_empty()
    {
        var lastOfMonth = new LocalDateTime(2020, 1, 31, 10, 0).InZoneStrictly(Moscow);

        TimeExpressionResolver.Resolve("later this month", lastOfMonth, TenseHint.None).Reason.Should().Be(UnresolvedReason.EmptySpan);
    }

    [Fact]
    public void Anchor_at_the_edge_of_the_supported_years_gives_out_of_range_not_a_crash()
    {
        var first = new LocalDateTime(1, 1, 1, 10, 0).InUtc();
        var last = new LocalDateTime(9998, 12, 31, 10, 0).InUtc();

        TimeExpressionResolver.Resolve("yesterday", first, TenseHint.None).Reason.Should().Be(UnresolvedReason.OutOfRange);
        TimeExpressionResolver.Resolve("last week", first, TenseHint.None).Reason.Should().Be(UnresolvedReason.OutOfRange);
        TimeExpressionResolver.Resolve("next year", last, TenseHint.None).Reason.Should().Be(UnresolvedReason.OutOfRange);
        TimeExpressionResolver.Resolve("in 30 hours", last, TenseHint.None).Reason.Should().Be(UnresolvedReason.OutOfRange);
        TimeExpressionResolver.Resolve("today", last, TenseHint.None).Value!.ToString("V", null).Should().Be("9998-12-31");
    }

    [Fact]
    public void Every_rule_at_the_edges_of_the_supported_years_gives_a_result_not_an_exception()
    {
        string[] expressions =
        [
            "today", "yesterday", "tomorrow", "tonight", "last night", "now", "earlier today", "later today",
            "Sunday", "last Sunday", "next Sunday", "this Sunday", "three days ago", "in 3 days", "two weeks ago", "in two weeks",
            "a year ago", "in a year", "six months ago", "in 18 months", "two hours ago", "in 90 minutes", "last week", "this week",
            "next week", "last month", "next month", "last year", "next year", "earlier this week", "later this week",
            "earlier this year", "later this year", "last weekend", "this weekend", "next weekend", "the weekend", "in April",
            "last April", "next April", "January 19", "February 29", "Tuesday, January 14", "late 2019", "early next week",
            "late next month", "the end of the year", "in recent weeks", "in recent years", "the coming months",
            "the past 24 hours", "Tuesday morning", "tomorrow night", "late at night", "early Tuesday", "late Tuesday",
            "since Tuesday morning", "until Tuesday morning", "from Monday to Friday", "in the 1990s", "in 9998",
        ];
        DateTimeZone[] zones = [DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"], DateTimeZoneProviders.Tzdb["Etc/GMT+12"]];
        LocalDateTime[] edges =
        [
            new(1, 1, 1, 0, 0), new(1, 1, 7, 12, 0), new(1, 2, 28, 23, 59), new(9998, 12, 25, 0, 0), new(9998, 12, 31, 23, 59, 59),
        ];

        foreach (var zone in zones)
        {
            foreach (var local in edges)
            {
                foreach (var expression in expressions)
                {
                    foreach (var tense in new[] { TenseHint.None, TenseHint.Past, TenseHint.Future })
                    {
                        var resolution = TimeExpressionResolver.Resolve(expression, local.InZoneLeniently(zone), tense);
                        (resolution.IsResolved || resolution.Reason != UnresolvedReason.None || resolution.Kind == TimeResolutionKind.Duration)
                            .Should().BeTrue($"{expression} at {local} ({tense})");
                    }
                }
            }
        }
    }

    [Fact]
    public void Anchor_outside_the_supported_years_is_an_argument_error()
    {
        var tooLate = new LocalDateTime(9999, 6, 1, 0, 0).InUtc();
        var tooEarly = new LocalDateTime(0, 6, 1, 0, 0).InUtc();

        FluentActions.Invoking(() => TimeExpressionResolver.Resolve("today", tooLate, TenseHint.None))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("An anchor must lie in the years 1 to 9998*");
        FluentActions.Invoking(() => TimeExpressionResolver.Resolve("today", tooEarly, TenseHint.None))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Misuse_of_the_arguments_is_an_argument_error()
    {
        var julian = new LocalDateTime(2020, 1, 13, 10, 0, CalendarSystem.Julian).InUtc();

        FluentActions.Invoking(() => TimeExpressionResolver.Resolve("today", julian, TenseHint.None))
            .Should().Throw<ArgumentException>().WithMessage("*ISO calendar*");
        FluentActions.Invoking(() => TimeExpressionResolver.Resolve("today", Seed, (TenseHint)7))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("A tense hint is None, Past or Future*");
    }

    [Fact]
    public void The_anchor_zone_decides_what_today_is()
    {
        // 01:00 on the 14th in Moscow is 22:00 on the 13th in UTC.
        var moscowNight = new LocalDateTime(2020, 1, 14, 1, 0).InZoneStrictly(Moscow);
        var sameInstantInUtc = moscowNight.WithZone(DateTimeZone.Utc);

        TimeExpressionResolver.Resolve("today", moscowNight, TenseHint.None).Value!.ToString("V", null).Should().Be("2020-01-14");
        TimeExpressionResolver.Resolve("today", sameInstantInUtc, TenseHint.None).Value!.ToString("V", null).Should().Be("2020-01-13");
    }

    [Fact]
    public void Hour_counts_keep_the_anchor_moment_and_drop_its_fraction_of_a_second()
    {
        var anchor = new LocalDateTime(2020, 1, 13, 10, 0, 15, 250).InZoneStrictly(Moscow);

        var resolution = TimeExpressionResolver.Resolve("two hours ago", anchor, TenseHint.Past);

        resolution.Value!.ToString("V", null).Should().Be("2020-01-13T08:00:15");
        resolution.Value.Anchor.Should().Be(TimeValue.Parse("2020-01-13T10:00:15"));
    }

    [Fact]
    public void Day_level_expressions_are_anchored_to_the_day() =>
        Resolve("yesterday").Value!.Anchor.Should().Be(TimeValue.Day(2020, 1, 13));

    [Fact]
    public void The_expression_is_kept_verbatim()
    {
        var resolution = Resolve("  Earlier THIS month  ");

        resolution.Value!.Expression.Should().Be("  Earlier THIS month  ");
        resolution.Value.ToString("V", null).Should().Be("2020-01-01/2020-01-12");
    }

    [Theory]
    [InlineData("On Sunday,", "2020-01-12")]
    [InlineData("on Sunday.", "2020-01-12")]
    [InlineData("(on Sunday)", "2020-01-12")]
    [InlineData("Sunday\u2019s", "2020-01-12")]
    [InlineData("SUNDAY", "2020-01-12")]
    [InlineData("mid\u2013April", "2019-04-11/2019-04-20")]
    [InlineData("Jan 8th", "2020-01-08")]
    [InlineData("8 Jan", "2020-01-08")]
    public void Punctuation_and_case_do_not_matter(string expression, string value) =>
        Resolve(expression, TenseHint.Past).Value!.ToString("V", null).Should().Be(value);

    [Fact]
    public void A_weekday_before_a_date_picks_the_year_when_the_tense_is_unknown()
    {
        // 2019-01-14 was a Monday, 2020-01-14 a Tuesday.
        Resolve("Monday, January 14").Value!.ToString("V", null).Should().Be("2019-01-14");
        Resolve("Tuesday, January 14").Value!.ToString("V", null).Should().Be("2020-01-14");
    }

    [Fact]
    public void Leap_day_without_a_year_looks_back_to_the_last_leap_year()
    {
        var anchor = new LocalDateTime(2023, 6, 1, 12, 0).InZoneStrictly(Moscow);

        TimeExpressionResolver.Resolve("February 29", anchor, TenseHint.Past).Value!.ToString("V", null).Should().Be("2020-02-29");
        TimeExpressionResolver.Resolve("February 29", anchor, TenseHint.Future).Value!.ToString("V", null).Should().Be("2024-02-29");
    }

    [Fact]
    public void Parts_of_day_are_local_to_the_anchor_zone_across_a_clock_change()
    {
        // Europe/London skipped 01:00-02:00 on 2020-03-29: the night before is an hour shorter.
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var anchor = new LocalDateTime(2020, 3, 29, 9, 0).InZoneStrictly(london);

        var night = TimeExpressionResolver.Resolve("last night", anchor, TenseHint.Past).Value!;

        night.ToString("V", null).Should().Be("2020-03-28T18:00/2020-03-29T06:00");
        night.ToInterval().Duration.Should().Be(NodaTime.Duration.FromHours(11) + NodaTime.Duration.Epsilon);
    }

    [Theory]
    [InlineData("yesterday", "Pacific/Apia", "2011-12-31", "2011-12-30", "2011-12-30T10:00:00Z", "2011-12-30T10:00:00Z")]
    [InlineData("later this year", "Pacific/Kiritimati", "1994-01-08", "1994-01-09/1994-12-31", "1994-01-09T10:00:00Z", "1994-12-31T09:59:59.999999999Z")]
    public void Values_on_days_a_clock_change_skipped_have_instants(string expression, string zoneId, string day, string value, string earliest, string latest)
    {
        // Samoa skipped 2011-12-30 and the Line Islands 1994-12-31: such a day stands at the transition.
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var anchor = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value.At(new LocalTime(12, 0)).InZoneStrictly(zone);

        var resolved = TimeExpressionResolver.Resolve(expression, anchor, TenseHint.Past).Value!;

        resolved.ToString("V", null).Should().Be(value);
        resolved.EarliestInstant().Should().Be(NodaTime.Text.InstantPattern.ExtendedIso.Parse(earliest).Value);
        resolved.LatestInstant().Should().Be(NodaTime.Text.InstantPattern.ExtendedIso.Parse(latest).Value);
    }

    [Fact]
    public void Results_are_values_with_equality() =>
        Resolve("yesterday").Should().Be(Resolve("yesterday"));

    [Fact]
    public void Ordinary_text_never_throws()
    {
        string[] samples =
        [
            "on", "in", "since", "until", "from", "between", "the", "last", "next", "this", "early", "late", "mid", "ago",
            "in the", "since since", "until until Tuesday", "from to", "between and", "the past", "the next few",
            "a", "an", "twenty", "twenty-", "-month", "nine-", "late late late", "early the end of",
            "the 99th of January", "January 0", "0 days ago", "in 0 days", "2020-13", "2020/2019", "2011/..", "../2020-01-13",
            "from January 2020 to", "since the", "the end of", "in recent", "recent weeks", "the past 0 days",
            "this past", "this coming", "on the morning of", "early hours of", "the morning of Sunday",
            "late ../2011", "early 2011/..", "since ../2011", "until 2011/..", "from ../2011 to 2012", "between 2011/.. and 2012",
        ];

        foreach (string sample in samples)
        {
            foreach (TenseHint tense in new[] { TenseHint.None, TenseHint.Past, TenseHint.Future })
            {
                var resolve = () => TimeExpressionResolver.Resolve(sample, Seed, tense);
                resolve.Should().NotThrow(sample);
            }
        }
    }
}
