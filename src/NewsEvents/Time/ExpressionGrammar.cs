using NodaTime;

namespace NewsEvents.Time;

/// <summary>
/// The rules that read a whole expression as a time. Each rule either matches all of its words or
/// returns <see cref="Reading.None"/> so that the next rule may try; a rule that recognises the
/// words but cannot place them returns a failure with its reason.
/// </summary>
internal static class ExpressionGrammar
{
    public static Reading ParseExpression(ReadOnlySpan<string> t, ResolutionContext c)
    {
        if (t.IsEmpty)
        {
            return Reading.None;
        }

        if (t is ["since" or "from", .. var sinceRest] && !sinceRest.IsEmpty && !Contains(sinceRest, "to", "until", "till", "through", "and"))
        {
            return Since(ParseCore(sinceRest, c));
        }

        if (t is ["until" or "till" or "til" or "through" or "by", .. var untilRest] && !untilRest.IsEmpty)
        {
            return Until(ParseCore(untilRest, c), c);
        }

        if (t is ["from" or "between", .. var rangeRest])
        {
            Reading range = Range(rangeRest, c, t[0] == "between" ? ["and"] : ["to", "until", "till", "through"]);
            if (range.Matched)
            {
                return range;
            }
        }

        return ParseCore(t, c);
    }

    private static Reading ParseCore(ReadOnlySpan<string> t, ResolutionContext c)
    {
        Reading reading = ParseSimple(t, c);
        if (!reading.Matched && t is ["on" or "in" or "at" or "during" or "over" or "of" or "for", .. var rest] && !rest.IsEmpty)
        {
            reading = ParseSimple(rest, c);
        }

        return reading;
    }

    private static Reading ParseSimple(ReadOnlySpan<string> t, ResolutionContext c)
    {
        Reading r;
        if (t is [var single] && TimeValue.TryParseValue(single, out TimeValue? iso))
        {
            return Reading.Of(iso);
        }

        if ((r = Relative(t, c)).Matched
            || (r = Ongoing(t, c)).Matched
            || (r = Offset(t, c)).Matched
            || (r = Period(t, c)).Matched
            || (r = Span(t, c)).Matched
            || (r = PartOfDay(t, c)).Matched
            || (r = DayReference(t, c)).Matched
            || (r = Modified(t, c)).Matched
            || (r = MonthOrYear(t, c)).Matched)
        {
            return r;
        }

        return Reading.None;
    }

    // ---- since / until / from .. to ----------------------------------------------------------

    private static Reading Since(Reading x)
    {
        if (x.Value is not { } v)
        {
            return x;
        }

        if (!v.IsInterval)
        {
            return Reading.Of(TimeValue.Since(v), x.Approximate, x.UsesTime);
        }

        return v.Start is { } start
            ? Reading.Of(TimeValue.Since(start), approximate: true, x.UsesTime)
            : Reading.Fail(UnresolvedReason.NotUnderstood, "'since' needs a time with a known start.");
    }

    private static Reading Until(Reading x, ResolutionContext c)
    {
        if (x.Value is not { } v)
        {
            return x;
        }

        // "until Tuesday morning": the end lies somewhere in the morning, at the latest at its end.
        var approximate = x.Approximate || v.IsInterval;
        if ((v.IsInterval ? v.End : v) is not { } end)
        {
            return Reading.Fail(UnresolvedReason.NotUnderstood, "'until' needs a time with a known end.");
        }

        // Said on the anchor day, "until X" runs from that day to X ("asked for until Tuesday morning"
        // is the span from Monday to Tuesday noon). When X ended before the anchor ("ruled until
        // 2011"), the text does not say when it began: the start stays open.
        return end.LastDate is { } last && last >= c.Today && !end.Offset.HasValue
            ? Reading.Of(TimeValue.Between(TimeValue.Day(c.Today), end), approximate, x.UsesTime)
            : Reading.Of(TimeValue.Until(end), approximate, x.UsesTime);
    }

    private static Reading Range(ReadOnlySpan<string> t, ResolutionContext c, string[] connectors)
    {
        for (int i = 1; i < t.Length - 1; i++)
        {
            if (Array.IndexOf(connectors, t[i]) < 0)
            {
                continue;
            }

            Reading from = ParseCore(t[..i], c);
            Reading to = ParseCore(t[(i + 1)..], c);
            if (from.Value is null || to.Value is null)
            {
                if (from.Reason != UnresolvedReason.None)
                {
                    return from;
                }

                if (to.Reason != UnresolvedReason.None)
                {
                    return to;
                }

                continue;
            }

            TimeValue? start = from.Value.IsInterval ? from.Value.Start : from.Value;
            TimeValue? end = to.Value.IsInterval ? to.Value.End : to.Value;
            if (start is null || end is null)
            {
                return Reading.Fail(UnresolvedReason.NotUnderstood, "A range needs a known start and a known end.");
            }

            if (start.HasOffset != end.HasOffset || StartsAfterEnd(start, end))
            {
                return Reading.Fail(UnresolvedReason.Contradictory, $"The range starts ({start}) after it ends ({end}).");
            }

            return Reading.Of(
                TimeValue.Between(start, end),
                from.Approximate || to.Approximate || from.Value.IsInterval || to.Value.IsInterval,
                from.UsesTime || to.UsesTime);
        }

        return Reading.None;
    }

    private static bool StartsAfterEnd(TimeValue start, TimeValue end) =>
        start.RelationTo(end) is TimeRelation.After or TimeRelation.MetBy;

    // ---- today, yesterday, tonight, now, earlier today ---------------------------------------

    private static Reading Relative(ReadOnlySpan<string> t, ResolutionContext c)
    {
        LocalDate today = c.Today;
        return t switch
        {
            ["today"] or ["this", "day"] => Day(today),
            ["yesterday"] => Day(today.PlusDays(-1)),
            ["tomorrow"] => Day(today.PlusDays(1)),
            ["the", "day", "before", "yesterday"] => Day(today.PlusDays(-2)),
            ["the", "day", "after", "tomorrow"] => Day(today.PlusDays(2)),
            ["now"] or ["right", "now"] or ["currently"] or ["at", "present"] => Reading.Of(TimeValue.At(c.Now), usesTime: true),
            ["tonight"] => Part(today, ExpressionVocabulary.EveningAndNight, false),
            ["last", "night"] => Part(today.PlusDays(-1), ExpressionVocabulary.EveningAndNight, false),
            ["early" or "late", "this", var part] when ExpressionVocabulary.TryDayPart([t[0], part], out DayPart early) =>
                Part(today, early, false),
            ["earlier", "today"] or ["earlier", "in", "the", "day"] =>
                Reading.Of(TimeValue.Between(TimeValue.Day(today), TimeValue.At(c.Now)), usesTime: true),
            ["later", "today"] or ["later", "in", "the", "day"] =>
                Reading.Of(TimeValue.Between(TimeValue.At(c.Now), TimeValue.Day(today)), usesTime: true),

            // Whatever "already" reports had happened by the time of writing; when it began is not said.
            ["already"] => Reading.Of(TimeValue.Until(TimeValue.Day(today))),
            ["later" or "earlier" or "afterwards" or "before" or "then"] => Reading.Fail(
                UnresolvedReason.NotUnderstood,
                $"'{t[0]}' counts from a time the text narrates ('{t[0]}, police said'), not from the anchor: it names no span of its own."),
            _ => Reading.None,
        };
    }

    // ---- now in its third year, in their second week ------------------------------------------

    /// <summary>
    /// "(now) in its third year": something ongoing that began more than two and at most three years
    /// before the anchor day. Its end is not known (it goes on) and its start is known to a unit.
    /// </summary>
    private static Reading Ongoing(ReadOnlySpan<string> t, ResolutionContext c)
    {
        if (t is ["now" or "already" or "still", .. var afterNow])
        {
            t = afterNow;
        }

        if (t is not ["in" or "into", "its" or "their", var ordinal, var unitWord]
            || !ExpressionVocabulary.TryOrdinal(ordinal, out int n)
            || !ExpressionVocabulary.TryUnit(unitWord, out TimeUnit unit)
            || unitWord.EndsWith('s'))
        {
            return Reading.None;
        }

        // The earliest start: had it begun n units before the anchor day, the anchor would open its (n+1)th unit.
        LocalDate? earliest = unit switch
        {
            TimeUnit.Day => c.Today.PlusDays(1 - n),
            TimeUnit.Week => c.Today.PlusWeeks(-n).PlusDays(1),
            TimeUnit.Month => c.Today.PlusMonths(-n).PlusDays(1),
            TimeUnit.Year => c.Today.PlusYears(-n).PlusDays(1),
            _ => null,
        };
        return earliest is { } start
            ? Reading.Of(TimeValue.Since(TimeValue.Day(start)), approximate: true)
            : Reading.Fail(UnresolvedReason.NotUnderstood, $"'in its {ordinal} {unitWord}' is read for days, weeks, months and years only.");
    }

    // ---- N days ago, in N weeks, N hours from now --------------------------------------------

    private static Reading Offset(ReadOnlySpan<string> t, ResolutionContext c)
    {
        (int sign, int skipStart, int skipEnd) = t switch
        {
            [.., "ago"] => (-1, 0, 1),
            [.., "before", "now"] => (-1, 0, 2),
            ["in", ..] => (1, 1, 0),
            [.., "from", "now"] => (1, 0, 2),
            [.., "hence"] => (1, 0, 1),
            _ => (0, 0, 0),
        };
        if (sign == 0)
        {
            return Reading.None;
        }

        ReadOnlySpan<string> amount = t[skipStart..^skipEnd];
        if (!TryAmount(amount, out long n, out TimeUnit unit, out Reading failure))
        {
            return failure;
        }

        return Shift(c, unit, sign * n);
    }

    /// <summary>Reads "three days", "a week", "24 hours" covering all of <paramref name="t"/>.</summary>
    private static bool TryAmount(ReadOnlySpan<string> t, out long n, out TimeUnit unit, out Reading failure)
    {
        failure = Reading.None;
        unit = default;
        n = 0;
        if (t.Length < 2 || !ExpressionVocabulary.TryUnit(t[^1], out unit))
        {
            return false;
        }

        NumberRead read = ExpressionVocabulary.TryNumber(t[..^1], out n, out int consumed);
        if (read == NumberRead.TooLarge)
        {
            failure = Reading.Fail(UnresolvedReason.OutOfRange, "The number is too large to name a time.");
            return false;
        }

        return read == NumberRead.Number && consumed == t.Length - 1;
    }

    private static Reading Shift(ResolutionContext c, TimeUnit unit, long n)
    {
        if (Math.Abs(n) > ExpressionVocabulary.MaxNumber)
        {
            return Reading.Fail(UnresolvedReason.OutOfRange, "The number is too large to name a time.");
        }

        int k = (int)n;
        LocalDate today = c.Today;
        return unit switch
        {
            TimeUnit.Minute => Reading.Of(TimeValue.At(c.Now.PlusMinutes(n)), usesTime: true),
            TimeUnit.Hour => Reading.Of(TimeValue.At(c.Now.PlusHours(n)), usesTime: true),
            TimeUnit.Day => Day(today.PlusDays(k)),
            TimeUnit.Week => Reading.Of(TimeValue.WeekOf(today.PlusWeeks(k))),
            // "A year ago" is the same day a year earlier, roughly: a whole month or year would place nothing.
            TimeUnit.Month => Reading.Of(TimeValue.Day(today.PlusMonths(k)), approximate: true),
            TimeUnit.Year => Reading.Of(TimeValue.Day(today.PlusYears(k)), approximate: true),
            _ => Reading.Fail(UnresolvedReason.NotUnderstood, "Decades are read as durations, not as offsets from the anchor."),
        };
    }

    // ---- last week, this month, next year, earlier this month, the weekend -------------------

    private static Reading Period(ReadOnlySpan<string> t, ResolutionContext c)
    {
        LocalDate today = c.Today;
        LocalDate monday = today.PlusDays(1 - (int)today.DayOfWeek);
        switch (t)
        {
            case ["last" or "previous", "week"]:
                return Reading.Of(TimeValue.WeekOf(today.PlusWeeks(-1)));
            case ["this", "week"]:
                return Reading.Of(TimeValue.WeekOf(today));
            case ["next", "week"]:
                return Reading.Of(TimeValue.WeekOf(today.PlusWeeks(1)));
            case ["last" or "previous", "month"]:
                return Reading.Of(TimeValue.Month(new YearMonth(today.Year, today.Month).PlusMonths(-1)));
            case ["this", "month"]:
                return Reading.Of(TimeValue.Month(today.Year, today.Month));
            case ["next", "month"]:
                return Reading.Of(TimeValue.Month(new YearMonth(today.Year, today.Month).PlusMonths(1)));
            case ["last" or "previous", "year"]:
                return Reading.Of(TimeValue.Year(today.Year - 1));
            case ["this", "year"]:
                return Reading.Of(TimeValue.Year(today.Year));
            case ["next", "year"]:
                return Reading.Of(TimeValue.Year(today.Year + 1));
            case ["last" or "previous", "weekend"]:
                return Weekend(monday.PlusDays(-2));
            case ["this", "weekend"]:
                return Weekend(monday.PlusDays(5));
            case ["next", "weekend"]:
                return Weekend(monday.PlusDays(12));
            case ["the" or "at" or "over", "weekend"] or ["weekend"] or ["at" or "over", "the", "weekend"]:
                if (today.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                {
                    return Weekend(monday.PlusDays(5));
                }

                return c.Tense switch
                {
                    TenseHint.Past => Weekend(monday.PlusDays(-2)),
                    TenseHint.Future => Weekend(monday.PlusDays(5)),
                    _ => NeedsTense("the weekend"),
                };
            case ["earlier", "this", "week"]:
                return Earlier(monday, today, "week");
            case ["later", "this", "week"]:
                return Later(today, monday.PlusDays(6), "week");
            case ["earlier", "this", "month"]:
                return Earlier(today.With(DateAdjusters.StartOfMonth), today, "month");
            case ["later", "this", "month"]:
                return Later(today, today.With(DateAdjusters.EndOfMonth), "month");
            case ["earlier", "this", "year"]:
                return Earlier(new LocalDate(today.Year, 1, 1), today, "year");
            case ["later", "this", "year"]:
                return Later(today, new LocalDate(today.Year, 12, 31), "year");
            default:
                return Reading.None;
        }
    }

    private static Reading Weekend(LocalDate saturday) =>
        Reading.Of(TimeValue.Between(TimeValue.Day(saturday), TimeValue.Day(saturday.PlusDays(1))));

    private static Reading Earlier(LocalDate first, LocalDate today, string unit) =>
        first == today
            ? Reading.Fail(UnresolvedReason.EmptySpan, $"No day of this {unit} comes before the anchor day, its first.")
            : Reading.Of(TimeValue.Between(TimeValue.Day(first), TimeValue.Day(today.PlusDays(-1))));

    private static Reading Later(LocalDate today, LocalDate last, string unit) =>
        last == today
            ? Reading.Fail(UnresolvedReason.EmptySpan, $"No day of this {unit} comes after the anchor day, its last.")
            : Reading.Of(TimeValue.Between(TimeValue.Day(today.PlusDays(1)), TimeValue.Day(last)));

    // ---- in recent weeks, the past two days, the coming months -------------------------------

    private static Reading Span(ReadOnlySpan<string> t, ResolutionContext c)
    {
        bool back;
        bool vague;
        long n = 1;
        TimeUnit unit;
        if (t is ["recent", var recentUnit] && ExpressionVocabulary.TryUnit(recentUnit, out unit) && recentUnit.EndsWith('s'))
        {
            back = true;
            vague = true;
        }
        else if (t is ["the" or "these", "coming" or "following", var comingUnit] && ExpressionVocabulary.TryUnit(comingUnit, out unit)
            && comingUnit.EndsWith('s'))
        {
            back = false;
            vague = true;
        }
        else if (t is ["the", "past" or "last" or "next" or "coming", .. var rest] && !rest.IsEmpty)
        {
            back = t[1] is "past" or "last";
            int fewWords = rest switch
            {
                ["couple", "of", ..] => 2,
                ["few" or "several" or "couple" or "many", ..] => 1,
                _ => 0,
            };
            if (fewWords > 0)
            {
                ReadOnlySpan<string> afterFew = rest[fewWords..];
                if (afterFew is not [var fewUnit] || !ExpressionVocabulary.TryUnit(fewUnit, out unit))
                {
                    return Reading.None;
                }

                vague = true;
            }
            else if (rest is [var oneUnit] && ExpressionVocabulary.TryUnit(oneUnit, out unit) && !oneUnit.EndsWith('s'))
            {
                // "the next day" counts from the narrative, not from the anchor: left unread.
                if (t[1] == "next")
                {
                    return Reading.None;
                }

                vague = false;
            }
            else
            {
                if (!TryAmount(rest, out n, out unit, out Reading failure))
                {
                    return failure;
                }

                vague = false;
            }
        }
        else
        {
            return Reading.None;
        }

        if (vague)
        {
            // "Recent" and "a few" have no number: a convention, documented, flagged approximate.
            (n, unit) = unit switch
            {
                TimeUnit.Minute => (30L, TimeUnit.Minute),
                TimeUnit.Hour => (12L, TimeUnit.Hour),
                TimeUnit.Day => (7L, TimeUnit.Day),
                TimeUnit.Week => (4L, TimeUnit.Week),
                TimeUnit.Month => (6L, TimeUnit.Month),
                TimeUnit.Year => (5L, TimeUnit.Year),
                _ => (30L, TimeUnit.Year),
            };
        }

        if (n > ExpressionVocabulary.MaxNumber)
        {
            return Reading.Fail(UnresolvedReason.OutOfRange, "The number is too large to name a time.");
        }

        int k = (int)(back ? -n : n);
        TimeValue start, end;
        bool usesTime = unit is TimeUnit.Minute or TimeUnit.Hour;
        if (usesTime)
        {
            TimeValue now = TimeValue.At(c.Now);
            TimeValue other = TimeValue.At(unit == TimeUnit.Minute ? c.Now.PlusMinutes(k) : c.Now.PlusHours(k));
            (start, end) = back ? (other, now) : (now, other);
        }
        else
        {
            LocalDate other = unit switch
            {
                TimeUnit.Day => c.Today.PlusDays(k),
                TimeUnit.Week => c.Today.PlusWeeks(k),
                TimeUnit.Month => c.Today.PlusMonths(k),
                TimeUnit.Year => c.Today.PlusYears(k),
                _ => c.Today.PlusYears(checked(k * 10)),
            };
            (start, end) = back ? (TimeValue.Day(other), TimeValue.Day(c.Today)) : (TimeValue.Day(c.Today), TimeValue.Day(other));
        }

        return Reading.Of(TimeValue.Between(start, end), vague, usesTime);
    }

    // ---- Tuesday morning, late at night, the early hours of Sunday ---------------------------

    private static Reading PartOfDay(ReadOnlySpan<string> t, ResolutionContext c)
    {
        if (ExpressionVocabulary.TryDayPart(t, out DayPart bare))
        {
            // A part of a day with no day named is a part of the anchor's day.
            return Part(c.Today, bare, false);
        }

        for (int i = 1; i < t.Length; i++)
        {
            ReadOnlySpan<string> left = t[..i];
            ReadOnlySpan<string> right = t[i..];

            // "Tuesday morning", "yesterday evening", "this morning".
            if (ExpressionVocabulary.TryDayPart(right, out DayPart part))
            {
                Reading day = left is ["this"] ? Day(c.Today) : DayReferenceOrPrefixed(left, c);
                if (day.Value is { } d)
                {
                    return Part(d.FirstDate!.Value, part, day.Approximate);
                }

                if (day.Matched)
                {
                    return day;
                }
            }

            // "the morning of Tuesday", "early hours of Sunday", "the night on January 13".
            if (right is ["of" or "on", .. var dayWords] && !dayWords.IsEmpty && ExpressionVocabulary.TryDayPart(left, out DayPart partOf))
            {
                Reading day = DayReferenceOrPrefixed(dayWords, c);
                if (day.Value is { } d)
                {
                    return Part(d.FirstDate!.Value, partOf, day.Approximate);
                }

                if (day.Matched)
                {
                    return day;
                }
            }
        }

        return Reading.None;
    }

    private static Reading DayReferenceOrPrefixed(ReadOnlySpan<string> t, ResolutionContext c)
    {
        Reading day = Relative(t, c);
        if (day.Value is { Precision: TimePrecision.Day })
        {
            return day;
        }

        if (t is ["on", .. var rest] && !rest.IsEmpty)
        {
            t = rest;
        }

        day = DayReference(t, c);
        if (day.Value is { Precision: not TimePrecision.Day })
        {
            return Reading.None;
        }

        if (!day.Matched && t is [var iso] && TimeValue.TryParseValue(iso, out TimeValue? value) && value.Precision == TimePrecision.Day)
        {
            return Reading.Of(value);
        }

        return day;
    }

    private static Reading Part(LocalDate day, DayPart part, bool approximate)
    {
        LocalDateTime midnight = day.AtMidnight();
        if (part.IsMoment)
        {
            return Reading.Of(TimeValue.At(midnight.PlusMinutes(part.StartMinute)), approximate);
        }

        TimeValue start = TimeValue.At(midnight.PlusMinutes(part.StartMinute));

        // A part that runs to the end of its day ends with the day itself rather than at the next midnight.
        TimeValue end = part.EndMinute == 24 * 60 ? TimeValue.Day(day) : TimeValue.At(midnight.PlusMinutes(part.EndMinute));
        return Reading.Of(TimeValue.Between(start, end), approximate);
    }

    // ---- Sunday, last Sunday, January 19, 13 January 2020, Tuesday, January 14 ---------------

    private static Reading DayReference(ReadOnlySpan<string> t, ResolutionContext c)
    {
        if (t.IsEmpty)
        {
            return Reading.None;
        }

        // A weekday named before a date checks it, or picks the year when the tense is unknown.
        if (t.Length > 1 && ExpressionVocabulary.TryWeekday(t[0], out IsoDayOfWeek check))
        {
            ReadOnlySpan<string> dateWords = t[1..];
            if (dateWords is ["the", ..] || TryDayMonth(dateWords, out _, out _, out _))
            {
                return DayMonth(dateWords, c, check);
            }
        }

        Reading weekday = Weekday(t, c);
        return weekday.Matched ? weekday : DayMonth(t, c, null);
    }

    private static Reading Weekday(ReadOnlySpan<string> t, ResolutionContext c)
    {
        LocalDate today = c.Today;
        IsoDayOfWeek day;
        switch (t)
        {
            case [var w] when ExpressionVocabulary.TryWeekday(w, out day):
                if (today.DayOfWeek == day)
                {
                    return Day(today);
                }

                return c.Tense switch
                {
                    TenseHint.Past => Day(today.Previous(day)),
                    TenseHint.Future => Day(today.Next(day)),
                    _ => NeedsTense(w),
                };
            case ["last" or "previous", var w] when ExpressionVocabulary.TryWeekday(w, out day):
            case ["this", "past", var w2] when ExpressionVocabulary.TryWeekday(w = w2, out day):
                return Day(today.Previous(day));
            case ["next", var w] when ExpressionVocabulary.TryWeekday(w, out day):
            case ["this", "coming", var w2] when ExpressionVocabulary.TryWeekday(w = w2, out day):
                return Day(today.Next(day));
            case ["this", var w] when ExpressionVocabulary.TryWeekday(w, out day):
                return Day(today.PlusDays((int)day - (int)today.DayOfWeek));
            default:
                return Reading.None;
        }
    }

    /// <summary>Reads "January 19", "Jan 8 2020", "13 January 2020", "the 8th of January".</summary>
    private static bool TryDayMonth(ReadOnlySpan<string> t, out int month, out int day, out int? year)
    {
        month = 0;
        day = 0;
        year = null;
        if (t is ["the", var ordinal, "of", .. var ofRest] && ExpressionVocabulary.TryDayOfMonth(ordinal, out day))
        {
            t = ofRest;
            if (t is [var m] && ExpressionVocabulary.TryMonth(m, out month))
            {
                return true;
            }

            if (t is [var m2, var y2] && ExpressionVocabulary.TryMonth(m2, out month) && ExpressionVocabulary.TryYear(y2, out int yy))
            {
                year = yy;
                return true;
            }

            return false;
        }

        int y;
        switch (t)
        {
            case [var m, var d] when ExpressionVocabulary.TryMonth(m, out month) && ExpressionVocabulary.TryDayOfMonth(d, out day):
                return true;
            case [var d, var m] when ExpressionVocabulary.TryDayOfMonth(d, out day) && ExpressionVocabulary.TryMonth(m, out month):
                return true;
            case [var m, var d, var yText] when ExpressionVocabulary.TryMonth(m, out month) && ExpressionVocabulary.TryDayOfMonth(d, out day)
                && ExpressionVocabulary.TryYear(yText, out y):
                year = y;
                return true;
            case [var d, var m, var yText] when ExpressionVocabulary.TryDayOfMonth(d, out day) && ExpressionVocabulary.TryMonth(m, out month)
                && ExpressionVocabulary.TryYear(yText, out y):
                year = y;
                return true;
            case [var d, "of", var m] when ExpressionVocabulary.TryDayOfMonth(d, out day) && ExpressionVocabulary.TryMonth(m, out month):
                return true;
            default:
                return false;
        }
    }

    private static Reading DayMonth(ReadOnlySpan<string> t, ResolutionContext c, IsoDayOfWeek? weekday)
    {
        if (!TryDayMonth(t, out int month, out int day, out int? year))
        {
            return Reading.None;
        }

        if (day > MaxDaysIn(month))
        {
            return Reading.Fail(UnresolvedReason.Contradictory, $"Month {month} has no day {day}.");
        }

        LocalDate today = c.Today;
        LocalDate date;
        if (year is { } y)
        {
            if (y is < Guard.MinYear or > Guard.MaxYear)
            {
                return Reading.Fail(UnresolvedReason.OutOfRange, $"The year {y} lies outside the years {Guard.MinYear} to {Guard.MaxYear}.");
            }

            if (day > CalendarSystem.Iso.GetDaysInMonth(y, month))
            {
                return Reading.Fail(UnresolvedReason.Contradictory, $"{y:D4}-{month:D2} has no day {day}.");
            }

            date = new LocalDate(y, month, day);
        }
        else
        {
            LocalDate? past = Occurrence(today, month, day, -1);
            LocalDate? future = Occurrence(today, month, day, 1);
            LocalDate? chosen = past == today ? today
                : c.Tense == TenseHint.Past ? past
                : c.Tense == TenseHint.Future ? future
                : weekday is { } w && (past?.DayOfWeek == w) != (future?.DayOfWeek == w) ? (past?.DayOfWeek == w ? past : future)
                : Nearest(today, past, future);
            if (chosen is null)
            {
                return past is null && future is null
                    ? Reading.Fail(UnresolvedReason.OutOfRange, "No such day lies within the supported years.")
                    : NeedsTense(string.Join(' ', t.ToArray()));
            }

            date = chosen.Value;
        }

        if (weekday is { } expected && date.DayOfWeek != expected)
        {
            return Reading.Fail(UnresolvedReason.Contradictory, $"{date:yyyy-MM-dd} is a {date.DayOfWeek}, not a {expected}.");
        }

        return Day(date);
    }

    /// <summary>The nearest day with this month and day on or before (-1) or on or after (+1) today; leap days may be years away.</summary>
    private static LocalDate? Occurrence(LocalDate today, int month, int day, int direction)
    {
        for (int k = 0; k <= 8; k++)
        {
            int year = today.Year + direction * k;
            if (year is < Guard.MinYear or > Guard.MaxYear || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new LocalDate(year, month, day);
            if (direction < 0 ? candidate <= today : candidate >= today)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Without a tense, "January 19" is the such day nearest the anchor: news names a date without
    /// its year when it is close. Null when both lie equally far, so that a tense must decide.
    /// </summary>
    private static LocalDate? Nearest(LocalDate today, LocalDate? past, LocalDate? future)
    {
        if (past is not { } before)
        {
            return future;
        }

        if (future is not { } after)
        {
            return before;
        }

        int back = NodaTime.Period.DaysBetween(before, today);
        int ahead = NodaTime.Period.DaysBetween(today, after);
        return back < ahead ? before : ahead < back ? after : null;
    }

    private static int MaxDaysIn(int month) => month == 2 ? 29 : CalendarSystem.Iso.GetDaysInMonth(2001, month);

    // ---- early April, mid-2019, late Tuesday, the end of the month ---------------------------

    private enum Third
    {
        Early,
        Mid,
        Late,
    }

    private static Reading Modified(ReadOnlySpan<string> t, ResolutionContext c)
    {
        (Third third, int skip) = t switch
        {
            ["early" or "earlier", ..] => (Third.Early, 1),
            ["mid" or "middle" or "midway", ..] => (Third.Mid, 1),
            ["late" or "later", ..] => (Third.Late, 1),
            ["the" or "at", "beginning" or "start", "of", ..] => (Third.Early, 3),
            ["beginning" or "start", "of", ..] => (Third.Early, 2),
            ["the" or "in", "middle", "of", ..] => (Third.Mid, 3),
            ["the" or "at", "end", "of", ..] => (Third.Late, 3),
            ["end", "of", ..] => (Third.Late, 2),
            _ => (Third.Early, 0),
        };
        if (skip == 0)
        {
            return Reading.None;
        }

        ReadOnlySpan<string> rest = t[skip..];
        if (rest is ["in" or "on" or "of", .. var afterPreposition])
        {
            rest = afterPreposition;
        }

        if (rest.IsEmpty)
        {
            return Reading.None;
        }

        Reading inner = rest switch
        {
            ["the", "week"] => Reading.Of(TimeValue.WeekOf(c.Today)),
            ["the", "month"] => Reading.Of(TimeValue.Month(c.Today.Year, c.Today.Month)),
            ["the", "year"] => Reading.Of(TimeValue.Year(c.Today.Year)),
            _ => ParseSimple(rest, c),
        };
        if (inner.Value is not { } v)
        {
            return inner;
        }

        if (v.IsInterval)
        {
            return Reading.Fail(UnresolvedReason.NotUnderstood, $"'{t[0]}' is read only before a day, a week, a month or a year.");
        }

        LocalDate first = v.FirstDate!.Value;
        switch (v.Precision)
        {
            case TimePrecision.Day when third != Third.Mid:
                return Part(first, third == Third.Early ? ExpressionVocabulary.EarlyDay : ExpressionVocabulary.LateDay, true);
            case TimePrecision.Week:
                (int from, int to) = third switch { Third.Early => (0, 2), Third.Mid => (1, 3), _ => (3, 6) };
                return Approximately(TimeValue.Day(first.PlusDays(from)), TimeValue.Day(first.PlusDays(to)));
            case TimePrecision.Month:
                int last = v.LastDate!.Value.Day;
                (int d1, int d2) = third switch { Third.Early => (1, 10), Third.Mid => (11, 20), _ => (21, last) };
                return Approximately(TimeValue.Day(first.Year, first.Month, d1), TimeValue.Day(first.Year, first.Month, d2));
            case TimePrecision.Year:
                (int m1, int m2) = third switch { Third.Early => (1, 4), Third.Mid => (5, 8), _ => (9, 12) };
                return Approximately(TimeValue.Month(first.Year, m1), TimeValue.Month(first.Year, m2));
            default:
                return Reading.Fail(UnresolvedReason.NotUnderstood, $"'{t[0]}' is read only before a day, a week, a month or a year.");
        }
    }

    private static Reading Approximately(TimeValue start, TimeValue end) => Reading.Of(TimeValue.Between(start, end), approximate: true);

    // ---- April, in April 2019, last April, 2011, the 1990s -----------------------------------

    private static Reading MonthOrYear(ReadOnlySpan<string> t, ResolutionContext c)
    {
        LocalDate today = c.Today;
        int month;
        int year;
        switch (t)
        {
            case [var m] when ExpressionVocabulary.TryMonth(m, out month):
                if (month == today.Month)
                {
                    return Reading.Of(TimeValue.Month(today.Year, month));
                }

                return c.Tense switch
                {
                    TenseHint.Past => Reading.Of(TimeValue.Month(month < today.Month ? today.Year : today.Year - 1, month)),
                    TenseHint.Future => Reading.Of(TimeValue.Month(month > today.Month ? today.Year : today.Year + 1, month)),
                    _ => NeedsTense(m),
                };
            case [var m, var y] when ExpressionVocabulary.TryMonth(m, out month) && ExpressionVocabulary.TryYear(y, out year):
            case [var m2, "of", var y2] when ExpressionVocabulary.TryMonth(m2, out month) && ExpressionVocabulary.TryYear(y2, out year):
                return Year(year, y => TimeValue.Month(y, month));
            case ["last" or "previous", var m] when ExpressionVocabulary.TryMonth(m, out month):
                return Reading.Of(TimeValue.Month(month < today.Month ? today.Year : today.Year - 1, month));
            case ["next", var m] when ExpressionVocabulary.TryMonth(m, out month):
                return Reading.Of(TimeValue.Month(month > today.Month ? today.Year : today.Year + 1, month));
            case ["this", var m] when ExpressionVocabulary.TryMonth(m, out month):
                return Reading.Of(TimeValue.Month(today.Year, month));
            case [var y] when ExpressionVocabulary.TryYear(y, out year):
            case ["the", "year", var y2] when ExpressionVocabulary.TryYear(y2, out year):
                return Year(year, TimeValue.Year);
            case [var d] when ExpressionVocabulary.TryDecade(d, out year):
            case ["the", var d2] when ExpressionVocabulary.TryDecade(d2, out year):
                return Year(year, y => TimeValue.Between(TimeValue.Year(y), TimeValue.Year(y + 9)));
            default:
                return Reading.None;
        }
    }

    private static Reading Year(int year, Func<int, TimeValue> create) =>
        year is < Guard.MinYear or > Guard.MaxYear - 9
            ? Reading.Fail(UnresolvedReason.OutOfRange, $"The year {year} lies outside the years {Guard.MinYear} to {Guard.MaxYear}.")
            : Reading.Of(create(year));

    // ---- helpers -----------------------------------------------------------------------------

    private static Reading Day(LocalDate date) => Reading.Of(TimeValue.Day(date));

    private static Reading NeedsTense(string words) =>
        Reading.Fail(
            UnresolvedReason.NeedsTense,
            $"'{words}' points to the past or to the future depending on the tense: pass TenseHint.Past or TenseHint.Future.");

    private static bool Contains(ReadOnlySpan<string> t, params string[] words)
    {
        foreach (string token in t)
        {
            if (Array.IndexOf(words, token) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
