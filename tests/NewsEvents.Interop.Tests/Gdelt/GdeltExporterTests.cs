using System.Text;
using NewsEvents.Interop.Gdelt;

namespace NewsEvents.Interop.Tests.Gdelt;

/// <summary>Nothing dropped: every GDELT sample file, imported and written back, is byte-identical to itself.</summary>
public class GdeltExporterTests
{
    public static TheoryData<string> EventFiles => [Fixtures.Events2, Fixtures.TranslationEvents, Fixtures.Events1Mixed];

    public static TheoryData<string> MentionFiles => [Fixtures.Mentions2, Fixtures.TranslationMentions];

    [Theory]
    [MemberData(nameof(EventFiles))]
    public void An_imported_events_file_written_back_is_byte_identical(string file)
    {
        var dataset = ThroughJson(Import(file));

        Write(GdeltExporter.WriteEvents, dataset).Should().Equal(File.ReadAllBytes(Fixtures.PathOf(file)));
    }

    [Theory]
    [MemberData(nameof(MentionFiles))]
    public void An_imported_mentions_file_written_back_is_byte_identical(string file)
    {
        var dataset = ThroughJson(Import(file));

        Write(GdeltExporter.WriteMentions, dataset).Should().Equal(File.ReadAllBytes(Fixtures.PathOf(file)));
        Write(GdeltExporter.WriteEvents, dataset).Should().BeEmpty("events known only from their mentions have no row of their own");
    }

    [Theory]
    [InlineData(Fixtures.Events2, Fixtures.Mentions2)]
    [InlineData(Fixtures.TranslationEvents, Fixtures.TranslationMentions)]
    public void Events_and_mentions_imported_together_are_both_written_back_byte_identical(string events, string mentions)
    {
        var dataset = ThroughJson(Import(events, mentions));

        Write(GdeltExporter.WriteEvents, dataset).Should().Equal(File.ReadAllBytes(Fixtures.PathOf(events)));
        Write(GdeltExporter.WriteMentions, dataset).Should().Equal(File.ReadAllBytes(Fixtures.PathOf(mentions)));
        dataset.Events.Where(e => e.Evidence.Length > 0 && !e.Attributes.TryGetValue("newsevents:eventRowMissing", out _))
            .Should().NotBeEmpty("mentions of imported events are attached to them");
    }

    [Fact]
    public void An_imported_GKG_file_written_back_is_byte_identical_its_quotations_rebuilt_from_the_statements()
    {
        var dataset = ThroughJson(Import(Fixtures.Gkg21, Fixtures.Events2, Fixtures.Mentions2));

        Write(GdeltExporter.WriteGkg, dataset).Should().Equal(File.ReadAllBytes(Fixtures.PathOf(Fixtures.Gkg21)));
        Write(GdeltExporter.WriteEvents, dataset).Should().Equal(File.ReadAllBytes(Fixtures.PathOf(Fixtures.Events2)));
        Write(GdeltExporter.WriteMentions, dataset).Should().Equal(File.ReadAllBytes(Fixtures.PathOf(Fixtures.Mentions2)));
    }

    [Fact]
    public void A_GKG_document_whose_kept_column_was_removed_is_refused_naming_the_column()
    {
        var dataset = Import(Fixtures.Gkg21);
        var first = dataset.Documents[0];
        dataset = dataset with { Documents = [first with { Attributes = first.Attributes.Remove("gdelt:V2Tone") }] };

        FluentActions.Invoking(() => Write(GdeltExporter.WriteGkg, dataset)).Should().Throw<ArgumentException>()
            .WithMessage($"Document '{first.Id}' cannot be written as a GDELT row: it lacks the source attribute gdelt:V2Tone, which a document imported from GDELT has.");
    }

    [Fact]
    public void An_event_not_imported_from_GDELT_is_refused_with_its_id()
    {
        var dataset = new Dataset
        {
            Id = new DatasetId("d"),
            Events = [new Event { Id = new EventId("talks"), Type = EventType.Meeting, Status = EventStatus.Occurred }],
        };

        FluentActions.Invoking(() => Write(GdeltExporter.WriteEvents, dataset)).Should().Throw<ArgumentException>()
            .WithMessage("Event 'talks' cannot be written as a GDELT row: it lacks its GDELT columns*");
    }

    [Fact]
    public void An_event_whose_kept_column_was_removed_is_refused_naming_the_column()
    {
        var dataset = Import(Fixtures.Events2);
        var first = dataset.Events[0];
        dataset = dataset with { Events = [first with { Attributes = first.Attributes.Remove("gdelt:AvgTone") }] };

        FluentActions.Invoking(() => Write(GdeltExporter.WriteEvents, dataset)).Should().Throw<ArgumentException>()
            .WithMessage($"Event '{first.Id}' cannot be written as a GDELT row: it lacks the source attribute gdelt:AvgTone*");
    }

    private static Dataset Import(params string[] files) =>
        new GdeltImporter().ReadDataset([.. files.Select(Fixtures.Source)], new DatasetId("gdelt"));

    /// <summary>Through the format and back: what the exporter needs survives the JSON.</summary>
    private static Dataset ThroughJson(Dataset dataset) => NewsEventsJson.Deserialize(NewsEventsJson.SerializeToUtf8Bytes(dataset), new NewsEventsReaderOptions { Validate = false });

    private static byte[] Write(Func<Dataset, TextWriter, long> write, Dataset dataset)
    {
        using var text = new StringWriter();
        write(dataset, text);
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
