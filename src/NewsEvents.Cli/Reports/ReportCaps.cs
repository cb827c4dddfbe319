using System.Collections.Immutable;

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
    public IEnumerable<T> Shown<T>(ImmutableArray<T> items, Func<T, long>? importance = null) =>
        !Cuts(items.Length) ? items
        : importance is null ? items.Take(Top)
        : items.OrderByDescending(importance).Take(Top);

    /// <summary>How many items of a section are left out.</summary>
    public int More<T>(ImmutableArray<T> items) => Cuts(items.Length) ? items.Length - Top : 0;

    private bool Cuts(int count) => count > ShownWholeUpTo && count > Top;
}
