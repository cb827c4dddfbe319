using NewsEvents.Interop.Icews;
using NewsEvents.Interop.Plover;
using NewsEvents.Interop.Polecat;
using NewsEvents.Interop.Sources;

namespace NewsEvents.Interop.Tests.Sources;

/// <summary>POLECAT, ICEWS and PLOVER JSON Lines stream: records come out while most of a large file is still unread.</summary>
public class StreamingSourcesTests
{
    private const int Copies = 20_000;

    public static TheoryData<string> StreamedFixtures => [EventSources.Icews, EventSources.Polecat, "plover_manual_handwritten.jsonl"];

    [Theory]
    [MemberData(nameof(StreamedFixtures))]
    public void The_first_records_come_before_the_file_is_read(string fixture)
    {
        var lines = Fixtures.Lines(fixture);
        var header = fixture.EndsWith(".jsonl", StringComparison.Ordinal) ? string.Empty : lines[0] + "\n";
        var row = fixture.EndsWith(".jsonl", StringComparison.Ordinal) ? lines[0] : lines[1];
        var idColumn = fixture.EndsWith(".jsonl", StringComparison.Ordinal) ? "XMV-2025-0001" : Fixtures.Columns(row)[0];
        var text = new System.Text.StringBuilder(header);
        for (var i = 0; i < Copies; i++)
        {
            text.Append(row.Replace(idColumn, idColumn + "-" + i, StringComparison.Ordinal)).Append('\n');
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(text.ToString());
        var opened = new List<MemoryStream>();
        var source = new ImportSource("big", () =>
        {
            var stream = new MemoryStream(bytes, writable: false);
            opened.Add(stream);
            return stream;
        });

        using var records = ImporterFor(fixture).ReadRecords([source], new DatasetId("d")).GetEnumerator();
        var events = 0;
        for (var i = 0; i < 20 && records.MoveNext(); i++)
        {
            events += records.Current.Value is Event ? 1 : 0;
        }

        events.Should().BeGreaterThan(3);
        opened.Last().Position.Should().BeLessThan(bytes.Length / 10, "the import reads as it goes, not the whole file first");
    }

    private static EventSourceImporter ImporterFor(string fixture) => fixture switch
    {
        EventSources.Icews => new IcewsImporter(),
        EventSources.Polecat => new PolecatImporter(),
        _ => new PloverImporter(),
    };
}
