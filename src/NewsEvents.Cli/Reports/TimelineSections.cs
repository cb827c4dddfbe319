using System.Globalization;
using NewsEvents.Analysis;

namespace NewsEvents.Cli.Reports;

/// <summary>
/// The report's sections drawn from the timeline, found in one reading of it that holds only what they show: the
/// timeline itself (its entries made as written), how many of its events are marked, the events per month, the
/// most-reported and the upcoming planned events.
/// </summary>
/// <param name="Timeline">The timeline's events, in its order.</param>
/// <param name="Marked">How many of them are marked (<see cref="TimelineEntry.IsMarked"/>).</param>
/// <param name="EventsPerMonth">The events per month.</param>
/// <param name="MostReported">The events reported more than once, the most reported first.</param>
/// <param name="Upcoming">The upcoming planned events.</param>
internal sealed record TimelineSections(
    ReportSection<TimelineEntry> Timeline, int Marked, EventsPerMonth EventsPerMonth, ShownSection<ReportedEventEntry> MostReported, UpcomingEvents Upcoming)
{
    /// <summary>Builds the dataset's timeline and reads it once.</summary>
    public static TimelineSections Of(DatasetIndex index, ReportCaps caps)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(caps);

        // The section keeps (captures) the timeline's entries alone, not its other lists (realized, disputed...).
        var timeline = Analysis.Timeline.Build(index);
        var (entries, dated) = (timeline.Entries, timeline.Dated);

        // Built without statements, the timeline's entries are all events; the dated ones come first.
        Event EventAt(int at) => entries[at].Event!;
        TimelineEntry EntryAt(int at) => at < dated.Length ? Entry(dated[at], index) : Entry(entries[at], EventAt(at), index);

        var positions = new ReportSection<int>(entries.Length, () => Enumerable.Range(0, entries.Length));
        var section = new ReportSection<TimelineEntry>(entries.Length, () => positions.Select(EntryAt), writer => [.. writer.Shown(positions).Select(EntryAt)]);
        var marked = 0;
        var months = new EventsPerMonth.Tally();
        var reported = new ReportedEventEntry.Ranking(index, caps);
        var upcoming = new UpcomingEvents.Finder(index, positions.Select(EventAt), caps);
        for (var at = 0; at < entries.Length; at++)
        {
            var e = EventAt(at);
            marked += entries[at].IsRealized ? 0 : 1;
            months.Add(e);
            reported.Add(e, at);
            upcoming.Add(e, at);
        }

        return new(section, marked, months.Counted(), reported.Ranked(EntryAt), upcoming.Found(EntryAt));
    }

    private static TimelineEntry Entry(DatedTimelineEntry dated, DatasetIndex index) =>
        Entry(dated.Entry, dated.Event!, index) with { Duration = DurationOf(dated), Span = dated.Span, Precision = dated.Time.Precision };

    /// <summary>How long the text says the event lasted, or else how long its interval is when both ends are known.</summary>
    private static string? DurationOf(DatedTimelineEntry entry)
    {
        if (entry.Duration is { } stated)
        {
            return Words.Duration(stated);
        }

        if (!entry.Time.IsInterval || !entry.Span.HasStart || !entry.Span.HasEnd)
        {
            return null;
        }

        var (start, end) = (entry.Span.Start.InUtc().LocalDateTime, entry.Span.End.InUtc().LocalDateTime);
        return Words.Duration(NodaTime.Period.Between(start, end, NodaTime.PeriodUnits.YearMonthDay | NodaTime.PeriodUnits.HourMinuteSecond));
    }

    private static TimelineEntry Entry(Analysis.TimelineEntry entry, Event e, DatasetIndex index) => new()
    {
        IsMarked = !entry.IsRealized,
        EventId = e.Id.ToString(),
        Status = e.Status,
        Type = e.Type,
        Summary = e.Summary,
        Time = e.Time?.ToString("V", CultureInfo.InvariantCulture),
        Duration = e.Time?.Duration is { } duration ? Words.Duration(duration) : null,
        Expression = e.Time?.Expression,
        Place = e.Place?.Name,
        Participants = ReportLists.Of(e.Participants, p => new ParticipantEntry(p.Actor.ToString(), index.NameOf(p.Actor), p.Role)),
    };
}
