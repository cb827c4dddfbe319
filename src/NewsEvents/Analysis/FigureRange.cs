namespace NewsEvents.Analysis;

/// <summary>
/// The numbers a figure allows: "12" is 12, "about 200,000" within <see cref="FiguresAnalysis.AboutMargin"/>
/// of it, "at least 12" 12 and above, "more than 40" above 40, "at most 10" 10 and below, "up to 30"
/// likewise, a range its bounds (an open bound open).
/// </summary>
internal readonly record struct FigureRange(decimal? Low, bool LowOpen, decimal? High, bool HighOpen)
{
    public static FigureRange Of(Quantity quantity)
    {
        var (low, high) = (quantity.Value ?? quantity.Min, quantity.Value ?? quantity.Max);
        return quantity.Qualifier switch
        {
            QuantityQualifier.AtLeast => new(low, false, null, false),
            QuantityQualifier.MoreThan => new(low, true, null, false),
            QuantityQualifier.AtMost => new(null, false, high, false),
            QuantityQualifier.LessThan => new(null, false, high, true),
            QuantityQualifier.About => new(low - (Math.Abs(low ?? 0) * FiguresAnalysis.AboutMargin), false, high + (Math.Abs(high ?? 0) * FiguresAnalysis.AboutMargin), false),
            _ => new(low, false, high, false),
        };
    }

    /// <summary>Whether one number is allowed by every range (in one dimension, ranges that overlap pairwise share a number).</summary>
    public static bool AllOverlap(IEnumerable<FigureRange> ranges)
    {
        decimal? low = null, high = null;
        bool lowOpen = false, highOpen = false;
        foreach (var range in ranges)
        {
            if (range.Low is { } l && (low is not { } current || l > current || (l == current && range.LowOpen)))
            {
                (low, lowOpen) = (l, range.LowOpen || (l == low && lowOpen));
            }

            if (range.High is { } h && (high is not { } top || h < top || (h == top && range.HighOpen)))
            {
                (high, highOpen) = (h, range.HighOpen || (h == high && highOpen));
            }
        }

        return low is not { } lo || high is not { } hi || lo < hi || (lo == hi && !lowOpen && !highOpen);
    }
}
