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
/// <para>Built in O(n log n).</para>
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
    internal static Timeline Arrange(DatasetIndex index, IEnumerable<TimelineEntry> entries, int atMost, TimeExtent? period = null)
    {
        var chronology = new Chronology(index.DefaultZone);
        var dated = new List<(DatedTimelineEntry Entry, Chronology.Key Key)>(atMost);
        var undated = new List<TimelineEntry>();
        foreach (var entry in entries)
        {
            if (entry.Time is { } time)
            {
                var key = chronology.KeyOf(time);
                if (period is not { } range || key.Extent.Overlaps(range))
                {
                    dated.Add((new DatedTimelineEntry(entry, time, index.DefaultZone), key));
                }
            }
            else if (period is null)
            {
                undated.Add(entry);
            }
        }

        var order = ChronologicalOrder(dated, chronology);
        var arranged = new DatedTimelineEntry[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            arranged[i] = dated[order[i]].Entry;
        }

        undated.Sort(CompareKindThenId);
        return new Timeline(ImmutableCollectionsMarshal.AsImmutableArray(arranged), [.. undated]);
    }

    /// <summary>
    /// The positions of the dated entries in timeline order. The integer parts of the order (the position, the start,
    /// the end, the precision) are sorted by a linear radix sort, least significant first; only the entries that
    /// agree on all four (the same day or month, of the same precision) are compared further, by text, what lies
    /// beyond the value, kind and id.
    /// </summary>
    private static int[] ChronologicalOrder(List<(DatedTimelineEntry Entry, Chronology.Key Key)> dated, Chronology chronology)
    {
        var count = dated.Count;
        var keys = new long[count];
        var order = Enumerable.Range(0, count).ToArray();
        foreach (var part in (ReadOnlySpan<Func<Chronology.Key, long>>)[static k => (long)k.Time.Precision, static k => k.Extent.End, static k => k.Extent.Start, static k => k.Position])
        {
            for (var i = 0; i < count; i++)
            {
                keys[i] = part(dated[order[i]].Key);
            }

            var by = RadixOrder.Of(keys);
            var next = new int[count];
            for (var i = 0; i < count; i++)
            {
                next[i] = order[by[i]];
            }

            order = next;
        }

        for (int start = 0, end = 1; start < count; start = end, end = start + 1)
        {
            var first = dated[order[start]].Key;
            while (end < count && SameIntegerParts(first, dated[order[end]].Key))
            {
                end++;
            }

            if (end - start > 1)
            {
                order.AsSpan(start, end - start).Sort((x, y) =>
                {
                    var c = chronology.Compare(dated[x].Key, dated[y].Key);
                    return c != 0 ? c : CompareKindThenId(dated[x].Entry.Entry, dated[y].Entry.Entry);
                });
            }
        }

        return order;
    }

    private static bool SameIntegerParts(Chronology.Key x, Chronology.Key y) =>
        x.Position == y.Position && x.Extent == y.Extent && x.Time.Precision == y.Time.Precision;

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

    private static int CompareKindThenId(TimelineEntry x, TimelineEntry y)
    {
        // Enum.CompareTo boxes its argument; the default comparer of an enum does not.
        var c = Comparer<TimelineEntryKind>.Default.Compare(x.Kind, y.Kind);
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }
}
