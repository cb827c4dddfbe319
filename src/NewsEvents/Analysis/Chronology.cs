using NodaTime;

namespace NewsEvents.Analysis;

/// <summary>
/// The precision-aware order of times used by the analyses: the order of
/// <see cref="TimeValueComparer"/> in the index's default zone. Spans are computed once per item and
/// compared first; the comparer settles the ties (finer first, points before intervals, text...).
/// </summary>
internal sealed class Chronology(DateTimeZone defaultZone)
{
    private readonly TimeValueComparer _comparer = new(defaultZone);

    public int Compare(TimeValue x, TimeExtent xe, TimeValue y, TimeExtent ye)
    {
        var c = xe.Start.CompareTo(ye.Start);
        if (c != 0)
        {
            return c;
        }

        c = xe.End.CompareTo(ye.End);
        return c != 0 ? c : _comparer.Compare(x, y);
    }
}
