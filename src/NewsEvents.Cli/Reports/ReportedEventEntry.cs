using System.Collections.Immutable;
using NewsEvents.Analysis;

namespace NewsEvents.Cli.Reports;

/// <summary>
/// An event of the most-reported list: how widely the dataset reports it, counted over the evidence
/// spans of the event itself and of the claims about it — the documents they lie in, then the spans.
/// </summary>
/// <param name="Event">The event, as the timeline shows it.</param>
/// <param name="Documents">How many documents tell of the event (in a span of the event or of a claim about it).</param>
/// <param name="Spans">How many evidence spans tell of it.</param>
internal sealed record ReportedEventEntry(TimelineEntry Event, int Documents, int Spans)
{
    /// <summary>
    /// The events reported more than once (in two spans or more), the most reported first
    /// (<see cref="ReportImportance.Of(ReportedEventEntry)"/>), ties in the timeline's order.
    /// An event reported once is in the timeline only.
    /// </summary>
    /// <param name="index">The dataset's index, for the claims about each event.</param>
    /// <param name="events">The events with their timeline entries, in the timeline's order.</param>
    public static ImmutableArray<ReportedEventEntry> Rank(DatasetIndex index, ImmutableArray<(Event Event, TimelineEntry Entry)> events)
    {
        ArgumentNullException.ThrowIfNull(index);
        var reported = new List<ReportedEventEntry>();
        var documents = new HashSet<DocumentId>();
        foreach (var (e, entry) in events)
        {
            var claims = index.ClaimsAbout(e.Id);
            var spans = e.Evidence.Length + claims.Sum(c => c.Evidence.Length);
            if (spans < 2)
            {
                continue;
            }

            documents.Clear();
            documents.UnionWith(e.Evidence.Select(s => s.Document));
            documents.UnionWith(claims.SelectMany(c => c.Evidence).Select(s => s.Document));
            reported.Add(new ReportedEventEntry(entry, documents.Count, spans));
        }

        return [.. reported.OrderByDescending(ReportImportance.Of)];
    }
}
