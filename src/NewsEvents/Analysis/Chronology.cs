namespace NewsEvents.Analysis;

/// <summary>
/// The precision-aware order of times used by the analyses: by earliest start on the global
/// timeline (an open start first); then by end (an open end last), so that among times starting
/// together the finer comes first (2019-02-01, then 2019-W05, then 2019-02, then 2019); then by
/// precision (points before an interval covering the same time); then by the value's text.
/// </summary>
internal static class Chronology
{
    public static int Compare(TimeValue x, TimeExtent xe, TimeValue y, TimeExtent ye)
    {
        var c = xe.Start.CompareTo(ye.Start);
        if (c != 0)
        {
            return c;
        }

        c = xe.End.CompareTo(ye.End);
        if (c != 0)
        {
            return c;
        }

        c = x.Precision.CompareTo(y.Precision);
        return c != 0 ? c : string.CompareOrdinal(x.ToString(), y.ToString());
    }
}
