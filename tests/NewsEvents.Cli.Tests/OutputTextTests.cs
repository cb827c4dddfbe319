namespace NewsEvents.Cli.Tests;

public sealed class OutputTextTests : IDisposable
{
    private const string ClearScreen = "\u001b[2J";

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("plain text, naïve, Лавров, حفتر", "plain text, naïve, Лавров, حفتر")]
    [InlineData("a\nb\rc\td", "a\\nb\\rc\\td")]
    [InlineData("\u001b[2J", "\\u001B[2J")]
    [InlineData("nul\0del\u007fnel\u0085csi\u009b", "nul\\u0000del\\u007Fnel\\u0085csi\\u009B")]
    [InlineData("line\u2028para\u2029", "line\\u2028para\\u2029")]
    [InlineData("evil\u202Etxt.exe \u2066x\u2069 \u200E\u200F\u061C", "evil\\u202Etxt.exe \\u2066x\\u2069 \\u200E\\u200F\\u061C")]
    public void Control_characters_are_written_as_json_escapes_and_the_rest_is_kept(string text, string escaped)
    {
        OutputText.Escape(text).Should().Be(escaped);
    }

    [Fact]
    public void Line_feeds_can_be_kept_for_the_lines_the_tool_writes_itself()
    {
        OutputText.Escape("one\ntwo\u001b\r\n", keepLineFeeds: true).Should().Be("one\ntwo\\u001B\\r\n");
    }

    [Fact]
    public void The_escaping_writer_passes_safe_text_unchanged_and_escapes_the_rest()
    {
        using var inner = new StringWriter();
        using var writer = new EscapingWriter(inner);

        writer.Write("report\n");
        writer.Write('\u001b');
        writer.Write("[2J\u202Eok\n".ToCharArray(), 0, 7);

        inner.ToString().Should().Be("report\n\\u001B[2J\\u202Eok\n");
    }

    [Fact]
    public void A_member_name_with_a_line_feed_cannot_forge_a_line_of_validate()
    {
        // The finding: the member name's line feed started a line "fake.json: valid (…)".
        var path = _files.Write("forge.json", "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"z\\nfake.json: valid (dataset fake, 0 documents)\":1}");

        var run = CliRun.Of("validate", path);

        run.ExitCode.Should().Be(ExitCodes.InvalidData);
        run.Out.Split('\n').Should().NotContain(line => line.StartsWith("fake.json", StringComparison.Ordinal));
        run.Out.Should().Contain("$['z\\nfake.json: valid (dataset fake, 0 documents)']");
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3, "the file's name, its one violation and its count");
    }

    [Theory]
    [InlineData("analyze", "text")]
    [InlineData("analyze", "json")]
    [InlineData("network", "dot")]
    [InlineData("network", "mermaid")]
    [InlineData("validate", "text")]
    [InlineData("validate", "json")]
    public void An_escape_sequence_in_the_data_never_reaches_the_terminal(string command, string format)
    {
        var dataset = TestFiles.Small with
        {
            Actors = TestFiles.Small.Actors.SetItem(0, TestFiles.Small.Actors[0] with { Name = "Khalifa" + ClearScreen + "\u009b31m Haftar\u202E" }),
        };
        var path = _files.Write("escape.json", dataset);

        var run = CliRun.Of(command, path, "--format", format);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        (run.Out + run.Error).Should().NotContainAny("\u001b", "\u009b", "\u202E");
        if (command != "validate")
        {
            run.Out.Should().Contain("Khalifa\\u001B[2J\\u009B31m Haftar\\u202E");
        }
    }

    [Fact]
    public void An_error_that_names_a_file_escapes_its_name()
    {
        var run = CliRun.Of("analyze", _files.Missing("x" + ClearScreen + "\nnewsevents: fine.json"));

        run.ShouldFailWith(ExitCodes.UsageError, "\\u001B[2J");
        run.Error.Should().NotContain("\u001b");
    }
}
