namespace NewsEvents.Cli.Tests;

// Permissions, links and devices as Unix has them.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputFileTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_old_file_as_it_was_and_no_temporary_file()
    {
        var path = _files.Write("out.jsonl", "the old content\n");
        var console = new CliConsole(TextWriter.Null, TextWriter.Null);

        var act = () => DatasetFiles.Write(console, path, stream =>
        {
            stream.Write(new byte[200_000]);
            throw new IOException("No space left on device");
        });

        var error = act.Should().Throw<CliException>().Which;
        error.ExitCode.Should().Be(ExitCodes.InvalidData);
        error.Message.Should().Contain("out.jsonl: cannot be written: No space left on device");
        File.ReadAllText(path).Should().Be("the old content\n");
        Directory.GetFiles(_files.Directory).Should().Equal(path);
    }

    [Fact]
    public void A_successful_write_replaces_the_file_keeps_its_permissions_and_leaves_no_temporary_file()
    {
        var path = _files.Write("out.json", "the old content\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var input = _files.Write("small.json", TestFiles.Small);

        CliRun.Of("convert", input, path).ShouldSucceed();

        File.ReadAllBytes(path).Should().Equal(File.ReadAllBytes(input));
        File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        Directory.GetFiles(_files.Directory).Order().Should().Equal(new[] { path, input }.Order());
    }

    [Fact]
    public void A_symbolic_link_stays_a_link_and_the_file_it_leads_to_is_replaced()
    {
        var target = _files.Write("target.json", "the old content\n");
        var link = _files.Missing("link.json");
        File.CreateSymbolicLink(link, target);
        var input = _files.Write("small.json", TestFiles.Small);

        CliRun.Of("convert", input, link).ShouldSucceed();

        new FileInfo(link).LinkTarget.Should().Be(target);
        File.ReadAllBytes(target).Should().Equal(File.ReadAllBytes(input));
    }

    [Fact]
    public void An_output_linked_to_a_full_device_fails_with_exit_1_and_the_link_stays()
    {
        // The finding: 'convert seed.json o.jsonl' with o.jsonl linked to /dev/full removed o.jsonl.
        File.Exists("/dev/full").Should().BeTrue("the test runs on Linux, which has a device that is always full");
        var link = _files.Missing("o.jsonl");
        File.CreateSymbolicLink(link, "/dev/full");
        var input = _files.Write("small.json", TestFiles.Small);

        CliRun.Of("convert", input, link).ShouldFailWith(ExitCodes.InvalidData, "o.jsonl: cannot be written");

        new FileInfo(link).LinkTarget.Should().Be("/dev/full");
        Directory.GetFiles(_files.Directory).Order().Should().Equal(new[] { link, input }.Order());
    }

    [Fact]
    public void A_device_is_written_in_place_not_replaced()
    {
        CliRun.Of("generate", "-n", "20", "-o", "/dev/null").ShouldSucceed();

        new FileInfo("/dev/null").Length.Should().Be(0, "/dev/null is still the device, not a file holding the output");
    }
}
