using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsEvents.Tests.Docs;

/// <summary>Keeps README.md honest: its quickstart compiles, runs and prints what the README says it prints.</summary>
[Collection(ConsoleCollection.Name)]
public partial class ReadmeQuickstartTests
{
    // What a console project's implicit usings bring (dotnet new console).
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly string Readme = RepositoryFiles.ReadText("README.md").ReplaceLineEndings("\n");

    [Fact]
    public void The_quickstart_compiles_runs_and_prints_what_the_readme_shows()
    {
        var quickstart = Section("Quickstart");
        var code = FirstBlock(quickstart, "csharp");
        var expected = FirstBlock(quickstart[quickstart.IndexOf(code, StringComparison.Ordinal)..], "text");

        var output = CompileAndRun(code);

        output.ReplaceLineEndings("\n").Should().Be(expected);
    }

    [Fact]
    public void The_quickstart_builds_a_document_actors_an_event_a_statement_and_a_claim_and_round_trips_them()
    {
        var code = FirstBlock(Section("Quickstart"), "csharp");

        code.Should().ContainAll(
            "new Document", "Text = text", "new Actor", "new Event", "new Participant(", "TimeValue.", "Evidence.Find(",
            "new Statement", "new Claim", "NewsEventsJson.Serialize(", "NewsEventsJson.Deserialize(", "DatasetValidator.Validate(");
    }

    public static TheoryData<int> CSharpBlockNumbers => [.. Enumerable.Range(0, CSharpBlocks().Count)];

    [Theory]
    [MemberData(nameof(CSharpBlockNumbers))]
    public void Every_csharp_block_of_the_readme_compiles_and_runs(int number)
    {
        var code = CSharpBlocks()[number];

        var output = CompileAndRun(code);

        output.Should().NotBeNullOrWhiteSpace("each example prints what it shows");
    }

    [Fact]
    public void The_readme_shows_the_sample_the_analyses_and_json_lines_in_csharp()
    {
        CSharpBlocks().Should().HaveCountGreaterThanOrEqualTo(4);
        string.Concat(CSharpBlocks()).Should().ContainAll("SampleDatasets.MoscowTalks", "ClaimsAnalysis.Build(", "JsonLinesReader.ReadAsync(");
    }

    [Fact]
    public void The_install_section_adds_the_package()
    {
        FirstBlock(Section("Install"), "").Trim().Should().Be("dotnet add package NewsEvents");
    }

    [Fact]
    public void The_fresh_clone_commands_run_the_main_job_then_the_tests_on_paths_that_exist()
    {
        var commands = FirstBlock(Section("From a fresh clone"), "").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        commands.Should().HaveCount(2);
        commands[0].Should().StartWith("dotnet run --project ");
        commands[1].Should().Be("dotnet test NewsEvents.sln -c Release", "CI runs exactly this line");
        foreach (var command in commands)
        {
            command.Should().StartWith("dotnet ");
            var path = ProjectPath(command);
            path.Should().NotBeNull($"'{command}' should name a project or solution");
            var full = RepositoryFiles.PathOf(path!.Split('/'));
            (File.Exists(full) || Directory.Exists(full)).Should().BeTrue($"'{command}' names {path}, which should exist in the repository");
        }
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/format.md")]
    [InlineData("docs/concepts.md")]
    public void Local_links_point_to_files_of_the_repository(string page)
    {
        var folder = Path.GetDirectoryName(RepositoryFiles.PathOf(page.Split('/')))!;
        var links = LocalLink().Matches(RepositoryFiles.ReadText(page.Split('/'))).Select(m => m.Groups[1].Value).ToList();

        links.Should().NotBeEmpty();
        foreach (var target in links)
        {
            File.Exists(Path.Combine(folder, target)).Should().BeTrue($"{page} links to {target}");
        }
    }

    private static string? ProjectPath(string command)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var project = Array.IndexOf(words, "--project");
        if (project >= 0 && project + 1 < words.Length)
        {
            return words[project + 1];
        }

        return words.Skip(2).FirstOrDefault(w => !w.StartsWith('-') && (w.EndsWith(".sln", StringComparison.Ordinal) || w.EndsWith(".csproj", StringComparison.Ordinal) || w.Contains('/', StringComparison.Ordinal)));
    }

    /// <summary>The text of the level-2 section <paramref name="heading"/>, up to the next level-2 heading.</summary>
    private static string Section(string heading)
    {
        var start = Readme.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"README.md should have a section '## {heading}'");
        var end = Readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? Readme[start..] : Readme[start..end];
    }

    /// <summary>The content of the first fenced block with the info string <paramref name="language"/> ("" for none).</summary>
    private static string FirstBlock(string markdown, string language)
    {
        var fence = $"```{language}\n";
        var start = markdown.IndexOf(fence, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"a ```{language} block should be there");
        start += fence.Length;
        var end = markdown.IndexOf("\n```", start - 1, StringComparison.Ordinal);
        return markdown[start..(end + 1)];
    }

    /// <summary>Every fenced C# block of the README, in order.</summary>
    private static List<string> CSharpBlocks()
    {
        var blocks = new List<string>();
        for (var at = Readme.IndexOf("```csharp\n", StringComparison.Ordinal); at >= 0; at = Readme.IndexOf("```csharp\n", at + 1, StringComparison.Ordinal))
        {
            blocks.Add(FirstBlock(Readme[at..], "csharp"));
        }

        return blocks;
    }

    private static string CompileAndRun(string code)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "ReadmeQuickstart",
            [CSharpSyntaxTree.ParseText(code, parse, "Quickstart.cs"), CSharpSyntaxTree.ParseText(ImplicitUsings, parse, "GlobalUsings.cs")],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("the quickstart should compile");
        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.ToString()).Should().BeEmpty("the quickstart should compile without warnings");

        var context = new AssemblyLoadContext("ReadmeQuickstart", isCollectible: true);
        var output = new StringWriter();
        var console = Console.Out;
        try
        {
            image.Position = 0;
            var entry = context.LoadFromStream(image).EntryPoint!;
            Console.SetOut(output);
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(console);
            context.Unload();
        }

        return output.ToString();
    }

    private static List<MetadataReference> References()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat([typeof(Dataset).Assembly.Location, typeof(NodaTime.Instant).Assembly.Location]);
        return [.. paths
            .DistinctBy(p => Path.GetFileName(p), StringComparer.OrdinalIgnoreCase)
            .Select(p => MetadataReference.CreateFromFile(p))];
    }

    [GeneratedRegex(@"\]\((?!https?:)([^)#\s]+)\)")]
    private static partial Regex LocalLink();
}

/// <summary>Tests that redirect <see cref="Console"/> run alone, never beside another test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
