namespace NewsEvents.Cli.Tests.Commands;

/// <summary><c>export --to gdelt</c>: GDELT's files imported and written back are the files read, byte for byte.</summary>
public sealed class GdeltExportTests : IDisposable
{
    private const string Events = "gdelt2_events_sample.tsv";
    private const string Mentions = "gdelt2_mentions_sample.tsv";
    private const string Gkg = "gdelt2_gkg21_sample_first40.tsv";

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private string Imported(string name, params string[] files)
    {
        var output = _files.Missing(name);
        CliRun.Of(["import", .. files.Select(Fixture), "-o", output]).ExitCode.Should().Be(ExitCodes.Ok);
        return output;
    }

    [Theory]
    [InlineData(Events, "d.jsonl")]
    [InlineData("gdelt1_events_sample_mixed.tsv", "d.json")]
    [InlineData("gdelt2_translation_events_sample.tsv", "d.jsonl")]
    [InlineData(Mentions, "d.json")]
    [InlineData(Gkg, "d.jsonl")]
    public void A_file_imported_then_exported_is_byte_identical(string file, string dataset)
    {
        var output = _files.Missing("back.tsv");

        var run = CliRun.Of("export", Imported(dataset, file), "--to", "gdelt", "-o", output);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(Fixture(file)));
        Directory.GetFiles(_files.Directory).Select(Path.GetFileName).Should().BeEquivalentTo(dataset, "back.tsv");
    }

    [Fact]
    public void Events_mentions_and_GKG_imported_together_come_back_as_three_files_each_byte_identical()
    {
        var output = _files.Missing("back.tsv");

        var run = CliRun.Of("export", Imported("all.jsonl", Gkg, Mentions, Events), "--to", "gdelt", "-o", output);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.ErrorLines.Should().Equal($"newsevents: {output}: 100 events rows", $"newsevents: {_files.Missing("back.mentions.tsv")}: 100 mentions rows", $"newsevents: {_files.Missing("back.gkg.tsv")}: 40 GKG rows");
        File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(Fixture(Events)));
        File.ReadAllBytes(_files.Missing("back.mentions.tsv")).Should().Equal(File.ReadAllBytes(Fixture(Mentions)));
        File.ReadAllBytes(_files.Missing("back.gkg.tsv")).Should().Equal(File.ReadAllBytes(Fixture(Gkg)));
    }

    [Fact]
    public void A_dataset_not_imported_from_GDELT_is_refused_in_one_line_and_nothing_is_written()
    {
        var small = _files.Write("small.json", TestFiles.Small);
        var output = _files.Missing("out.tsv");

        CliRun.Of("export", small, "--to", "gdelt", "-o", output).ShouldFailWith(
            ExitCodes.InvalidData,
            "small.json: cannot be written as GDELT rows: Event 'talks' cannot be written as a GDELT row: it lacks its GDELT columns",
            "Only data imported from GDELT (newsevents import) can be written back to it.");

        Directory.GetFiles(_files.Directory).Should().Equal(small);
    }

    [Fact]
    public void A_dataset_with_nothing_of_GDELT_is_refused_and_an_older_output_kept()
    {
        var empty = _files.Write("empty.json", new Dataset { Id = new DatasetId("empty") });
        var output = _files.Write("out.tsv", "older");

        CliRun.Of("export", empty, "--to", "gdelt", "-o", output).ShouldFailWith(ExitCodes.InvalidData, "it holds no GDELT events, mentions or GKG records.");

        File.ReadAllText(output).Should().Be("older");
    }

    [Fact]
    public void A_GKG_record_that_lost_a_column_leaves_no_file_not_even_the_events_already_written()
    {
        var dataset = NewsEventsJson.Deserialize(File.ReadAllText(Imported("all.json", Events, Gkg)));
        var first = dataset.Documents.First(d => d.Id.Value.StartsWith("gdelt-gkg-", StringComparison.Ordinal));
        var damaged = _files.Write("damaged.json", dataset with { Documents = dataset.Documents.Replace(first, first with { Attributes = first.Attributes.Remove("gdelt:GCAM") }) });
        var output = _files.Missing("back.tsv");

        CliRun.Of("export", damaged, "--to", "gdelt", "-o", output).ShouldFailWith(ExitCodes.InvalidData, $"Document '{first.Id}' cannot be written as a GDELT row: it lacks the source attribute gdelt:GCAM");

        Directory.GetFiles(_files.Directory).Select(Path.GetFileName).Should().BeEquivalentTo("all.json", "damaged.json");
    }
}
