namespace NewsEvents.Cli.Tests.Commands;

public sealed class NetworkCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Several_files_are_drawn_as_their_merge_each_story_apart()
    {
        var first = _files.Write("small.json", TestFiles.Small);
        var second = _files.Write("other.json", TestFiles.Small with { Id = new DatasetId("other") });

        var run = CliRun.Of("network", first, second).ShouldSucceed();

        run.Out.Should().Contain("\"small/haftar\"").And.Contain("\"other/haftar\"");
        run.Out.Should().NotMatchRegex("\"small/[^\"]*\" -[^\n]*\"other/", "no tie joins the two stories");
    }

    [Fact]
    public void Without_a_file_prints_the_sample_network_as_dot()
    {
        var run = CliRun.Of("network").ShouldSucceed();

        run.Out.Should().StartWith("digraph actors {").And.EndWith("}\n");
        run.Out.Should().Contain("\"haftar\" [label=\"Khalifa Haftar\"");
        run.Out.Should().Contain("subgraph cluster_", "sides are drawn as clusters");
    }

    [Fact]
    public void Mermaid_format_prints_a_flowchart()
    {
        var run = CliRun.Of("network", "--format", "mermaid").ShouldSucceed();

        run.Out.Should().StartWith("graph LR\n");
        run.Out.Should().Contain("[\"Khalifa Haftar\"]");
    }

    [Fact]
    public void No_sides_leaves_the_clusters_out()
    {
        var run = CliRun.Of("network", "--no-sides").ShouldSucceed();

        run.Out.Should().NotContain("subgraph");
    }

    [Fact]
    public void A_file_gives_its_own_network()
    {
        var path = _files.Write("small.json", TestFiles.Small);

        var run = CliRun.Of("network", path, "-f", "dot").ShouldSucceed();

        run.Out.Should().Contain("\"russia\" [label=\"Russia\"").And.Contain("\"haftar\"");
        run.Out.Should().NotContain("Libya National Army");
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        CliRun.Of("network", _files.Missing("absent.json")).ShouldFailWith(ExitCodes.UsageError, "no such file");
    }

    [Fact]
    public void Invalid_json_is_invalid_data()
    {
        var path = _files.Write("bad.json", "[1, 2");

        CliRun.Of("network", path).ShouldFailWith(ExitCodes.InvalidData, path);
    }

    [Fact]
    public void Broken_references_are_invalid_data()
    {
        var path = _files.Write("broken.json", TestFiles.WithBrokenReferences());

        CliRun.Of("network", path).ShouldFailWith(ExitCodes.InvalidData, "$.events[0].participants[0].actor");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        CliRun.Of("network", "--layout", "circo").ShouldFailWith(ExitCodes.UsageError, "--layout", "newsevents network --help");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        CliRun.Of("network", "--format", "svg").ShouldFailWith(ExitCodes.UsageError, "svg", "newsevents network --help");
    }

    [Theory]
    [InlineData("dot")]
    [InlineData("mermaid")]
    public void Ten_times_the_participants_of_one_event_give_at_most_ten_times_the_network(string format)
    {
        // The finding: one event with 4,000 participants (365 KB) took 5.3 GB and wrote 555 MB.
        var small = CliRun.Of("network", _files.Write("small.json", StressDatasets.OneCrowdedEvent(400)), "--format", format).ShouldSucceed().Out;
        var large = CliRun.Of("network", _files.Write("large.json", StressDatasets.OneCrowdedEvent(4_000)), "--format", format).ShouldSucceed().Out;

        ((double)large.Length / small.Length).Should().BeLessThan(12);
        large.Should().Contain("\"conference\": 4000 participants, more than 50: not joined pairwise");
    }
}
