using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
using NodaTime;

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
    private Timeline(ImmutableArray<DatedTimelineEntry> dated, ImmutableArray<TimelineEntry> undated)
    {
        Dated = dated;
        Undated = undated;
        Entries = [.. dated.Select(d => d.Entry), .. undated];
        Realized = [.. Entries.Where(e => e.IsRealized)];
        Disputed = [.. Entries.Where(e => e.IsDisputed)];
        Unrealized = [.. Entries.Where(e => !e.IsRealized && !e.IsDisputed)];
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
    /// radix sort of those ranks and their kinds packed in one integer: no comparison of two entries.
    /// </remarks>
    internal static Timeline Arrange(DatasetIndex index, IEnumerable<TimelineEntry> entries, int atMost, TimeExtent? period = null)
    {
        var chronology = new Chronology(index.DefaultZone);
        var times = new Dictionary<TimeValue, int>();
        var keys = new List<Chronology.Key>();
        var spans = new List<Interval>();
        var dated = new List<DatedTimelineEntry>(atMost);
        var timeOfDated = new List<int>(atMost);
        var undated = new List<TimelineEntry>();
        foreach (var entry in entries)
        {
            if (entry.Time is { } time)
            {
                ref var distinct = ref CollectionsMarshal.GetValueRefOrAddDefault(times, time, out var seen);
                if (!seen)
                {
                    distinct = keys.Count;
                    keys.Add(chronology.KeyOf(time));
                    spans.Add(time.ToInterval(index.DefaultZone));
                }

                if (period is not { } range || keys[distinct].Extent.Overlaps(range))
                {
                    dated.Add(new DatedTimelineEntry(entry, time, spans[distinct]));
                    timeOfDated.Add(distinct);
                }
            }
            else if (period is null)
            {
                undated.Add(entry);
            }
        }

        var timeRanks = chronology.Ranks(keys);
        var order = KindThenIdOrder(dated.Count, at => dated[at].Entry, at => timeRanks[timeOfDated[at]]);
        var arranged = new DatedTimelineEntry[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            arranged[i] = dated[order[i]];
        }

        var undatedOrder = KindThenIdOrder(undated.Count, at => undated[at], static _ => 0);
        var undatedArranged = new TimelineEntry[undatedOrder.Length];
        for (var i = 0; i < undatedOrder.Length; i++)
        {
            undatedArranged[i] = undated[undatedOrder[i]];
        }

        return new Timeline(ImmutableCollectionsMarshal.AsImmutableArray(arranged), ImmutableCollectionsMarshal.AsImmutableArray(undatedArranged));
    }

    /// <summary>
    /// The positions of entries in order of a leading rank (the time's), then kind (events first), then id (ordinal),
    /// by one stable radix sort of the three packed in one integer.
    /// </summary>
    private static int[] KindThenIdOrder(int count, Func<int, TimelineEntry> entryAt, Func<int, int> leadingRank)
    {
        var ids = new string[count];
        var maxKind = 0;
        for (var at = 0; at < count; at++)
        {
            var entry = entryAt(at);
            ids[at] = entry.Id;
            maxKind = Math.Max(maxKind, (int)entry.Kind);
        }

        var idRanks = OrdinalRanks.Of(ids);
        var idBits = BitsFor(count);
        var kindBits = BitsFor(maxKind);
        var keys = new long[count];
        for (var at = 0; at < count; at++)
        {
            keys[at] = ((long)leadingRank(at) << (idBits + kindBits)) | ((long)entryAt(at).Kind << idBits) | (long)idRanks[at];
        }

        return RadixOrder.Of(keys);
    }

    /// <summary>The bits that hold every value from 0 to <paramref name="max"/>.</summary>
    private static int BitsFor(int max) => 32 - BitOperations.LeadingZeroCount((uint)max);

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
}
