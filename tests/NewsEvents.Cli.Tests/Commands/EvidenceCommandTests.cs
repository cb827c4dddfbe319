using System.Text.Json;
using NewsEvents.Samples;

namespace NewsEvents.Cli.Tests.Commands;

public sealed class EvidenceCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>The sample with one character inserted at the start of its article: every quote after it is off by one.</summary>
    private static Dataset EditedSample()
    {
        var sample = SampleDatasets.MoscowTalks;
        var document = sample.Documents[0];
        return sample with { Documents = sample.Documents.SetItem(0, document with { Text = "¶" + document.Text }) };
    }

    [Fact]
    public void Find_prints_one_json_line_per_occurrence_in_code_points()
    {
        var path = _files.Write("article.txt", "\uFEFF😀 Lavrov said; 東京 Lavrov said again.");

        var run = CliRun.Of("evidence", "find", path, "Lavrov", "東京").ShouldSucceed();

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Select(l => JsonDocument.Parse(l).RootElement).Select(e => (e.GetProperty("quote").GetString(), e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()))
            .Should().Equal(("Lavrov", 2, 8), ("Lavrov", 18, 24), ("東京", 15, 17));
        lines[0].Should().Be("{\"quote\":\"Lavrov\",\"start\":2,\"end\":8}", "the byte-order mark is not part of the text");
    }

    [Fact]
    public void Find_fails_for_a_quote_that_does_not_occur_after_printing_the_others()
    {
        var path = _files.Write("article.txt", "Lavrov said.");

        var run = CliRun.Of("evidence", "find", path, "Putin", "Lavrov").ShouldFailWith(ExitCodes.InvalidData, "\"Putin\" does not occur");

        run.Out.Should().Be("{\"quote\":\"Lavrov\",\"start\":0,\"end\":6}\n");
    }

    [Fact]
    public void Repair_moves_every_shifted_quote_back_and_the_result_validates()
    {
        var input = _files.Write("edited.json", EditedSample());
        CliRun.Of("validate", input).ShouldFailWith(ExitCodes.InvalidData, "not valid");
        var output = _files.Missing("repaired.json");

        var run = CliRun.Of("evidence", "repair", input, "-o", output).ShouldSucceed();

        var moved = run.Out.Split('\n').Count(l => l.StartsWith("moved $.", StringComparison.Ordinal));
        moved.Should().BeGreaterThan(50);
        run.Out.Should().Contain($"{moved} spans moved, 0 not found; written to {output}.");
        CliRun.Of("validate", output).ShouldSucceed();
        Directory.GetFiles(_files.Directory).Should().BeEquivalentTo([input, output], "the temporary file was renamed into place");
    }

    [Fact]
    public void Repair_of_json_lines_writes_json_lines()
    {
        var input = _files.Missing("edited.jsonl");
        using (var stream = File.Create(input))
        {
            NewsEvents.Streaming.JsonLinesWriter.Write(stream, NewsEvents.Streaming.JsonLinesWriter.ToRecords(EditedSample()));
        }

        var output = _files.Missing("repaired.jsonl");

        CliRun.Of("evidence", "repair", input, "-o", output).ShouldSucceed();

        File.ReadAllText(output).Should().StartWith("{\"kind\":\"header\"");
        CliRun.Of("validate", output).ShouldSucceed();
    }

    [Fact]
    public void Repair_reports_quotes_it_cannot_find_exits_1_and_still_writes_what_it_moved()
    {
        var edited = EditedSample();
        var actor = edited.Actors.First(a => !a.Evidence.IsEmpty);
        var lost = new Evidence(actor.Evidence[0].Document, actor.Evidence[0].Start, actor.Evidence[0].Start + 4, "Zzyx");
        edited = edited with { Actors = edited.Actors.Replace(actor, actor with { Evidence = [lost] }) };
        var input = _files.Write("edited.json", edited);
        var output = _files.Write("repaired.json", "old");

        var run = CliRun.Of("evidence", "repair", input, "-o", output).ShouldFailWith(ExitCodes.InvalidData, "1 evidence quote not found");

        run.Out.Should().Contain("not found $.actors[").And.Contain("\"Zzyx\" not found in document");
        File.ReadAllText(output).Should().NotBe("old").And.Contain("\"Zzyx\"");
    }

    [Fact]
    public void Repair_needs_an_output()
    {
        var input = _files.Write("small.json", TestFiles.Small);

        CliRun.Of("evidence", "repair", input).ShouldFailWith(ExitCodes.UsageError, "--output");
    }
}
