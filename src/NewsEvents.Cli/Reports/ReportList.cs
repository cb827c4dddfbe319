using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>
/// A list inside a report entry (the participants of an event, the sources of a claim, a side's
/// members), cut to <see cref="MaxItems"/> items with the count of the rest: the report then grows
/// linearly with the data even where a list may be as long as the data (a proposition asserted by
/// thousands of sources, an event with thousands of participants).
/// </summary>
/// <param name="Items">The first items, at most <see cref="MaxItems"/>.</param>
/// <param name="Total">How many there are in all.</param>
internal sealed record ReportList<T>(ImmutableArray<T> Items, int Total)
{
    /// <summary>An empty list.</summary>
    public static ReportList<T> Empty { get; } = new([], 0);

    /// <summary>How many items are left out.</summary>
    public int More => Total - Items.Length;

    public bool IsEmpty => Total == 0;
}
