using System.Collections;

namespace NewsEvents.Cli.Reports;

/// <summary>
/// A section of a report whose entries are made each time it is read, never held: the report of a
/// million events keeps its analyses, not a million entries besides them. Reading it again makes the
/// same entries (the analyses do not change), but makes them all again: a writer asks for what it
/// shows (<see cref="Shown"/>), which chooses on the analyses' items and makes the entries of those alone.
/// </summary>
/// <typeparam name="T">The entries.</typeparam>
internal sealed class ReportSection<T> : IReadOnlyCollection<T>
{
    private readonly Func<IEnumerable<T>> _entries;

    private readonly Func<ReportCaps, IReadOnlyList<T>> _shown;

    /// <param name="count">How many entries <paramref name="entries"/> makes.</param>
    /// <param name="entries">Makes the entries, in the section's order.</param>
    /// <param name="shown">
    /// Makes the entries shown under the caps given, as <see cref="ReportCaps.Shown{T}"/> chooses them by the section's
    /// importance (<see cref="ReportImportance"/>); when null, chosen so from every entry made.
    /// </param>
    public ReportSection(int count, Func<IEnumerable<T>> entries, Func<ReportCaps, IReadOnlyList<T>>? shown = null)
    {
        Count = count;
        _entries = entries;
        _shown = shown ?? (caps => [.. caps.Shown(this)]);
    }

    /// <summary>A section whose entries, cheap to make, are all made to choose the shown by their <paramref name="importance"/>.</summary>
    public ReportSection(int count, Func<IEnumerable<T>> entries, Func<T, long> importance)
        : this(count, entries) => _shown = caps => [.. caps.Shown(this, importance)];

    /// <summary>A section with no entries.</summary>
    public static ReportSection<T> Empty { get; } = new(0, () => []);

    /// <summary>How many entries the section has.</summary>
    public int Count { get; }

    /// <summary>How many entries the section has (as for the sections held as arrays).</summary>
    public int Length => Count;

    public bool IsEmpty => Count == 0;

    /// <summary>The entries shown under <paramref name="caps"/>, the section read once.</summary>
    public IReadOnlyList<T> Shown(ReportCaps caps)
    {
        ArgumentNullException.ThrowIfNull(caps);
        return _shown(caps);
    }

    public IEnumerator<T> GetEnumerator() => _entries().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
