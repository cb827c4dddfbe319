using System.Collections.Immutable;

namespace NewsEvents.Cli.Reports;

/// <summary>The bars of the events-per-month chart that a report shows (<see cref="EventsPerMonth.Rows"/>).</summary>
/// <param name="Unit">What each bar counts.</param>
/// <param name="Shown">The bars shown, in time order, empty periods included.</param>
/// <param name="More">How many bars are left out (only when even decades are more than the section shows).</param>
internal sealed record ChartRows(ChartUnit Unit, ImmutableArray<ChartRow> Shown, int More);
