using System.Text;
using NewsEvents.Interop.Acled;
using NewsEvents.Interop.Gdelt;
using NewsEvents.Interop.Icews;
using NewsEvents.Interop.Plover;
using NewsEvents.Interop.Polecat;
using NewsEvents.Interop.SchemaOrg;
using NewsEvents.Interop.Sources;
using NewsEvents.Streaming;
using NewsEvents.Tests.Streaming;
using NodaTime;
using NodaTime.Testing;

namespace NewsEvents.Interop.Tests;

/// <summary>
/// <see cref="ImportOptions.MaxRecordBytes"/> in every importer: a line of 2 GiB, made as it is read and never
/// stored, is a bad row with its file and line, found after reading little more than the limit, and never held whole.
/// </summary>
public class LongRecordTests
{
    private const long TwoGiB = 2L * 1024 * 1024 * 1024;

    // Far below the 2 GiB line (4 GiB as text), far above what holding the limit's worth of one line takes.
    private const long AllocationBound = 20L * ImportOptions.MaxRecordBytes;

    private static readonly ImportOptions Strict = new() { Clock = new FakeClock(Instant.FromUtc(2026, 12, 6, 17, 0)) };

    /// <summary>An importer: what it reads from a file, as one JSON line per item, the header aside.</summary>
    public delegate IReadOnlyList<string> Import(ImportOptions options, ImportSource source);

    /// <summary>
    /// A file of an importer's fixture: its lines before line <paramref name="Line"/>, a line of 2 GiB of
    /// <paramref name="Filler"/> (after <paramref name="Opening"/>), and the fixture's lines up to <paramref name="LastLine"/>.
    /// </summary>
    public sealed record Case(string Fixture, int Line, int LastLine, Import Import, byte Filler = (byte)'x', string Opening = "")
    {
        public override string ToString() => $"{Fixture} at line {Line}";
    }

    public static TheoryData<Case> LineCases =>
    [
        new(Fixtures.Events2, 2, 3, Gdelt),
        new(Fixtures.Mentions2, 2, 3, Gdelt),
        new(Fixtures.Gkg21, 2, 3, Gdelt),
        new("acled_current_handwritten.csv", 3, 4, Acled),
        new("acled_legacy_2016_handwritten.csv", 3, 4, Acled),
        new("polecat_weekly_handwritten.tsv", 3, 4, Records(o => new PolecatImporter(o))),
        new("icews_handwritten.tsv", 3, 4, Records(o => new IcewsImporter(o))),
        new("plover_manual_handwritten.jsonl", 2, 2, Records(o => new PloverImporter(o))),
    ];

    [Theory]
    [MemberData(nameof(LineCases))]
    public void A_strict_import_stops_at_a_two_gigabyte_line_with_its_file_and_line_after_reading_little_more_than_the_limit(Case test)
    {
        LongLineStream? stream = null;
        var act = () => test.Import(Strict, new ImportSource("long", () => stream = LongLine(test, TwoGiB)));

        act.Should().Throw<NewsEventsFormatException>().Which.Message.Should().Be(ImportProblem.TooLong("long", test.Line).ToString());
        stream!.Position.Should().BeLessThan(2L * ImportOptions.MaxRecordBytes);
    }

    [Theory]
    [MemberData(nameof(LineCases))]
    public void A_lenient_import_reports_a_two_gigabyte_line_skips_it_without_holding_it_and_keeps_the_rows_around_it(Case test)
    {
        // The same file with a line of one byte, a bad row of its own, gives the rows to keep (and warms up).
        var lenient = Strict with { Lenient = true };
        var shortLineKept = test.Import(lenient, new ImportSource("long", () => LongLine(test, 1)));
        var problems = new List<ImportProblem>();
        LongLineStream? stream = null;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var kept = test.Import(lenient with { Problems = problems.Add }, new ImportSource("long", () => stream = LongLine(test, TwoGiB)));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        problems.Should().Equal(ImportProblem.TooLong("long", test.Line));
        kept.Should().NotBeEmpty().And.Equal(shortLineKept);
        stream!.Position.Should().Be(stream.TotalLength);
        allocated.Should().BeLessThan(AllocationBound, "the line is skipped, not held");
    }

    [Fact]
    public void A_quoted_ACLED_value_of_two_gigabytes_of_line_breaks_is_one_record_too_long_at_the_line_it_starts_on()
    {
        var test = new Case("acled_current_handwritten.csv", 3, 4, Acled, Filler: (byte)'\n', Opening: "XMV9999,\"");
        LongLineStream? stream = null;
        var act = () => Acled(Strict, new ImportSource("long", () => stream = LongLine(test, TwoGiB)));

        act.Should().Throw<NewsEventsFormatException>().Which.Message.Should().Be(ImportProblem.TooLong("long", 3).ToString());
        stream!.Position.Should().BeLessThan(2L * ImportOptions.MaxRecordBytes);
    }

    [Fact]
    public void A_two_gigabyte_first_line_of_a_GDELT_file_refuses_the_file_at_line_1_without_holding_it()
    {
        var test = new Case(Fixtures.Events2, 1, 2, Gdelt);
        var problems = new List<ImportProblem>();
        LongLineStream? stream = null;

        var strict = () => Gdelt(Strict, new ImportSource("long", () => stream = LongLine(test, TwoGiB)));
        var kept = Gdelt(Strict with { Lenient = true, Problems = problems.Add }, new ImportSource("long", () => stream = LongLine(test, TwoGiB)));

        strict.Should().Throw<NewsEventsFormatException>().Which.Message.Should().Be(ImportProblem.TooLong("long", 1).ToString());
        problems.Should().Equal(ImportProblem.TooLong("long", 1));
        kept.Should().BeEmpty();
        stream!.Position.Should().BeLessThan(2L * ImportOptions.MaxRecordBytes);
    }

    public static TheoryData<string, string, Import> WholeFileCases => new()
    {
        { "[\n" + File.ReadAllText(Fixtures.PathOf("plover_manual_handwritten.jsonl")).Split('\n')[0] + ",\n{\"id\": \"x\", \"text\": \"", "\"}]", Records(o => new PloverImporter(o)) },
        { "{\"@context\": \"https://schema.org\", \"@type\": \"ClaimReview\", \"claimReviewed\": \"", "\"}", ClaimReviews },
    };

    [Theory]
    [MemberData(nameof(WholeFileCases))]
    public void A_file_read_whole_is_refused_past_the_limit_without_being_held(string prefix, string suffix, Import import)
    {
        LongLineStream? stream = null;
        var source = new ImportSource("long", () => stream = new LongLineStream(Encoding.UTF8.GetBytes(prefix), TwoGiB, (byte)'x', Encoding.UTF8.GetBytes(suffix)));
        var problems = new List<ImportProblem>();

        var act = () => import(Strict, source);
        var kept = import(Strict with { Lenient = true, Problems = problems.Add }, source);

        act.Should().Throw<NewsEventsFormatException>().Which.Message.Should().Be(ImportProblem.TooLong("long", 0).ToString());
        problems.Should().Equal(ImportProblem.TooLong("long", 0));
        kept.Should().BeEmpty();
        stream!.Position.Should().BeLessThan(2L * ImportOptions.MaxRecordBytes);
    }

    /// <summary>The case's file, its long line <paramref name="length"/> bytes; the fixture's bytes as they are (the legacy ACLED file is windows-1252).</summary>
    private static LongLineStream LongLine(Case test, long length)
    {
        var bytes = File.ReadAllBytes(Fixtures.PathOf(test.Fixture));
        var lines = new List<byte[]>();
        for (int at = 0, end; (end = Array.IndexOf(bytes, (byte)'\n', at)) >= 0; at = end + 1)
        {
            lines.Add(bytes[at..(end + 1)]);
        }

        var before = lines[..(test.Line - 1)].SelectMany(l => l);
        var after = lines[(test.Line - 1)..test.LastLine].SelectMany(l => l);
        return new LongLineStream(
            [.. before, .. Encoding.UTF8.GetBytes(test.Opening)],
            length,
            test.Filler,
            [.. Encoding.UTF8.GetBytes(test.Opening.Length > 0 ? "\"\n" : "\n"), .. after]);
    }

    private static IReadOnlyList<string> Gdelt(ImportOptions options, ImportSource source) =>
        Describe(new GdeltImporter(options).ReadRecords([source], new DatasetId("d")));

    private static IReadOnlyList<string> Acled(ImportOptions options, ImportSource source) =>
        Describe(new AcledImporter(options).ReadRecords([source], new DatasetId("d")));

    private static Import Records(Func<ImportOptions, EventSourceImporter> importer) =>
        (options, source) => Describe(importer(options).ReadRecords([source], new DatasetId("d")));

    private static IReadOnlyList<string> ClaimReviews(ImportOptions options, ImportSource source) =>
        [.. new ClaimReviewImporter(options).Read([source], new DatasetId("d")).Dataset.Claims.Select(c => c.Id.Value)];

    private static List<string> Describe(IEnumerable<JsonLinesRecord> records) =>
        [.. records.Where(r => r.Kind != JsonLinesRecordKind.Header).Select(r => Encoding.UTF8.GetString(JsonLinesWriter.ToUtf8Line(r)))];
}
