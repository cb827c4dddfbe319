namespace NewsEvents.Cli.Tests;

public class DataFormatsTests
{
    [Theory]
    [InlineData("events.jsonl", true)]
    [InlineData("EVENTS.JSONL", true)]
    [InlineData("dir.v2/events.ndjson", true)]
    [InlineData("dataset.json", false)]
    [InlineData("dataset.jsonl.json", false)]
    [InlineData("no-extension", false)]
    public void The_name_tells_the_form(string path, bool jsonLines)
    {
        DataFormats.Of(path).Should().Be(jsonLines ? DataFormat.JsonLines : DataFormat.Dataset);
    }
}
