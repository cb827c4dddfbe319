using NewsEvents.Tests.Docs;
using PublicApiGenerator;

namespace NewsEvents.Parquet.Tests.Docs;

/// <summary>
/// The package's public API is approved: every change to it shows in review as a change of the approved file,
/// so nothing becomes public (or stops being public) by accident.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_api_of_the_package_is_the_approved_one()
    {
        var approvedPath = RepositoryFiles.PathOf("tests", "NewsEvents.Parquet.Tests", "Docs", "PublicApi", "NewsEvents.Parquet.approved.txt");
        var receivedPath = approvedPath.Replace(".approved.txt", ".received.txt", StringComparison.Ordinal);
        var api = Normalize(typeof(NewsEventsParquet).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : "";

        if (api != approved)
        {
            // Left beside the approved file, so that accepting the change is one move of a file.
            File.WriteAllText(receivedPath, api);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        api.Should().Be(approved, $"the public API changed: review {receivedPath} and, if the change is meant, move it over {approvedPath} and note it in CHANGELOG.md");
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
