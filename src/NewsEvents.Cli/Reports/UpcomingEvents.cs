using System.Collections.Immutable;
using NewsEvents.Analysis;
using NodaTime;

namespace NewsEvents.Cli.Reports;

/// <summary>
/// The planned events still ahead when the dataset was reported, in the timeline's order (those without
/// a time last). "Ahead" is measured against the dataset, never the clock: against its latest
/// publication (the publication time of its documents starting latest), or, when no document gives
/// one, the latest time reported for something that took place (an event that occurred or is ongoing,
/// a statement). A planned event is upcoming unless its time ends before that reference starts; one
/// without a time cannot be placed before it and is listed. Without any reference every planned event is upcoming.
/// </summary>
/// <param name="Reference">The reference time in its canonical text form (2020-01-13), or null when the dataset has none.</param>
/// <param name="ReferenceIsPublication">Whether the reference is a publication time (else a reported time).</param>
/// <param name="Events">The upcoming planned events.</param>
/// <param name="Earlier">How many planned events end before the reference, and so are not upcoming.</param>
internal sealed record UpcomingEvents(string? Reference, bool ReferenceIsPublication, ImmutableArray<TimelineEntry> Events, int Earlier)
{
    /// <summary>Finds the upcoming planned events.</summary>
    /// <param name="index">The dataset's index, for its documents, statements and default zone.</param>
    /// <param name="events">The events with their timeline entries, in the timeline's order.</param>
    public static UpcomingEvents Of(DatasetIndex index, ImmutableArray<(Event Event, TimelineEntry Entry)> events)
    {
        ArgumentNullException.ThrowIfNull(index);
        var zone = index.DefaultZone;
        var publication = Latest(index.Dataset.Documents.Select(d => d.Published), zone);
        var reference = publication ?? Latest(
            events.Where(e => e.Event.Status is EventStatus.Occurred or EventStatus.Ongoing).Select(e => e.Event.Time)
                .Concat(index.Dataset.Statements.Select(s => s.Time)),
            zone);
        var start = reference?.EarliestInstant(zone);
        var upcoming = ImmutableArray.CreateBuilder<TimelineEntry>();
        var earlier = 0;
        foreach (var (e, entry) in events)
        {
            if (e.Status != EventStatus.Planned)
            {
                continue;
            }

            if (start is { } from && e.Time?.LatestInstant(zone) is { } end && end < from)
            {
                earlier++;
            }
            else
            {
                upcoming.Add(entry);
            }
        }

        return new(reference?.ToString("V", System.Globalization.CultureInfo.InvariantCulture), publication is not null, upcoming.ToImmutable(), earlier);
    }

    /// <summary>The time that starts latest, of those with a start; null when none has one.</summary>
    private static TimeValue? Latest(IEnumerable<TimeValue?> times, DateTimeZone zone)
    {
        (TimeValue? Time, Instant Start) latest = (null, Instant.MinValue);
        foreach (var time in times)
        {
            if (time?.EarliestInstant(zone) is { } start && (latest.Time is null || start > latest.Start))
            {
                latest = (time, start);
            }
        }

        return latest.Time;
    }
}
