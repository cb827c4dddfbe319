using System.Collections;

namespace NewsEvents.Cli.Reports;

/// <summary>
/// A section of a report whose entries are made each time it is read, never held: the report of a
/// million events keeps its analyses, not a million entries besides them. Reading it again makes the
/// same entries (the analyses do not change), but makes them all again: a writer reads it once, measuring
/// while it chooses what to show (<see cref="ReportCaps.ShownTallying{T}"/>), and measures column widths on what it shows.
/// </summary>
/// <typeparam name="T">The entries.</typeparam>
/// <param name="count">How many entries <paramref name="entries"/> makes.</param>
/// <param name="entries">Makes the entries, in the section's order.</param>
internal sealed class ReportSection<T>(int count, Func<IEnumerable<T>> entries) : IReadOnlyCollection<T>
{
    /// <summary>A section with no entries.</summary>
    public static ReportSection<T> Empty { get; } = new(0, () => []);

    /// <summary>How many entries the section has.</summary>
    public int Count { get; } = count;

    /// <summary>How many entries the section has (as for the sections held as arrays).</summary>
    public int Length => Count;

    public bool IsEmpty => Count == 0;

    public IEnumerator<T> GetEnumerator() => entries().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
