using NewsEvents.Analysis;

namespace NewsEvents.Cli.Reports;

/// <summary>Claims that cannot all hold, as one group: every claim of <see cref="First"/> against every claim of <see cref="Second"/>.</summary>
/// <param name="Number">Its number in the report, from 1.</param>
/// <param name="Kind">An explicit link, or opposite polarities on one proposition.</param>
/// <param name="Proposition">The proposition, for opposite polarities.</param>
/// <param name="About">The ids of the events and actors both sides are about.</param>
/// <param name="First">The ids of the claims on one side (the linking claim, or those asserting).</param>
/// <param name="Second">The ids of the claims on the other (the linked claim, or those denying).</param>
internal sealed record ContradictionEntry(int Number, ContradictionKind Kind, string? Proposition, ReportList<string> About, ReportList<string> First, ReportList<string> Second);
