namespace NewsEvents.Anchoring;

/// <summary>Where a quote occurs in a text, in code points, as evidence offsets count: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
/// <param name="Start">The first code point of the occurrence (0-based).</param>
/// <param name="End">The code point after it.</param>
public readonly record struct QuoteOccurrence(int Start, int End)
{
    /// <summary>Returns <c>start..end</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Start}..{End}");
}
