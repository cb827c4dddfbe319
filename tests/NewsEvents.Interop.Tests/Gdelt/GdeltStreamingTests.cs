using System.Text;
using NewsEvents.Interop.Gdelt;
using NewsEvents.Streaming;
using NodaTime;
using NodaTime.Testing;
using static NewsEvents.Interop.Tests.Fixtures;

namespace NewsEvents.Interop.Tests.Gdelt;

// The memory measured is the whole process's: it is measured with no other test allocating beside it.
[Collection(MemoryCollection.Name)]
public class GdeltStreamingTests
{
    private static readonly ImportOptions FixedClock = new() { Clock = new FakeClock(Instant.FromUtc(2026, 12, 6, 9, 0)) };

    [Fact]
    public async Task JSON_Lines_written_while_reading_hold_the_same_dataset_as_an_import_in_memory()
    {
        ImportSource[] sources = [Source(Events2), Source(Mentions2)];
        var expected = new GdeltImporter(FixedClock).ReadDataset(sources, new DatasetId("gdelt"));
        using var lines = new MemoryStream();

        var written = new GdeltImporter(FixedClock).WriteJsonLines(sources, lines, new DatasetId("gdelt"));

        lines.Position = 0;
        var read = await JsonLinesReader.ReadDatasetAsync(lines);
        read.Should().Be(expected);
        written.Should().Be(1 + expected.Documents.Length + expected.Actors.Length + expected.Events.Length);
    }

    [Fact]
    public void Records_come_header_first_then_mention_documents_then_each_event_after_the_records_it_cites()
    {
        var records = new GdeltImporter().ReadRecords([Source(Events2), Source(Mentions2)], new DatasetId("gdelt")).ToList();

        records[0].Kind.Should().Be(JsonLinesRecordKind.Header);
        var written = new HashSet<string>();
        foreach (var record in records.Skip(1))
        {
            switch (record.Value)
            {
                case Document d: written.Add(d.Id.Value); break;
                case Actor a: written.Add(a.Id.Value); break;
                case Event e:
                    e.Participants.Where(p => !written.Contains(p.Actor.Value)).Should().BeEmpty();
                    e.Evidence.Where(x => !written.Contains(x.Document.Value)).Should().BeEmpty();
                    break;
            }
        }
    }

    [Fact]
    public void Memory_kept_while_streaming_grows_with_the_ids_not_with_the_records()
    {
        // The state an import keeps between rows, measured at the end of a small and a ten times larger file of
        // distinct events, each from its own URL: what grows per row must be far below what one event record holds,
        // and below the URL's own text (a document is remembered by its hash).
        var small = RetainedAfter(2_000);
        var large = RetainedAfter(20_000);

        var perRow = (large - small) / 18_000.0;
        perRow.Should().BeLessThan(120, "only the event's number and its document's hash are remembered, not the record (an event takes well over 1 kB) nor the URL");
    }

    private static long RetainedAfter(int rows)
    {
        var source = new ImportSource("generated.tsv", () => new GeneratedEvents(rows));
        using var records = new GdeltImporter().ReadRecords([source], new DatasetId("big")).GetEnumerator();
        var count = 0;
        while (records.MoveNext())
        {
            count++;
        }

        count.Should().BeGreaterThan(rows);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>An events file of any length, made on the fly from the sample's first row with a new GLOBALEVENTID and SOURCEURL per row.</summary>
    private sealed class GeneratedEvents(int rows) : Stream
    {
        private readonly string _tail = Lines(Events2)[0][Lines(Events2)[0].IndexOf('\t', StringComparison.Ordinal)..] + "?row=";
        private int _row;
        private byte[] _pending = [];
        private int _offset;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                if (_row == rows)
                {
                    return 0;
                }

                var row = _row++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                _pending = Encoding.UTF8.GetBytes($"1{row.PadLeft(8, '0')}{_tail}{row}\n");
                _offset = 0;
            }

            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>Tests that measure the process's memory run alone, never beside another test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "Memory";
}
