using NewsEvents.Time;
using NodaTime;
using NodaTime.Text;

namespace NewsEvents.Tests.Time;

public class TimeExpressionResolverTableTests
{
    // The table: (anchor, zone, tense, expression, expected start, expected end, precision, approximate).
    // A point has the same start and end; ".." is an open side of an interval.
    [Theory]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "Monday", "2020-01-13", "2020-01-13", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Future, "until Tuesday morning", "2020-01-13", "2020-01-14T12:00", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "on Sunday", "2020-01-12", "2020-01-12", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Future, "on Sunday", "2020-01-19", "2020-01-19", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "on Saturday", "2020-01-11", "2020-01-11", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "February 2019", "2019-02", "2019-02", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "in April", "2019-04", "2019-04", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Future, "in April", "2020-04", "2020-04", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "since 2011", "2011", "..", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "earlier this month", "2020-01-01", "2020-01-12", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in recent weeks", "2019-12-16", "2020-01-13", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "late at night", "2020-01-13T22:00", "2020-01-14T04:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "Tuesday", "2020-01-07", "2020-01-07", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Future, "Tuesday", "2020-01-14", "2020-01-14", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "on Friday", "2020-01-10", "2020-01-10", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Future, "Friday", "2020-01-17", "2020-01-17", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Future, "on Monday", "2020-01-13", "2020-01-13", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "last Sunday", "2020-01-12", "2020-01-12", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "next Sunday", "2020-01-19", "2020-01-19", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "this Sunday", "2020-01-19", "2020-01-19", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "last Monday", "2020-01-06", "2020-01-06", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "next Monday", "2020-01-20", "2020-01-20", TimePrecision.Day, false)]
    [InlineData("2020-01-16T10:00", "Europe/Moscow", TenseHint.None, "this Monday", "2020-01-13", "2020-01-13", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "on Wed.", "2020-01-08", "2020-01-08", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "this past Thursday", "2020-01-09", "2020-01-09", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "this coming Thursday", "2020-01-16", "2020-01-16", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "today", "2020-01-13", "2020-01-13", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "yesterday", "2020-01-12", "2020-01-12", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "Tomorrow", "2020-01-14", "2020-01-14", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "the day before yesterday", "2020-01-11", "2020-01-11", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "the day after tomorrow", "2020-01-15", "2020-01-15", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "tonight", "2020-01-13T18:00", "2020-01-14T06:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "last night", "2020-01-12T18:00", "2020-01-13T06:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "now", "2020-01-13T10:00", "2020-01-13T10:00", TimePrecision.Instant, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "earlier today", "2020-01-13", "2020-01-13T10:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "later today", "2020-01-13T10:00", "2020-01-13", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "three days ago", "2020-01-10", "2020-01-10", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "3 days ago", "2020-01-10", "2020-01-10", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in 3 days", "2020-01-16", "2020-01-16", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in two weeks", "2020-W05", "2020-W05", TimePrecision.Week, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "two weeks ago", "2020-W01", "2020-W01", TimePrecision.Week, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "a week ago", "2020-W02", "2020-W02", TimePrecision.Week, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "a year ago", "2019-01-13", "2019-01-13", TimePrecision.Day, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "two years ago", "2018-01-13", "2018-01-13", TimePrecision.Day, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in a year", "2021-01-13", "2021-01-13", TimePrecision.Day, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "six months ago", "2019-07-13", "2019-07-13", TimePrecision.Day, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in 18 months", "2021-07-13", "2021-07-13", TimePrecision.Day, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "two hours ago", "2020-01-13T08:00", "2020-01-13T08:00", TimePrecision.Instant, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in 90 minutes", "2020-01-13T11:30", "2020-01-13T11:30", TimePrecision.Instant, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "twenty-four hours ago", "2020-01-12T10:00", "2020-01-12T10:00", TimePrecision.Instant, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "ten days from now", "2020-01-23", "2020-01-23", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "last week", "2020-W02", "2020-W02", TimePrecision.Week, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "this week", "2020-W03", "2020-W03", TimePrecision.Week, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "next week", "2020-W04", "2020-W04", TimePrecision.Week, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "last month", "2019-12", "2019-12", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "this month", "2020-01", "2020-01", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "next month", "2020-02", "2020-02", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "last year", "2019", "2019", TimePrecision.Year, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "this year", "2020", "2020", TimePrecision.Year, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "next year", "2021", "2021", TimePrecision.Year, false)]
    [InlineData("2020-01-16T10:00", "Europe/Moscow", TenseHint.None, "earlier this week", "2020-01-13", "2020-01-15", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "later this week", "2020-01-14", "2020-01-19", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "later this month", "2020-01-14", "2020-01-31", TimePrecision.Interval, false)]
    [InlineData("2020-03-01T10:00", "Europe/Moscow", TenseHint.None, "earlier this year", "2020-01-01", "2020-02-29", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "later this year", "2020-01-14", "2020-12-31", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "last weekend", "2020-01-11", "2020-01-12", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "this weekend", "2020-01-18", "2020-01-19", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "next weekend", "2020-01-25", "2020-01-26", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "over the weekend", "2020-01-11", "2020-01-12", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Future, "at the weekend", "2020-01-18", "2020-01-19", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "in January", "2020-01", "2020-01", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in January", "2020-01", "2020-01", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "in December", "2019-12", "2019-12", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Future, "in December", "2020-12", "2020-12", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "last April", "2019-04", "2019-04", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "next April", "2020-04", "2020-04", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "this April", "2020-04", "2020-04", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in April 2019", "2019-04", "2019-04", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "Feb. 2019", "2019-02", "2019-02", TimePrecision.Month, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "early April 2019", "2019-04-01", "2019-04-10", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "mid-April 2019", "2019-04-11", "2019-04-20", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "late February 2020", "2020-02-21", "2020-02-29", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in late 2019", "2019-09", "2019-12", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "early next week", "2020-01-20", "2020-01-22", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "by the end of the month", "2020-01-13", "2020-01-31", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "Jan. 8", "2020-01-08", "2020-01-08", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Future, "January 19", "2020-01-19", "2020-01-19", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "January 19", "2019-01-19", "2019-01-19", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "13 January 2020", "2020-01-13", "2020-01-13", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "January 13, 2020", "2020-01-13", "2020-01-13", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "2020-01-13", "2020-01-13", "2020-01-13", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "on Jan. 8, 2020", "2020-01-08", "2020-01-08", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "Tuesday, January 14", "2020-01-14", "2020-01-14", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "on the 8th of January", "2020-01-08", "2020-01-08", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in 2011", "2011", "2011", TimePrecision.Year, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "2011", "2011", "2011", TimePrecision.Year, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in the 1990s", "1990", "1999", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "since February 2019", "2019-02", "..", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "until January 19, 2020", "2020-01-13", "2020-01-19", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "until 2011", "..", "2011", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "from 2011 to 2014", "2011", "2014", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "between April 2019 and June 2019", "2019-04", "2019-06", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "2019-W52", "2019-W52", "2019-W52", TimePrecision.Week, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Future, "Tuesday morning", "2020-01-14T06:00", "2020-01-14T12:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "Sunday evening", "2020-01-12T18:00", "2020-01-12T22:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "yesterday afternoon", "2020-01-12T12:00", "2020-01-12T18:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "tomorrow night", "2020-01-14T22:00", "2020-01-15T06:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in the evening", "2020-01-13T18:00", "2020-01-13T22:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "this morning", "2020-01-13T06:00", "2020-01-13T12:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "at noon", "2020-01-13T12:00", "2020-01-13T12:00", TimePrecision.Instant, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "in the early hours of Sunday", "2020-01-12T00:00", "2020-01-12T06:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "late Sunday", "2020-01-12T18:00", "2020-01-12", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Future, "early Tuesday", "2020-01-14T00:00", "2020-01-14T06:00", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "overnight", "2020-01-13T22:00", "2020-01-14T06:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "at night", "2020-01-13T22:00", "2020-01-14T06:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Future, "on Tuesday afternoon", "2020-01-14T12:00", "2020-01-14T18:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in recent days", "2020-01-06", "2020-01-13", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in recent months", "2019-07-13", "2020-01-13", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in recent years", "2015-01-13", "2020-01-13", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in the past two weeks", "2019-12-30", "2020-01-13", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "over the past week", "2020-01-06", "2020-01-13", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in the past 24 hours", "2020-01-12T10:00", "2020-01-13T10:00", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in the coming days", "2020-01-13", "2020-01-20", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "over the next few weeks", "2020-01-13", "2020-02-10", TimePrecision.Interval, true)]
    [InlineData("2020-01-14T01:00", "Europe/Moscow", TenseHint.None, "today", "2020-01-14", "2020-01-14", TimePrecision.Day, false)]
    [InlineData("2020-01-13T22:30", "UTC", TenseHint.None, "today", "2020-01-13", "2020-01-13", TimePrecision.Day, false)]
    [InlineData("2020-01-13T20:00", "America/New_York", TenseHint.None, "tomorrow", "2020-01-14", "2020-01-14", TimePrecision.Day, false)]
    [InlineData("2020-03-01T09:00", "Europe/Moscow", TenseHint.None, "yesterday", "2020-02-29", "2020-02-29", TimePrecision.Day, false)]
    [InlineData("2021-03-01T09:00", "Europe/Moscow", TenseHint.None, "yesterday", "2021-02-28", "2021-02-28", TimePrecision.Day, false)]
    [InlineData("2019-12-30T09:00", "Europe/Moscow", TenseHint.None, "next week", "2020-W02", "2020-W02", TimePrecision.Week, false)]
    [InlineData("2020-01-01T09:00", "Europe/Moscow", TenseHint.None, "yesterday", "2019-12-31", "2019-12-31", TimePrecision.Day, false)]
    [InlineData("2020-01-01T09:00", "Europe/Moscow", TenseHint.None, "last month", "2019-12", "2019-12", TimePrecision.Month, false)]
    [InlineData("2019-12-31T09:00", "Europe/Moscow", TenseHint.None, "tomorrow", "2020-01-01", "2020-01-01", TimePrecision.Day, false)]
    [InlineData("2020-12-31T09:00", "Europe/Moscow", TenseHint.None, "next week", "2021-W01", "2021-W01", TimePrecision.Week, false)]
    [InlineData("2021-01-04T09:00", "Europe/Moscow", TenseHint.None, "last week", "2020-W53", "2020-W53", TimePrecision.Week, false)]
    [InlineData("2021-03-01T09:00", "Europe/Moscow", TenseHint.Past, "February 29", "2020-02-29", "2020-02-29", TimePrecision.Day, false)]
    [InlineData("2020-01-13T09:00", "Europe/Moscow", TenseHint.Future, "February 29", "2020-02-29", "2020-02-29", TimePrecision.Day, false)]
    [InlineData("2020-03-31T09:00", "Europe/Moscow", TenseHint.None, "a month ago", "2020-02-29", "2020-02-29", TimePrecision.Day, true)]
    [InlineData("2020-01-01T09:00", "Europe/Moscow", TenseHint.Past, "in December", "2019-12", "2019-12", TimePrecision.Month, false)]
    [InlineData("2020-02-29T09:00", "Europe/Moscow", TenseHint.None, "a year ago", "2019-02-28", "2019-02-28", TimePrecision.Day, true)]
    [InlineData("2020-02-29T09:00", "Europe/Moscow", TenseHint.None, "in the past year", "2019-02-28", "2020-02-29", TimePrecision.Interval, false)]
    [InlineData("2020-03-29T09:00", "Europe/London", TenseHint.None, "early this morning", "2020-03-29T04:00", "2020-03-29T09:00", TimePrecision.Interval, false)]
    // Issue 13: a day and month without a tense is the nearest such day; ongoing spans, "already", years ago.
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "January 19", "2020-01-19", "2020-01-19", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "on 3 March", "2020-03-03", "2020-03-03", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "December 20", "2019-12-20", "2019-12-20", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "the 8th of January", "2020-01-08", "2020-01-08", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "on June 1", "2020-06-01", "2020-06-01", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "February 29", "2020-02-29", "2020-02-29", TimePrecision.Day, false)]
    [InlineData("2021-12-30T10:00", "Europe/Moscow", TenseHint.None, "January 2", "2022-01-02", "2022-01-02", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.Past, "March 3", "2019-03-03", "2019-03-03", TimePrecision.Day, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "now in its third year", "2017-01-14", "..", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in its second week", "2019-12-31", "..", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "now in their 5th month", "2019-08-14", "..", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "in its first day", "2020-01-13", "..", TimePrecision.Interval, true)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "already", "..", "2020-01-13", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "for the past nine months", "2019-04-13", "2020-01-13", TimePrecision.Interval, false)]
    [InlineData("2020-01-13T10:00", "Europe/Moscow", TenseHint.None, "18 months from now", "2021-07-13", "2021-07-13", TimePrecision.Day, true)]
    public void Resolves(string anchorText, string zoneId, TenseHint tense, string expression, string start, string end, TimePrecision precision, bool approximate)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
        LocalDateTime local = LocalDateTimePattern.GeneralIso.Parse(anchorText + ":00").Value;
        ZonedDateTime anchor = local.InZoneStrictly(zone);

        TimeResolution resolution = TimeExpressionResolver.Resolve(expression, anchor, tense);

        resolution.Kind.Should().Be(TimeResolutionKind.Value, resolution.Message);
        resolution.Reason.Should().Be(UnresolvedReason.None);
        TimeValue value = resolution.Value!;
        value.Precision.Should().Be(precision);
        if (precision == TimePrecision.Interval)
        {
            (value.Start?.ToString("V", null) ?? "..").Should().Be(start);
            (value.End?.ToString("V", null) ?? "..").Should().Be(end);
        }
        else
        {
            start.Should().Be(end, "a point's start and end are the point");
            value.ToString("V", null).Should().Be(start);
        }

        value.Zone.Should().BeSameAs(zone);
        value.Expression.Should().Be(expression);
        value.IsApproximate.Should().Be(approximate);
        resolution.IsApproximate.Should().Be(approximate);
        value.Anchor.Should().BeOneOf(TimeValue.Day(local.Date), TimeValue.At(local));
        value.Duration.Should().BeNull();
        resolution.Expression.Should().Be(expression);
    }
}
