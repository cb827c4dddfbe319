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

    [Fact]
    public void An_events_row_allocates_little_more_than_the_records_it_becomes()
    {
        // The sample's rows, each with a new GLOBALEVENTID and SOURCEURL: every row a new event and a new document.
        // Measured 1,990 bytes a row, 912 of them the event's array of 57 attributes; 2,455 when a long SOURCEURL was
        // made twice, participants once per event and whole numbers through the culture's parser.
        const int Rows = 5_000;
        var sample = Lines(Events2);
        string Row(int row)
        {
            var text = sample[row % sample.Length];
            return (100_000_000 + row).ToString(System.Globalization.CultureInfo.InvariantCulture) + text[text.IndexOf('\t', StringComparison.Ordinal)..] + "?row=" + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, Rows).Select(row => Row(row) + "\n")));
        long Import()
        {
            long count = 0;
            foreach (var record in new GdeltImporter().ReadRecords([ImportSource.FromBytes("events.tsv", bytes)], new DatasetId("a")))
            {
                count += (int)record.Kind;
            }

            return count;
        }

        // The least of three imports: a collection caused by tests running beside this one trims the shared array
        // pools, and the import that follows rents its buffers afresh (megabytes once, not per row).
        Import();
        var perRow = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Import();
            perRow = Math.Min(perRow, (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Rows);
        }

        perRow.Should().BeLessThan(2_300, "a row allocates its records, their ids and its one new URL, and each repeated value is shared");
    }

    [Fact]
    public void An_event_shares_its_participants_with_the_events_of_its_actors_and_its_SOURCEURL_string_with_the_document_it_made()
    {
        var dataset = new GdeltImporter(FixedClock).ReadDataset([Source(Events2)], new DatasetId("gdelt"));
        var participants = dataset.Events.SelectMany(e => e.Participants).ToList();
        var sourceUrls = dataset.Events.Select(e => e.Attributes.TryGetValue("gdelt:SOURCEURL", out var url) ? url.Text : null).OfType<string>().ToHashSet(ReferenceEqualityComparer.Instance);

        participants.Distinct(ReferenceEqualityComparer.Instance).Count().Should().BeLessThanOrEqualTo(2 * dataset.Actors.Length).And.BeLessThan(participants.Count);
        dataset.Documents.Where(d => d.Url is not null).Should().NotBeEmpty()
            .And.OnlyContain(d => sourceUrls.Contains(d.Url!), "the row that makes a document keeps its SOURCEURL as the same string");
    }

    [Fact]
    public void Memory_kept_while_streaming_GKG_records_grows_with_their_ids_not_with_their_long_columns()
    {
        // Each generated record has its own id, URL and GCAM (thousands of characters): none of its columns may be
        // kept for reuse, only its id and identifier.
        var small = RetainedAfter(500, GkgRecord);
        var large = RetainedAfter(5_000, GkgRecord);

        var perRow = (large - small) / 4_500.0;
        perRow.Should().BeLessThan(1_000, "only the record's id and URL are remembered (a record holds well over 10 kB)");
        Encoding.UTF8.GetByteCount(GkgRecord(0)).Should().BeGreaterThan(10_000);
    }

    private static string GkgRecord(int index)
    {
        var columns = Columns(Lines(Gkg21)[0]);
        var number = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        columns[GdeltColumns.NumberOf(GdeltLayout.Gkg21, "GKGRECORDID") - 1] = "20150218230000-" + number;
        columns[GdeltColumns.NumberOf(GdeltLayout.Gkg21, "DocumentIdentifier") - 1] = "https://example.org/news/" + number;
        columns[GdeltColumns.NumberOf(GdeltLayout.Gkg21, "GCAM") - 1] += ",c99.1:" + number;
        return string.Join('\t', columns);
    }

    // Each row a new GLOBALEVENTID and its own SOURCEURL (the last column).
    private static long RetainedAfter(int rows) =>
        RetainedAfter(rows, row => (100_000_000 + row).ToString(System.Globalization.CultureInfo.InvariantCulture) + EventsTail + "?row=" + row.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static readonly string EventsTail = Lines(Events2)[0][Lines(Events2)[0].IndexOf('\t', StringComparison.Ordinal)..];

    private static long RetainedAfter(int rows, Func<int, string> row)
    {
        var source = new ImportSource("generated.tsv", () => new GeneratedRows(rows, row));
        using var records = new GdeltImporter().ReadRecords([source], new DatasetId("big")).GetEnumerator();
        var count = 0;
        while (records.MoveNext())
        {
            count++;
        }

        count.Should().BeGreaterThan(rows);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>A file of any length, its rows made on the fly (each a new id), so that no test holds it in memory.</summary>
    private sealed class GeneratedRows(int rows, Func<int, string> row) : Stream
    {
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

                _pending = Encoding.UTF8.GetBytes(row(_row++) + "\n");
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
