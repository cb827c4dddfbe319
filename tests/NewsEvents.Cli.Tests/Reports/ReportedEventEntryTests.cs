namespace NewsEvents.Cli.Tests.Reports;

public sealed class ReportedEventEntryTests
{
    [Fact]
    public void Events_are_ranked_by_the_documents_then_the_spans_of_the_event_and_of_the_claims_about_it()
    {
        var d1 = new DocumentId("d1");
        var d2 = new DocumentId("d2");
        Evidence Span(DocumentId document, int start) => new(document, start, start + 1);
        var dataset = ReportEvents.Of(
            [
                ReportEvents.At("once", "2020-01-01", EventStatus.Occurred, Span(d1, 0)),
                ReportEvents.At("three-spans", "2020-01-02", EventStatus.Occurred, Span(d1, 1), Span(d1, 2), Span(d1, 3)),
                ReportEvents.At("two-documents", "2020-01-03", EventStatus.Occurred, Span(d1, 4)),
                ReportEvents.At("two-spans", "2020-01-04", EventStatus.Occurred, Span(d2, 5), Span(d2, 6)),
                ReportEvents.At("untold", null),
            ],
            [("d1", null), ("d2", null)],
            [new Claim
            {
                Id = new ClaimId("c1"), Claimant = new ActorId("a"), Proposition = "It happened", Polarity = ClaimPolarity.Positive,
                Certainty = ClaimCertainty.Certain, About = new ClaimSubjects { Events = [new EventId("two-documents")] }, Evidence = [Span(d2, 7)],
            }]);

        var ranked = ReportEvents.Report(dataset).MostReported;

        ranked.Shown.Select(e => (e.Event.EventId, e.Documents, e.Spans)).Should().Equal(
            ("two-documents", 2, 2), ("three-spans", 1, 3), ("two-spans", 1, 2));
    }
}
