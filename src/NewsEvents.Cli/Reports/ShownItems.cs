namespace NewsEvents.Cli.Reports;

/// <summary>
/// Gathers a section's items one at a time and keeps only those the section can show under its <see cref="ReportCaps"/>:
/// the first ones, or with a rank, the highest ranked. For a section found while another is read, which is then
/// never held whole (the most-reported events of a million, found in the one reading of the timeline).
/// </summary>
/// <typeparam name="T">The items.</typeparam>
internal sealed class ShownItems<T>
{
    private readonly ReportCaps _caps;

    private readonly Func<T, long>? _rank;

    private readonly List<T> _first = [];

    private readonly HighestRanked<T>? _highest;

    // Whether the section is shown whole is known only at its end: until then, keep what either way shows.
    private readonly int _keep;

    /// <param name="caps">How much of the section is shown.</param>
    /// <param name="rank">
    /// The section's order, the highest ranked first and ties in the order added; null for the order added.
    /// </param>
    public ShownItems(ReportCaps caps, Func<T, long>? rank)
    {
        ArgumentNullException.ThrowIfNull(caps);
        (_caps, _rank) = (caps, rank);
        _keep = Math.Max(caps.Top, caps.ShownWholeUpTo);
        _highest = rank is null ? null : new HighestRanked<T>(_keep);
    }

    /// <summary>How many items the section has.</summary>
    public int Count { get; private set; }

    public void Add(T item)
    {
        if (_highest is not null)
        {
            _highest.Add(item, _rank!(item));
        }
        else if (_first.Count < _keep)
        {
            _first.Add(item);
        }

        Count++;
    }

    /// <summary>The items shown, in the section's order: what <see cref="ReportCaps.Shown{T}"/> gives of the whole section in that order.</summary>
    public List<T> Shown()
    {
        var kept = _highest?.HighestFirst() ?? _first;
        return kept[..(_caps.More(Count) == 0 ? kept.Count : _caps.Top)];
    }
}
