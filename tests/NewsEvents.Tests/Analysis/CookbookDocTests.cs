using System.Text.RegularExpressions;
using NewsEvents.Tests.Docs;

namespace NewsEvents.Tests.Analysis;

/// <summary>
/// Keeps docs/analyses.md and <see cref="CookbookExamples"/> together: every C# block of the page
/// appears in the examples file (the recipes indented inside test methods, the analyses of one's own
/// exactly as shown), so the page shows only code that compiles and runs.
/// </summary>
public sealed partial class CookbookDocTests
{
    private const string UserAnalysisMarker = "<!-- user-analysis -->";

    private static readonly string Doc = RepositoryFiles.ReadText("docs", "analyses.md").ReplaceLineEndings("\n");

    private static readonly string Examples =
        RepositoryFiles.ReadText("tests", "NewsEvents.Tests", "Analysis", "CookbookExamples.cs").ReplaceLineEndings("\n");

    [Fact]
    public void The_two_analyses_of_ones_own_appear_verbatim_in_the_compiled_examples()
    {
        var blocks = CodeBlocks().Where(b => b.UserAnalysis).Select(b => b.Code).ToList();

        blocks.Should().HaveCount(2);
        foreach (var block in blocks)
        {
            Examples.Should().Contain(block, "docs/analyses.md shows it, and CookbookExamples.cs compiles it");
        }
    }

    [Fact]
    public void Every_recipe_of_the_cookbook_appears_in_the_compiled_examples()
    {
        var recipes = CodeBlocks().Where(b => !b.UserAnalysis).Select(b => b.Code).ToList();

        recipes.Should().HaveCountGreaterThanOrEqualTo(6);
        foreach (var recipe in recipes)
        {
            var indented = string.Join("\n", recipe.Split('\n').Select(line => line.Length == 0 ? line : "        " + line));
            Examples.Should().Contain(indented, "docs/analyses.md shows this recipe, and a test method of CookbookExamples.cs runs it");
        }
    }

    private static IEnumerable<(string Code, bool UserAnalysis)> CodeBlocks() =>
        CSharpBlock().Matches(Doc).Select(m => (m.Groups["code"].Value, m.Groups["marker"].Success));

    [GeneratedRegex(@"(?<marker><!-- user-analysis -->\n)?```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
