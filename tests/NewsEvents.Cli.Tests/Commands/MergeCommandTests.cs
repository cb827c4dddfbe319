using NewsEvents.Streaming;

namespace NewsEvents.Cli.Tests.Commands;

public sealed class MergeCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static Dataset Other => TestFiles.Small with { Id = new DatasetId("other"), Title = "Other test dataset" };

    [Fact]
    public void Two_datasets_merge_into_one_valid_dataset_with_colliding_ids_prefixed()
    {
        var first = _files.Write("small.json", TestFiles.Small);
        var second = _files.Write("other.json", Other);
        var output = _files.Missing("merged.json");

        CliRun.Of("merge", first, second, "-o", output).ShouldSucceed();

        var merged = NewsEventsJson.Deserialize(File.ReadAllBytes(output));
        merged.Id.Value.Should().Be("small+other");
        merged.Actors.Select(a => a.Id.Value).Should().Contain(["small/haftar", "other/haftar"]);
        merged.Events.Should().HaveCount(2 * TestFiles.Small.Events.Length);
        CliRun.Of("validate", output).ShouldSucceed();
    }

    [Fact]
    public void Json_lines_and_dataset_inputs_merge_into_json_lines_as_they_would_into_a_dataset()
    {
        var first = _files.Write("small.json", TestFiles.Small);
        var second = WriteLines("other.jsonl", Other);

        var lines = _files.Missing("merged.jsonl");
        var document = _files.Missing("merged.json");
        var converted = _files.Missing("converted.json");

        CliRun.Of("merge", first, second, "-o", lines).ShouldSucceed();
        CliRun.Of("merge", first, second, "-o", document).ShouldSucceed();
        CliRun.Of("convert", lines, converted).ShouldSucceed();

        File.ReadAllBytes(converted).Should().Equal(File.ReadAllBytes(document));
    }

    [Fact]
    public void Link_actors_makes_one_actor_of_actors_sharing_a_wikidata_code()
    {
        var small = TestFiles.Small;
        var coded = small with { Actors = small.Actors.SetItem(1, small.Actors[1] with { Codes = [ExternalCode.Wikidata("Q159")] }) };
        var first = _files.Write("small.json", coded);
        var second = _files.Write("other.json", coded with { Id = new DatasetId("other") });
        var output = _files.Missing("merged.json");

        CliRun.Of("merge", first, second, "-o", output, "--link-actors", "--id", "both", "--title", "Both").ShouldSucceed();

        var merged = NewsEventsJson.Deserialize(File.ReadAllBytes(output));
        merged.Id.Value.Should().Be("both");
        merged.Title.Should().Be("Both");
        merged.Actors.Should().HaveCount((2 * small.Actors.Length) - 1);
        merged.Actors.Should().ContainSingle(a => a.Codes.Contains(ExternalCode.Wikidata("Q159"))).Which.Id.Value.Should().Be("russia");
    }

    [Fact]
    public void A_dataset_merged_with_itself_is_invalid_data_and_writes_nothing()
    {
        var first = _files.Write("small.json", TestFiles.Small);
        var output = _files.Missing("merged.json");

        CliRun.Of("merge", first, first, "-o", output).ShouldFailWith(ExitCodes.InvalidData, "both dataset 'small'");

        File.Exists(output).Should().BeFalse();
        Directory.GetFiles(_files.Directory).Should().ContainSingle("no temporary file is left behind");
    }

    [Fact]
    public void Inputs_of_different_major_versions_are_invalid_data_and_write_nothing()
    {
        var first = _files.Write("small.json", TestFiles.Small);
        var second = _files.Write("other.jsonl", "{\"kind\":\"header\",\"record\":{\"schemaVersion\":\"2.0\",\"id\":\"other\"}}\n");
        var output = _files.Missing("merged.jsonl");

        CliRun.Of("merge", first, second, "-o", output).ShouldFailWith(ExitCodes.InvalidData, "other.jsonl", "2.0");

        File.Exists(output).Should().BeFalse();
    }

    [Theory]
    [InlineData("merged.json")]
    [InlineData("merged.jsonl")]
    public void An_output_that_is_an_input_is_invalid_data_and_the_input_is_left_as_it_was(string name)
    {
        var first = _files.Write("small.json", TestFiles.Small);
        var second = _files.Write(name, NewsEventsJson.Serialize(Other));
        var before = File.ReadAllBytes(second);

        CliRun.Of("merge", first, second, "-o", second).ShouldFailWith(ExitCodes.InvalidData, "is also an input");

        File.ReadAllBytes(second).Should().Equal(before);
        Directory.GetFiles(_files.Directory).Should().HaveCount(2);
    }

    [Fact]
    public void An_output_that_reaches_an_input_through_a_link_is_refused_too()
    {
        var first = _files.Write("small.json", TestFiles.Small);
        var second = _files.Write("other.json", Other);
        var link = Path.Combine(_files.Directory, "link.json");
        File.CreateSymbolicLink(link, second);

        CliRun.Of("merge", first, second, "-o", link).ShouldFailWith(ExitCodes.InvalidData, "is also an input");
    }

    [Fact]
    public void An_invalid_json_lines_input_is_invalid_data_and_writes_nothing()
    {
        var first = _files.Write("small.json", TestFiles.Small);
        var second = WriteLines("broken.jsonl", TestFiles.WithBrokenReferences() with { Id = new DatasetId("broken") });

        var output = _files.Missing("merged.jsonl");

        CliRun.Of("merge", first, second, "-o", output).ShouldFailWith(ExitCodes.InvalidData, "broken.jsonl", "nobody");

        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Without_an_output_it_is_a_usage_error()
    {
        var first = _files.Write("small.json", TestFiles.Small);

        CliRun.Of("merge", first).ShouldFailWith(ExitCodes.UsageError, "--output");
    }

    [Fact]
    public void A_missing_input_is_a_usage_error()
    {
        CliRun.Of("merge", _files.Missing("absent.json"), "-o", _files.Missing("out.json")).ShouldFailWith(ExitCodes.UsageError, "no such file");
    }

    [Fact]
    public void An_id_that_is_not_an_id_is_a_usage_error()
    {
        var first = _files.Write("small.json", TestFiles.Small);

        CliRun.Of("merge", first, "-o", _files.Missing("out.json"), "--id", "two words").ShouldFailWith(ExitCodes.UsageError, "--id");
    }

    private string WriteLines(string name, Dataset dataset)
    {
        var path = _files.Missing(name);
        using var stream = File.Create(path);
        JsonLinesWriter.Write(stream, JsonLinesWriter.ToRecords(dataset));
        return path;
    }
}
