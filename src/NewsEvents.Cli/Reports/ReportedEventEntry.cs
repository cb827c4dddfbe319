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
    /// Ranks the events reported more than once (in two spans or more), the most reported first
    /// (<see cref="ReportImportance.Reported"/>), ties in the timeline's order, given one at a time in that order.
    /// An event reported once is in the timeline only. Only the events shown are kept.
    /// </summary>
    /// <param name="index">The dataset's index, for the claims about each event.</param>
    /// <param name="caps">How many of the events are shown.</param>
    internal sealed class Ranking(DatasetIndex index, ReportCaps caps)
    {
        private readonly HashSet<DocumentId> _documents = [];

        private readonly ShownItems<(int At, int Documents, int Spans)> _ranked = new(caps, e => ReportImportance.Reported(e.Documents, e.Spans));

        /// <summary>Takes the next event of the timeline, at <paramref name="at"/> in it.</summary>
        public void Add(Event e, int at)
        {
            var claims = index.ClaimsAbout(e.Id);
            var spans = e.Evidence.Length;
            foreach (var claim in claims)
            {
                spans += claim.Evidence.Length;
            }

            if (spans < 2)
            {
                return;
            }

            _documents.Clear();
            foreach (var span in e.Evidence)
            {
                _documents.Add(span.Document);
            }

            foreach (var claim in claims)
            {
                foreach (var span in claim.Evidence)
                {
                    _documents.Add(span.Document);
                }
            }

            _ranked.Add((at, _documents.Count, spans));
        }

        /// <param name="entryAt">The report's entry of the timeline's event at a position.</param>
        public ShownSection<ReportedEventEntry> Ranked(Func<int, TimelineEntry> entryAt) =>
            new([.. _ranked.Shown().Select(e => new ReportedEventEntry(entryAt(e.At), e.Documents, e.Spans))], _ranked.Count);
    }
}
