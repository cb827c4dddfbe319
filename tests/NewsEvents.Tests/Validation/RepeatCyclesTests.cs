using System.Collections.Immutable;
using NewsEvents.Tests.TestSupport;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Validation;

/// <summary>
/// Circles of repeats-links are reported alike whether the links are held in memory or on disk (resolved by a sort of
/// fingerprints, however they collide, and the claims that cannot reach a circle struck off), and the files on disk
/// are removed however the search ends.
/// </summary>
public sealed class RepeatCyclesTests : IDisposable
{
    // Four ids a run: the sort of ids spills to many runs and merges them in steps.
    private const int TinyMemory = 64;

    private static readonly string[] Fingerprints = ["exact", "all alike", "by length"];

    private readonly ScratchDirectory _folder = new();

    public static TheoryData<string, string[], int> Shapes => new()
    {
        // Each claim "id>target,target"; ids may repeat (the first counts) and targets may be unknown.
        { "two claims repeating each other", ["a>b", "b>a"], 1 },
        { "a chain against the order into a circle", ["a>b", "b>c", "c>d", "d>e", "e>f", "f>d"], 1 },
        { "a chain with the order into a circle", ["f>d", "e>f", "d>e", "c>d", "b>c", "a>b"], 1 },
        { "several circles", ["a>b", "b>a", "c>d", "d>e", "e>c", "x>y", "y>z", "z>x,a"], 3 },
        { "links to unknown claims", ["a>ghost", "b>a,nobody", "c>b"], 0 },
        { "a duplicate id, linked to its first claim", ["a>b", "b>x", "b>a", "x>y"], 0 },
        { "a duplicate id whose first claim closes the circle", ["b>a", "a>b", "b>zz"], 1 },
        { "claims without ids", ["_>a", "a>_", "_>b", "b>a"], 0 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_shape_is_reported_alike_in_memory_and_on_disk(string shape, string[] claims, int circles)
    {
        var inMemory = Search(claims, new RepeatCycles());

        inMemory.Should().HaveCount(circles, shape);
        foreach (var fingerprint in Fingerprints)
        {
            Search(claims, OnDisk(TinyMemory, fingerprint)).Should().Equal(inMemory, fingerprint);
            Search(claims, OnDisk(1024 * 1024, fingerprint)).Should().Equal(inMemory, fingerprint);
        }

        _folder.Entries.Should().BeEmpty();
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Generated_link_graphs_are_reported_alike_in_memory_and_on_disk(int seed)
    {
        var claims = Graph(new Random(seed));
        var inMemory = Search(claims, new RepeatCycles());

        var alike = Fingerprints.All(f => Search(claims, OnDisk(TinyMemory, f)).SequenceEqual(inMemory));
        return alike && _folder.Entries.Length == 0;
    }

    [Fact]
    public void Generated_graphs_have_circles_to_report()
    {
        // The property above compares something: a good part of its graphs have circles, and chains that lead into them.
        var withCircles = Enumerable.Range(0, 50).Count(seed => Search(Graph(new Random(seed)), new RepeatCycles()).Count > 0);

        withCircles.Should().BeGreaterThan(10);
    }

    [Fact]
    public void Claims_that_cannot_reach_a_circle_stay_on_disk()
    {
        // A long chain both ways (each claim repeats an earlier one, or a later one), and one circle with a chain into it.
        var backward = Enumerable.Range(1, 5_000).Select(i => $"b{i}>b{i - 1}");
        var forward = Enumerable.Range(0, 5_000).Select(i => $"f{i}>f{i + 1}");
        string[] circle = ["c0>c1", "c1>c2", "c2>c0", "into>c0"];
        using var cycles = OnDisk(TinyMemory, "exact");

        var reports = Search([.. backward, .. forward, .. circle], cycles);

        reports.Should().ContainSingle().Which.Should().Contain("Claim 'c2' repeats 'c0'");
        cycles.HeldClaims.Should().Be(4, "only the circle and the claim leading into it come back to memory");
    }

    [Fact]
    public void A_cancelled_search_stops_and_its_files_are_removed()
    {
        var cycles = OnDisk(TinyMemory, "exact");
        foreach (var (claim, i) in Enumerable.Range(0, 2_000).Select(i => ($"c{i}>c{i + 1}", i)))
        {
            Add(cycles, [claim], i);
        }

        _folder.Entries.Should().NotBeEmpty("the links are on disk");
        var act = () => cycles.Search(new Recording(), new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
        cycles.Dispose();
        _folder.Entries.Should().BeEmpty();
    }

    public void Dispose() => _folder.Dispose();

    private RepeatCycles OnDisk(int memoryBytes, string fingerprint) => new(_folder.Root, memoryBytes, fingerprint switch
    {
        "all alike" => _ => 7,
        "by length" => id => (ulong)id.Length,
        _ => IdFingerprint.Of,
    });

    /// <summary>Claims named from a few ids (so that some repeat), some without, linking mostly to each other, some to unknown ids.</summary>
    private static string[] Graph(Random random)
    {
        var ids = Enumerable.Range(0, random.Next(1, 80)).Select(i => "c" + i).ToArray();
        return [.. Enumerable.Range(0, random.Next(1, 120)).Select(_ =>
        {
            var id = random.Next(12) == 0 ? "_" : ids[random.Next(ids.Length)];
            var targets = Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(10) == 0 ? "unknown" + random.Next(3) : ids[random.Next(ids.Length)]);
            return $"{id}>{string.Join(",", targets)}";
        })];
    }

    /// <summary>Adds each claim "id>target,…" ("_": no id) at its position, as the rule set does, and returns what the search reports.</summary>
    private List<string> Search(string[] claims, RepeatCycles cycles)
    {
        using (cycles)
        {
            Add(cycles, claims, 0);
            var sink = new Recording();
            cycles.Search(sink);
            return sink.Reports;
        }
    }

    private static void Add(RepeatCycles cycles, string[] claims, int start)
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < claims.Length; i++)
        {
            var parts = claims[i].Split('>');
            var id = parts[0] == "_" ? null : parts[0];
            var links = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select((t, j) => new ClaimLink(j % 3 == 2 ? ClaimLinkType.Supports : ClaimLinkType.Repeats, new ClaimId(t == "_" ? "none" : t)));
            cycles.Add(id, id is not null && seen.Add(id), new ItemAt(ItemCollection.Claims, start + i + 1), [.. links]);
        }
    }

    private sealed class Recording : ValidationSink
    {
        public List<string> Reports { get; } = [];

        public override void Report(ItemAt at, MemberPath member, ViolationKind kind, string message) => Reports.Add($"{at.Position}{member} {kind}: {message}");

        public override string Describe(ItemAt at) => at.Position.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
