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
/// <param name="Events">The upcoming planned events shown, and how many there are.</param>
/// <param name="Earlier">How many planned events end before the reference, and so are not upcoming.</param>
internal sealed record UpcomingEvents(string? Reference, bool ReferenceIsPublication, ShownSection<TimelineEntry> Events, int Earlier)
{
    /// <summary>Finds the upcoming planned events among the timeline's events, given one at a time in its order.</summary>
    internal sealed class Finder
    {
        private readonly DateTimeZone _zone;

        private readonly TimeValue? _reference;

        private readonly bool _referenceIsPublication;

        private readonly Instant? _start;

        private readonly ShownItems<int> _upcoming;

        private int _earlier;

        /// <param name="index">The dataset's index, for its documents, statements and default zone.</param>
        /// <param name="events">The timeline's events, in its order (read only when no document gives a publication time).</param>
        /// <param name="caps">How many of the upcoming events are shown.</param>
        public Finder(DatasetIndex index, IEnumerable<Event> events, ReportCaps caps)
        {
            ArgumentNullException.ThrowIfNull(index);
            _zone = index.DefaultZone;
            var publication = Latest(index.Dataset.Documents.Select(d => d.Published), _zone);
            _reference = publication ?? Latest(
                events.Where(e => e.Status is EventStatus.Occurred or EventStatus.Ongoing).Select(e => e.Time)
                    .Concat(index.Dataset.Statements.Select(s => s.Time)),
                _zone);
            _referenceIsPublication = publication is not null;
            _start = _reference?.EarliestInstant(_zone);
            _upcoming = new(caps, rank: null);
        }

        /// <summary>Takes the next event of the timeline, at <paramref name="at"/> in it.</summary>
        public void Add(Event e, int at)
        {
            if (e.Status != EventStatus.Planned)
            {
                return;
            }

            if (_start is { } from && e.Time?.LatestInstant(_zone) is { } end && end < from)
            {
                _earlier++;
            }
            else
            {
                _upcoming.Add(at);
            }
        }

        /// <param name="entryAt">The report's entry of the timeline's event at a position.</param>
        public UpcomingEvents Found(Func<int, TimelineEntry> entryAt) => new(
            _reference?.ToString("V", System.Globalization.CultureInfo.InvariantCulture),
            _referenceIsPublication,
            new([.. _upcoming.Shown().Select(entryAt)], _upcoming.Count),
            _earlier);
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
