using System.Text.Json;

namespace NewsEvents.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_seed_dataset_is_valid_as_a_dataset_and_as_json_lines()
    {
        var json = _files.Write("seed.json", NewsEvents.Samples.SampleDatasets.MoscowTalksJson);
        var lines = _files.Missing("seed.jsonl");
        CliRun.Of("convert", json, lines).ShouldSucceed();

        var run = CliRun.Of("validate", json, lines).ShouldSucceed();

        run.Out.Should().Contain($"{json}: valid (dataset moscow-talks-2020-01-13, 1 document, ");
        run.Out.Should().MatchRegex(@"seed\.jsonl: valid \(\d+ records\)");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("analyze")]
    [InlineData("convert")]
    public void A_json_file_over_2_GB_that_breaks_off_is_refused_where_it_breaks_with_exit_1_and_no_output(string command)
    {
        // A dataset cut short, its place taken by zeros to past 2 GiB (a sparse file): read a window at a
        // time to where it breaks, never whole.
        var path = _files.Write("huge.json", TestFiles.Small);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..(text.Length / 2)]);
        using (var file = File.OpenWrite(path))
        {
            file.SetLength((2L << 30) + 1);
        }

        string[] args = command == "convert" ? [command, path, _files.Missing("huge.jsonl")] : [command, path];
        var run = CliRun.Of(args).ShouldFailWith(ExitCodes.InvalidData, "huge.json");

        // validate lists what it found on standard output; the others refuse in one line.
        (command == "validate" ? run.Out : run.Error).Should().Contain("$.events[0].evidence[0].quote (line 76").And.Contain("'0x00' is invalid");
        run.ErrorLines.Should().HaveCount(1, "the refusal is one line");
        if (command != "validate")
        {
            run.Out.Should().BeEmpty();
        }

        File.Exists(_files.Missing("huge.jsonl")).Should().BeFalse();
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("convert")]
    public void A_dataset_whose_arrays_are_not_where_the_format_puts_them_is_one_error_line_with_exit_1_and_no_output(string command)
    {
        // The events inside the documents' array, where a document belongs.
        var text = NewsEventsJson.Serialize(TestFiles.Small);
        var misplaced = text.Replace("\"documents\": [", "\"documents\": [\n    { \"events\": [] },", StringComparison.Ordinal);
        var path = _files.Write("misplaced.json", misplaced);
        var output = _files.Missing("out.jsonl");

        string[] args = command == "convert" ? [command, path, output] : [command, path];
        var run = CliRun.Of(args).ShouldFailWith(ExitCodes.InvalidData, "misplaced.json", "$.documents[0]");

        run.ErrorLines.Should().HaveCount(1);
        run.Out.Should().BeEmpty();
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void A_valid_dataset_passes()
    {
        var path = _files.Write("small.json", TestFiles.Small);

        var run = CliRun.Of("validate", path).ShouldSucceed();

        run.Out.Should().StartWith($"{path}: valid");
    }

    [Fact]
    public void Every_violation_is_listed_with_its_path_and_the_exit_code_is_1()
    {
        var path = _files.Write("broken.json", TestFiles.WithBrokenReferences());

        var run = CliRun.Of("validate", path).ShouldFailWith(ExitCodes.InvalidData, "not valid", "2 violations");

        run.Out.Should().Contain("$.events[0].participants[0].actor").And.Contain("'nobody'");
        run.Out.Should().Contain("$.claims[1].claimant").And.Contain("'ghost'");
        run.Out.Should().Contain("[unknownReference]");

        // Each violation names the line of the file it is on.
        var text = File.ReadAllLines(path);
        var nobodyLine = Array.FindIndex(text, l => l.Contains("\"nobody\"", StringComparison.Ordinal)) + 1;
        run.Out.Should().Contain($"$.events[0].participants[0].actor (line {nobodyLine}):");
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line()
    {
        var path = _files.Write("bad.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \n");

        var run = CliRun.Of("validate", path).ShouldFailWith(ExitCodes.InvalidData, "1 violation");

        run.Out.Should().MatchRegex(@"\(line \d+\)").And.Contain("[format]");
    }

    [Fact]
    public void A_format_error_is_reported_on_the_line_that_holds_it()
    {
        var path = _files.Write("planet.json", "{\n  \"schemaVersion\": \"1.1\",\n  \"id\": \"d\",\n  \"actors\": [ { \"id\": \"a\", \"kind\": \"planet\", \"name\": \"A\" } ]\n}\n");

        var run = CliRun.Of("validate", path).ShouldFailWith(ExitCodes.InvalidData, "1 violation");

        run.Out.Should().Contain("$.actors[0].kind (line 4)");
    }

    [Fact]
    public void A_source_attribute_name_that_breaks_the_rule_is_reported_with_its_path_and_line()
    {
        var path = _files.Write("attributes.json", "{\n  \"schemaVersion\": \"1.1\",\n  \"id\": \"d\",\n  \"documents\": [\n    { \"id\": \"doc\", \"attributes\": { \"gdelt:MentionType\": 1, \"Goldstein Scale\": 1.0 } }\n  ]\n}\n");

        var run = CliRun.Of("validate", path).ShouldFailWith(ExitCodes.InvalidData, "1 violation");

        run.Out.Should().Contain("$.documents[0].attributes['Goldstein Scale'] (line 5)").And.Contain("must be a prefix, a colon and a name");
    }

    [Fact]
    public void Several_files_are_each_reported_and_any_violation_fails_the_run()
    {
        var good = _files.Write("good.json", TestFiles.Small);
        var bad = _files.Write("broken.json", TestFiles.WithBrokenReferences());

        var run = CliRun.Of("validate", good, bad).ShouldFailWith(ExitCodes.InvalidData, "1 of 2 files");

        run.Out.Should().Contain($"{good}: valid").And.Contain($"{bad}: 2 violations");
    }

    [Fact]
    public void Json_format_lists_violations_for_scripts()
    {
        var path = _files.Write("broken.json", TestFiles.WithBrokenReferences());

        var run = CliRun.Of("validate", "--format", "json", path);

        run.ExitCode.Should().Be(ExitCodes.InvalidData);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("valid").GetBoolean().Should().BeFalse();
        var violations = json.RootElement.GetProperty("files")[0].GetProperty("violations");
        violations.EnumerateArray().Select(v => v.GetProperty("path").GetString())
            .Should().Equal("$.events[0].participants[0].actor", "$.claims[1].claimant");
        violations[0].GetProperty("kind").GetString().Should().Be("unknownReference");
    }

    /// <summary>Datasets broken in several ways at once: ids, references, links, counts, ranges, quotes and spans.</summary>
    public static TheoryData<string> BrokenDatasets => ["references", "duplicates", "links and counts", "quotes"];

    private static Dataset Broken(string how)
    {
        var small = TestFiles.Small;
        var doc = small.Documents[0].Id;
        return how switch
        {
            "references" => TestFiles.WithBrokenReferences(),
            "duplicates" => small with { Actors = [.. small.Actors, small.Actors[1]], Documents = [.. small.Documents, small.Documents[0] with { Text = "Another text." }] },
            "links and counts" => small with
            {
                Events = small.Events.SetItem(1, small.Events[1] with
                {
                    Links = [new EventLink(EventLinkType.PartOf, small.Events[1].Id)],
                    Quantities = [new Quantity(QuantityKind.Killed, value: -3), new Quantity(QuantityKind.Count, min: 1, qualifier: QuantityQualifier.AtMost)],
                }),
                Relations = [new Relation { Id = new RelationId("self"), Type = RelationType.MemberOf, Source = small.Actors[0].Id, Target = small.Actors[0].Id }],
            },
            _ => small with
            {
                Actors = small.Actors.SetItem(2, small.Actors[2] with { Evidence = [new Evidence(doc, 0, 5, "Talks"), new Evidence(doc, 33, 39, "Merkel"), new Evidence(doc, 0, 500)] }),
                Events = small.Events.SetItem(1, small.Events[1] with { Evidence = [new Evidence(doc, 60, 66, "Berlin"), new Evidence(new DocumentId("elsewhere"), 0, 1)] }),
            },
        };
    }

    [Theory]
    [MemberData(nameof(BrokenDatasets))]
    public void A_broken_dataset_validated_a_record_at_a_time_lists_what_validating_it_whole_finds(string how)
    {
        var bytes = NewsEventsJson.SerializeToUtf8Bytes(Broken(how));
        var path = _files.Missing("broken.json");
        File.WriteAllBytes(path, bytes);
        var whole = NewsEvents.Validation.DatasetValidator.Validate(NewsEventsJson.Deserialize(bytes, new NewsEventsReaderOptions { Validate = false }), bytes);
        whole.Count.Should().BeGreaterThan(1, "the dataset is broken in more than one way");

        var run = CliRun.Of("validate", "--format", "json", path);

        run.ExitCode.Should().Be(ExitCodes.InvalidData);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("files")[0].GetProperty("violations").EnumerateArray()
            .Select(v => (v.GetProperty("path").GetString()!, v.GetProperty("line").GetInt64(), v.GetProperty("kind").GetString()!, v.GetProperty("message").GetString()!))
            .Should().Equal(whole.Violations.Select(v => (v.Path, v.LineNumber!.Value, Words.Json(v.Kind), v.Message)));
    }

    [Theory]
    [InlineData("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"9.0\"")]
    [InlineData("\"documents\": [", "\"documents\": [\n    { \"events\": [] },")]
    [InlineData("\"actors\": [", "\"actors\": {")]
    [InlineData("\"kind\": \"person\"", "\"kind\": \"planet\"")]
    public void A_dataset_that_breaks_the_format_is_reported_as_reading_it_whole_reports_it(string what, string replacement)
    {
        var text = NewsEventsJson.Serialize(TestFiles.Small);
        text.Should().Contain(what);
        var path = _files.Write("format.json", text.Replace(what, replacement, StringComparison.Ordinal));
        var thrown = FluentActions.Invoking(() => NewsEventsJson.Deserialize(File.ReadAllBytes(path))).Should().Throw<NewsEventsFormatException>().Which;

        var run = CliRun.Of("validate", "--format", "json", path);

        run.ExitCode.Should().Be(ExitCodes.InvalidData);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("files")[0].GetProperty("violations").EnumerateArray()
            .Select(v => (v.GetProperty("path").GetString()!, v.TryGetProperty("line", out var line) ? line.GetInt64() : (long?)null, v.GetProperty("message").GetString()!))
            .Should().Equal(thrown.Violations.Select(v => (v.Path, v.LineNumber, v.Message)));
    }

    [Fact]
    public async Task A_dataset_from_a_pipe_which_cannot_seek_is_gathered_and_validated_as_a_file_is()
    {
        var bytes = NewsEventsJson.SerializeToUtf8Bytes(TestFiles.WithBrokenReferences());
        var file = _files.Missing("broken.json");
        File.WriteAllBytes(file, bytes);
        var pipe = _files.Missing("pipe.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
            mkfifo.ExitCode.Should().Be(0);
        }

        var writer = Task.Run(() => File.WriteAllBytes(pipe, bytes));
        var fromPipe = CliRun.Of("validate", pipe);
        await writer.WaitAsync(TimeSpan.FromMinutes(1));

        fromPipe.ExitCode.Should().Be(ExitCodes.InvalidData);
        fromPipe.Out.Replace(pipe, "IN", StringComparison.Ordinal).Should().Be(CliRun.Of("validate", file).Out.Replace(file, "IN", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_is_a_usage_error_before_any_file_is_validated()
    {
        var good = _files.Write("good.json", TestFiles.Small);
        var missing = _files.Missing("absent.json");

        var run = CliRun.Of("validate", good, missing).ShouldFailWith(ExitCodes.UsageError, missing);

        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void A_valid_json_lines_stream_passes()
    {
        var path = _files.Missing("synthetic.jsonl");
        CliRun.Of("generate", "--events", "200", "-o", path).ShouldSucceed();

        var run = CliRun.Of("validate", path).ShouldSucceed();

        run.Out.Should().MatchRegex(@": valid \(\d+ records\)");
    }

    [Fact]
    public void A_json_lines_stream_reports_every_bad_line_and_broken_reference_with_its_line()
    {
        var path = _files.Write("bad.jsonl", string.Join('\n',
            "{\"kind\":\"header\",\"record\":{\"schemaVersion\":\"1.0\",\"id\":\"x\"}}",
            "{\"kind\":\"actor\",\"record\":{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"A\"}}",
            "{\"kind\":\"actor\",",
            "{\"kind\":\"statement\",\"record\":{\"id\":\"s1\",\"speaker\":\"ghost\",\"channel\":\"toldReporters\",\"mode\":\"directQuote\",\"content\":\"Hi\"}}",
            ""));

        var run = CliRun.Of("validate", path).ShouldFailWith(ExitCodes.InvalidData, "2 violations");

        run.Out.Should().Contain("(line 3)").And.Contain("[format]");
        run.Out.Should().Contain("(line 4)").And.Contain("'ghost'").And.Contain("[unknownReference]");
    }

    [Fact]
    public void On_a_terminal_the_progress_bar_goes_to_stderr_and_the_results_are_unchanged()
    {
        var path = _files.Missing("synthetic.jsonl");
        CliRun.Of("generate", "--events", "300", "-o", path).ShouldSucceed();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = NewsEventsCli.Run(["validate", path], new CliConsole(stdout, stderr, ErrorIsTerminal: true));

        code.Should().Be(ExitCodes.Ok);
        stdout.ToString().Should().Be(CliRun.Of("validate", path).Out);
    }

    [Fact]
    public void No_file_is_a_usage_error()
    {
        CliRun.Of("validate").ShouldFailWith(ExitCodes.UsageError, "newsevents validate --help");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var path = _files.Write("small.json", TestFiles.Small);

        CliRun.Of("validate", path, "--strict").ShouldFailWith(ExitCodes.UsageError, "--strict");
    }

    [Fact]
    public void Data_cannot_forge_an_output_line_or_drive_the_terminal()
    {
        // A member name holding a line end, a forged result and an escape sequence that clears the screen.
        var path = _files.Write("forged.jsonl",
            "{\"kind\":\"actor\",\"record\":{\"id\":\"a1\",\"kind\":\"person\",\"name\":\"A\",\"x\\nfake.json: valid (1 record)\\u001b[2J\":1}}\n");

        foreach (var format in new[] { "text", "json" })
        {
            var run = CliRun.Of("validate", "--format", format, path).ShouldFailWith(ExitCodes.InvalidData, "1 violation");

            run.Out.Split('\n').Should().NotContain(line => line.StartsWith("fake.json", StringComparison.Ordinal));
            run.Out.Should().NotContain("\u001b").And.Contain("fake.json: valid");
        }
    }

    [Fact]
    public void Violations_of_a_stream_are_printed_as_found_and_counted_by_kind()
    {
        var lines = new System.Text.StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            lines.Append("x\n");
        }

        var path = _files.Write("bad.jsonl", lines.ToString());

        var text = CliRun.Of("validate", path).ShouldFailWith(ExitCodes.InvalidData, "5000 violations");
        text.Out.Split('\n').Count(l => l.Contains("[format]", StringComparison.Ordinal)).Should().Be(5000);
        text.Out.Should().StartWith($"{path}:\n").And.Contain($"{path}: 5000 violations (5000 format)");

        var json = CliRun.Of("validate", "--format", "json", path);
        using var document = JsonDocument.Parse(json.Out);
        var file = document.RootElement.GetProperty("files")[0];
        file.GetProperty("violations").GetArrayLength().Should().Be(5000);
        file.GetProperty("violations")[4999].GetProperty("line").GetInt64().Should().Be(5000);
        file.GetProperty("count").GetInt64().Should().Be(5000);
        file.GetProperty("counts").GetProperty("format").GetInt64().Should().Be(5000);
        document.RootElement.GetProperty("valid").GetBoolean().Should().BeFalse();
    }
}
