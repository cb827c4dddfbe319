using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>
/// A section of which only what the report shows was kept (<see cref="ShownItems{T}"/>): the sections found while
/// another is read, such as the most-reported and the upcoming events, found in one reading of the timeline.
/// </summary>
/// <param name="Shown">The entries shown, in the section's order.</param>
/// <param name="Count">How many entries the section has.</param>
internal sealed record ShownSection<T>(ImmutableArray<T> Shown, int Count)
{
    /// <summary>How many entries are left out.</summary>
    public int More => Count - Shown.Length;
}
