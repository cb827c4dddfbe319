using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>Makes <see cref="ReportList{T}"/>s, reading no more of the source than it keeps.</summary>
internal static class ReportLists
{
    /// <summary>The most items a list inside a report entry shows; the seed's longest has seven.</summary>
    public const int MaxItems = 20;

    /// <summary>The first <see cref="MaxItems"/> of <paramref name="items"/>, each made by <paramref name="select"/>.</summary>
    public static ReportList<TResult> Of<T, TResult>(ImmutableArray<T> items, Func<T, TResult> select) =>
        new([.. items.Take(MaxItems).Select(select)], items.Length);

    /// <summary>The first <see cref="MaxItems"/> of <paramref name="items"/>, whose length is <paramref name="total"/>.</summary>
    public static ReportList<T> Of<T>(IEnumerable<T> items, int total) => new([.. items.Take(MaxItems)], total);

    /// <summary>"a, b, c", then "and N more" when items are left out.</summary>
    public static string Join<T>(this ReportList<T> list, Func<T, string> text, string separator = ", ")
    {
        var shown = string.Join(separator, list.Items.Select(text));
        return list.More == 0 ? shown : $"{shown}{separator}and {list.More} more";
    }
}
