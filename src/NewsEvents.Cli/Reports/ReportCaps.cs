namespace NewsEvents.Cli.Reports;

/// <summary>
/// How much of each of a report's sections is shown. A section of at most <see cref="ShownWholeUpTo"/>
/// items is shown whole by default, so the report of an article stays complete; a longer one shows its
/// <see cref="Top"/> items that matter most (<see cref="ReportImportance"/>) and says how many are left out,
/// so the report of a million events stays small. <c>--top N</c> cuts every section to N; <c>--full</c> cuts none.
/// </summary>
/// <param name="Top">How many items a cut section shows.</param>
/// <param name="ShownWholeUpTo">The longest section shown whole.</param>
internal sealed record ReportCaps(int Top, int ShownWholeUpTo)
{
    /// <summary>How many items a cut section shows by default.</summary>
    public const int DefaultTop = 20;

    /// <summary>The default: sections of up to 50 items whole (the seed's longest has 41), longer ones cut to 20.</summary>
    public static ReportCaps Default { get; } = new(DefaultTop, 50);

    /// <summary>Every section whole (<c>--full</c>).</summary>
    public static ReportCaps Full { get; } = new(int.MaxValue, int.MaxValue);

    /// <summary>The caps asked for: every section whole with <paramref name="full"/>, else cut to <paramref name="top"/> when given, else <see cref="Default"/>.</summary>
    public static ReportCaps Of(int? top, bool full) => full ? Full : top is { } n ? TopOf(n) : Default;

    /// <summary>Every section cut to <paramref name="top"/> items (<c>--top N</c>).</summary>
    public static ReportCaps TopOf(int top) => new(top, top);

    /// <summary>
    /// The items of a section to show: all of them when the section is shown whole, else the <see cref="Top"/>
    /// with the greatest <paramref name="importance"/> (in their order when it is null), ties in their order.
    /// </summary>
    public IEnumerable<T> Shown<T>(IReadOnlyCollection<T> items, Func<T, long>? importance = null) =>
        !Cuts(items.Count) ? items
        : importance is null ? items.Take(Top)
        : MostImportant(items, importance);

    /// <summary>
    /// The items of a section to show, as <see cref="Shown{T}"/> chooses them and held, in one reading of the section
    /// that also passes every item, shown or not, to <paramref name="tally"/> (for the counts a heading gives): a
    /// section made as it is read (<see cref="ReportSection{T}"/>) is then made once, however much a writer measures.
    /// </summary>
    public IReadOnlyList<T> ShownTallying<T>(IReadOnlyCollection<T> items, Func<T, long>? importance, Action<T> tally)
    {
        var tallied = items.Select(item =>
        {
            tally(item);
            return item;
        });
        if (!Cuts(items.Count))
        {
            return [.. tallied];
        }

        if (importance is not null)
        {
            return MostImportant(tallied, importance);
        }

        // Read to the end, not Take(Top): every item is tallied.
        var first = new List<T>();
        foreach (var item in tallied)
        {
            if (first.Count < Top)
            {
                first.Add(item);
            }
        }

        return first;
    }

    /// <summary>How many items of a section are left out.</summary>
    public int More<T>(IReadOnlyCollection<T> items) => More(items.Count);

    /// <summary>How many items of a section of <paramref name="count"/> items are left out.</summary>
    public int More(int count) => Cuts(count) ? count - Top : 0;

    /// <summary>
    /// The <see cref="Top"/> items of greatest importance, most important first, ties in their order: what
    /// <c>OrderByDescending(importance).Take(Top)</c> gives, holding <see cref="Top"/> items while reading
    /// instead of the whole section (a section may be made as it is read, <see cref="ReportSection{T}"/>).
    /// </summary>
    private List<T> MostImportant<T>(IEnumerable<T> items, Func<T, long> importance)
    {
        var kept = new HighestRanked<T>(Top);
        foreach (var item in items)
        {
            kept.Add(item, importance(item));
        }

        return kept.HighestFirst();
    }

    private bool Cuts(int count) => count > ShownWholeUpTo && count > Top;
}
