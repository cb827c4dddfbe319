using NewsEvents.Cli.Reports;

namespace NewsEvents.Cli.Tests.Reports;

/// <summary>Events and datasets for the tests of the report's timeline sections.</summary>
internal static class ReportEvents
{
    public static readonly DocumentId Document = new("d1");

    /// <summary>An event with a time written as in the format (2020-01-13, 2019-02/2019-04), or none.</summary>
    public static Event At(string id, string? time, EventStatus status = EventStatus.Occurred, params Evidence[] evidence) => new()
    {
        Id = new EventId(id),
        Type = EventType.Meeting,
        Status = status,
        Summary = $"Event {id}",
        Time = time is null ? null : TimeValue.Parse(time),
        Evidence = [.. evidence],
    };

    /// <summary>A dataset of the events, with one document per id given (published when a time is given), and the claims.</summary>
    public static Dataset Of(IEnumerable<Event> events, IEnumerable<(string Id, string? Published)>? documents = null, IEnumerable<Claim>? claims = null) => new()
    {
        Id = new DatasetId("report-events"),
        Documents = [.. (documents ?? [("d1", null)]).Select(d => new Document
        {
            Id = new DocumentId(d.Id),
            Published = d.Published is null ? null : TimeValue.Parse(d.Published),
            Text = new string('x', 100),
        })],
        Actors = [new Actor { Id = new ActorId("a"), Kind = ActorKind.Person, Name = "A" }],
        Events = [.. events],
        Claims = [.. claims ?? []],
    };

    public static AnalysisReport Report(Dataset dataset) => AnalysisReportBuilder.Build(dataset, ReportCaps.Default);
}
