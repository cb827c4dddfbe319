using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsEvents.Analysis;

/// <summary>
/// Events, and optionally statements, in precision-aware chronological order, with the events
/// that did not happen (planned, cancelled, failed, hypothetical, denied) and those whose sources
/// disagree whether they happened (disputed) marked rather than mixed in silently, and undated
/// entries kept apart.
/// </summary>
/// <remarks>
/// <para>Order of <see cref="Dated"/>: the order of <see cref="TimeValueComparer"/>, with local times
/// read in their own zone or the index's <see cref="DatasetIndex.DefaultZone"/>: by the earliest
/// instant the time covers, or for a time with an open start ("by Thursday evening", "until 2019") by its
/// end, since that is all that is known of it; then by the start (an open start first); then by the end (an open end last), so that among
/// times starting together the finer comes first (2020-01-13 before 2020-W03 before 2020-01 before
/// 2020); then points before intervals; then the time's text and its other members. Entries with equal
/// times come events first, then by id (ordinal).</para>
/// <para><see cref="Undated"/> holds the entries without time, events before statements, each in id
/// order: they cannot be placed, so they are never guessed into the sequence.
/// <see cref="Entries"/> is the dated entries followed by the undated ones.</para>
/// <para>Built in linear time in practice: by radix sorts, comparing only distinct times of the same day or month, never two entries.</para>
/// </remarks>
public sealed class Timeline
{
    private Timeline(ImmutableArray<DatedTimelineEntry> dated, ImmutableArray<TimelineEntry> undated, ImmutableArray<TimelineEntry> entries, Standing[] standings)
    {
        Dated = dated;
        Undated = undated;
        Entries = entries;
        Realized = Having(Standing.Realized);
        Disputed = Having(Standing.Disputed);
        Unrealized = Having(Standing.Unrealized);

        ImmutableArray<TimelineEntry> Having(Standing standing)
        {
            var having = new TimelineEntry[standings.Count(s => s == standing)];
            for (int at = 0, next = 0; next < having.Length; at++)
            {
                if (standings[at] == standing)
                {
                    having[next++] = entries[at];
                }
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(having);
        }
    }

    /// <summary>Which of <see cref="Realized"/>, <see cref="Disputed"/> and <see cref="Unrealized"/> an entry is in.</summary>
    private enum Standing : byte
    {
        Realized,
        Disputed,
        Unrealized,
    }

    /// <summary>The entries with a time, in chronological order, each with its time, status and span (never null).</summary>
    public ImmutableArray<DatedTimelineEntry> Dated { get; }

    /// <summary>The entries without a time, events first, each in id order.</summary>
    public ImmutableArray<TimelineEntry> Undated { get; }

    /// <summary>All entries: <see cref="Dated"/>, then <see cref="Undated"/>.</summary>
    public ImmutableArray<TimelineEntry> Entries { get; }

    /// <summary>The entries that took place (<see cref="TimelineEntry.IsRealized"/>), in order.</summary>
    public ImmutableArray<TimelineEntry> Realized { get; }

    /// <summary>
    /// The events whose sources disagree whether they took place (<see cref="TimelineEntry.IsDisputed"/>),
    /// in order: in neither <see cref="Realized"/> nor <see cref="Unrealized"/>.
    /// </summary>
    public ImmutableArray<TimelineEntry> Disputed { get; }

    /// <summary>The events that did not take place (planned, cancelled, failed, hypothetical, denied), in order.</summary>
    public ImmutableArray<TimelineEntry> Unrealized { get; }

    /// <summary>Builds the timeline of a dataset.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static Timeline Build(Dataset dataset, TimelineFilter? filter = null) => Build(DatasetIndex.Build(dataset), filter);

    /// <summary>Builds the timeline of an indexed dataset.</summary>
    /// <param name="index">The index.</param>
    /// <param name="filter">What to keep; everything (events only) when null.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is null.</exception>
    public static Timeline Build(DatasetIndex index, TimelineFilter? filter = null)
    {
        Guard.NotNull(index, nameof(index));
        filter ??= new TimelineFilter();
        var period = filter.Period is { } p ? index.ExtentOf(p) : (TimeExtent?)null;
        var candidates = Candidates(index, filter, period);
        var atMost = candidates.TryGetNonEnumeratedCount(out var count) ? count : 0;

        return Arrange(index, candidates.Where(entry => Keeps(filter, entry)), atMost, period);
    }

    /// <summary>Puts entries in timeline order, keeping only those overlapping the period when one is given.</summary>
    /// <param name="index">The index, for its default zone.</param>
    /// <param name="entries">The entries.</param>
    /// <param name="atMost">How many entries there can be: the list of dated ones starts at that size rather than growing by copies.</param>
    /// <param name="period">The period to keep, or null for everything.</param>
    /// <remarks>
    /// Each distinct time is placed once (its extent, text and span found once, then ranked by <see cref="Chronology.Ranks"/>),
    /// each id given its ordinal rank once (<see cref="OrdinalRanks"/>), and the entries are then put in order by one
    /// radix sort of those ranks and their kinds packed in one integer: no comparison of two entries. What the sort
    /// and the lists need of an entry is read once, in the entries' own order, into a flat array of rows.
    /// </remarks>
    internal static Timeline Arrange(DatasetIndex index, IEnumerable<TimelineEntry> entries, int atMost, TimeExtent? period = null)
    {
        var chronology = new Chronology(index.DefaultZone);
        var times = new Dictionary<TimeValue, int>();
        var keys = new List<Chronology.Key>();
        var dated = new List<Row>(atMost);
        var undated = new List<Row>();
        foreach (var entry in entries)
        {
            if (entry.Time is { } time)
            {
                ref var distinct = ref CollectionsMarshal.GetValueRefOrAddDefault(times, time, out var seen);
                if (!seen)
                {
                    distinct = keys.Count;
                    keys.Add(chronology.KeyOf(time));
                }

                if (period is not { } range || keys[distinct].Extent.Overlaps(range))
                {
                    dated.Add(Row.Of(entry, time, distinct));
                }
            }
            else if (period is null)
            {
                undated.Add(Row.Of(entry, null, 0));
            }
        }

        var timeRanks = chronology.Ranks(keys);
        var datedOrder = Order(CollectionsMarshal.AsSpan(dated), timeRanks);
        var undatedOrder = Order(CollectionsMarshal.AsSpan(undated), [0]);

        // Everything is taken from the rows (flat, read in the new order) and the entries made in it, so that a reader
        // of the timeline goes through memory in order; nothing goes back to the entries, scattered through the heap.
        var arranged = new DatedTimelineEntry[dated.Count];
        var all = new TimelineEntry[dated.Count + undated.Count];
        var standings = new Standing[all.Length];
        for (var i = 0; i < arranged.Length; i++)
        {
            var row = dated[datedOrder[i]];
            arranged[i] = new DatedTimelineEntry(row.Entry, row.Time!, keys[row.DistinctTime].Span);
            (all[i], standings[i]) = (row.Entry, row.Standing);
        }

        var unplaced = new TimelineEntry[undated.Count];
        for (var i = 0; i < unplaced.Length; i++)
        {
            var row = undated[undatedOrder[i]];
            (unplaced[i], all[arranged.Length + i], standings[arranged.Length + i]) = (row.Entry, row.Entry, row.Standing);
        }

        return new Timeline(
            ImmutableCollectionsMarshal.AsImmutableArray(arranged),
            ImmutableCollectionsMarshal.AsImmutableArray(unplaced),
            ImmutableCollectionsMarshal.AsImmutableArray(all),
            standings);
    }

    /// <summary>
    /// The positions of the rows in order of their time's rank, then kind (events first), then id (ordinal), by one
    /// stable radix sort of the three packed in one integer.
    /// </summary>
    /// <param name="rows">The rows.</param>
    /// <param name="timeRanks">The rank of each distinct time, by the rows' <see cref="Row.DistinctTime"/>.</param>
    private static int[] Order(ReadOnlySpan<Row> rows, ReadOnlySpan<int> timeRanks)
    {
        var ids = new string[rows.Length];
        var maxKind = 0;
        for (var at = 0; at < rows.Length; at++)
        {
            ids[at] = rows[at].Entry.Id;
            maxKind = Math.Max(maxKind, (int)rows[at].Kind);
        }

        var idRanks = OrdinalRanks.Of(ids);
        var idBits = CachePartitions.KeyBits(rows.Length);
        var kindBits = CachePartitions.KeyBits(maxKind);
        var keys = new long[rows.Length];
        for (var at = 0; at < rows.Length; at++)
        {
            keys[at] = ((long)timeRanks[rows[at].DistinctTime] << (idBits + kindBits)) | ((long)rows[at].Kind << idBits) | (long)idRanks[at];
        }

        return RadixOrder.Of(keys);
    }

    /// <summary>Returns one entry a line.</summary>
    public override string ToString() => string.Join("\n", Entries);

    private static IEnumerable<TimelineEntry> Candidates(DatasetIndex index, TimelineFilter filter, TimeExtent? period)
    {
        // Narrow through the index where one filter selects directly; Keeps applies the rest.
        IEnumerable<Event> events = filter.Actors.Length == 1
            ? index.EventsOf(filter.Actors[0])
            : filter.Types.Length == 1
                ? index.EventsOfType(filter.Types[0])
                : period is { } range
                    ? index.EventsDuring(range)
                    : index.Dataset.Events;
        var entries = events.Select(TimelineEntry.Of);
        if (filter.IncludeStatements)
        {
            entries = entries.Concat(index.Dataset.Statements.Select(TimelineEntry.Of));
        }

        return entries;
    }

    private static bool Keeps(TimelineFilter filter, TimelineEntry entry)
    {
        if (!filter.Actors.IsEmpty && !filter.Actors.Any(entry.Involves))
        {
            return false;
        }

        if (entry.Event is { } e)
        {
            if (!filter.Types.IsEmpty && !filter.Types.Contains(e.Type))
            {
                return false;
            }

            if (!filter.Statuses.IsEmpty && !filter.Statuses.Contains(e.Status))
            {
                return false;
            }
        }

        if (filter.Place is { } place)
        {
            var at = entry.Event?.Place ?? entry.Statement?.Place;
            if (at is null || !(AnalysisText.SamePlaceText(at.Name, place) || AnalysisText.SamePlaceText(at.Country, place)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What ordering an entry and sorting it into the lists need of it, read once while the entry is at hand.</summary>
    /// <param name="Entry">The entry.</param>
    /// <param name="Time">Its time, or null.</param>
    /// <param name="DistinctTime">The ordinal of its time among the distinct times (0 for an undated entry).</param>
    /// <param name="Kind">Its kind.</param>
    /// <param name="Standing">Which list it is in.</param>
    private readonly record struct Row(TimelineEntry Entry, TimeValue? Time, int DistinctTime, TimelineEntryKind Kind, Standing Standing)
    {
        public static Row Of(TimelineEntry entry, TimeValue? time, int distinctTime) => new(
            entry,
            time,
            distinctTime,
            entry.Kind,
            entry.IsRealized ? Standing.Realized : entry.IsDisputed ? Standing.Disputed : Standing.Unrealized);
    }
}
