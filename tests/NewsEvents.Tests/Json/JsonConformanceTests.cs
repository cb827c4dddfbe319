using System.Text;
using System.Text.Json;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Json;

/// <summary>
/// The JSONTestSuite parsing corpus (Json/Fixtures/jsontestsuite, MIT): every file read as a whole
/// dataset, and wrapped as the value of a list of strings inside a valid dataset. n_ files must be
/// rejected with NewsEventsFormatException; i_ and y_ files must be read or rejected with it, never
/// with another exception.
/// </summary>
public class JsonConformanceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Json", "Fixtures", "jsontestsuite");

    private static readonly byte[] Prefix = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"id\":\"suite\",\"metadata\":{\"coders\":");
    private static readonly byte[] Suffix = Encoding.UTF8.GetBytes("}}");

    public static string[] Files(string prefix) =>
        [.. Directory.GetFiles(Folder, prefix + "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> MustReject => [.. Files("n_")];

    public static TheoryData<string> MayAccept => [.. Files("i_"), .. Files("y_")];

    private static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(Folder, file));

    private static byte[] Wrap(byte[] content) => [.. Prefix, .. content, .. Suffix];

    [Fact]
    public void The_corpus_is_there_with_its_licence()
    {
        Files("n_").Length.Should().BeGreaterThan(180);
        Files("y_").Length.Should().BeGreaterThan(90);
        Files("i_").Length.Should().BeGreaterThan(30);
        File.ReadAllText(Path.Combine(Folder, "LICENSE")).Should().Contain("MIT License").And.Contain("Nicolas Seriot");
    }

    [Theory]
    [MemberData(nameof(MustReject))]
    public void N_files_are_rejected_as_a_dataset_and_inside_one(string file)
    {
        var content = Read(file);

        Reject.Bytes(content);
        Reject.Bytes(Wrap(content));
    }

    [Theory]
    [MemberData(nameof(MayAccept))]
    public void I_and_y_files_are_read_or_rejected_with_the_format_exception(string file)
    {
        var content = Read(file);

        ReadOrReject(content);
        var wrapped = ReadOrReject(Wrap(content));

        if (file.StartsWith("y_", StringComparison.Ordinal) && StringsOf(content) is { } strings)
        {
            var expected = strings.All(s => !string.IsNullOrWhiteSpace(s));
            if (expected)
            {
                wrapped.Should().NotBeNull($"{file} is a list of non-blank strings, which the coders list accepts");
                wrapped!.Metadata!.Coders.Should().Equal(strings, "strings are read exactly, never altered");
            }
            else
            {
                wrapped.Should().BeNull("a blank coder name is rejected");
            }
        }
    }

    [Fact]
    public void Escaped_strings_of_the_corpus_survive_a_round_trip_exactly()
    {
        foreach (var file in Files("y_string_"))
        {
            if (StringsOf(Read(file)) is not { } strings || strings.Any(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var dataset = new Dataset { Id = new DatasetId("suite"), Metadata = new DatasetMetadata { Coders = [.. strings] } };
            JsonContract.RoundTrip(dataset);
        }
    }

    /// <summary>Reads <paramref name="utf8"/>; returns null when it is rejected, which must be with the format exception.</summary>
    private static Dataset? ReadOrReject(byte[] utf8)
    {
        try
        {
            return NewsEventsJson.Deserialize(utf8);
        }
        catch (NewsEventsFormatException e)
        {
            e.Violations.Should().NotBeEmpty();
            return null;
        }
    }

    /// <summary>The strings of a JSON array of strings, as System.Text.Json reads them; null for anything else.</summary>
    private static string[]? StringsOf(byte[] utf8)
    {
        try
        {
            using var json = JsonDocument.Parse(utf8);
            if (json.RootElement.ValueKind != JsonValueKind.Array || json.RootElement.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                return null;
            }

            return [.. json.RootElement.EnumerateArray().Select(e => e.GetString()!)];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
