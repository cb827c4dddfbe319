using System.Text.RegularExpressions;

namespace NewsEvents.Tests.Docs;

/// <summary>
/// The rooms of the core use one another only as docs/architecture.md allows: its table "What may use
/// what" is read here, so the document is the one statement of the rule.
/// </summary>
public partial class ArchitectureTests
{
    private static readonly string[] FacadeTypes = ["NewsEventsJson", "NewsEventsReaderOptions", "NewsEventsFormatException"];

    [Fact]
    public void Every_room_uses_only_the_rooms_the_architecture_allows()
    {
        var allowed = AllowedUses();
        var breaches = new List<string>();
        foreach (var file in RepositoryFiles.Glob(Path.Combine("src", "NewsEvents"), "*.cs").Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var room = RoomOf(file);
            allowed.Should().ContainKey(room, $"docs/architecture.md names every room ({file} is in '{room}')");
            foreach (var used in UsedRooms(File.ReadAllLines(file)).Where(r => r != room && !allowed[room].Contains(r)))
            {
                breaches.Add($"{Path.GetRelativePath(RepositoryFiles.Root, file)} ({room}) uses {used}");
            }
        }

        breaches.Should().BeEmpty("a room uses only what its row of docs/architecture.md names");
    }

    [Fact]
    public void The_check_sees_a_use_by_using_directive_by_qualified_name_and_of_the_facade()
    {
        UsedRooms(["using NewsEvents.Analysis;"]).Should().Equal("Analysis");
        UsedRooms(["var x = NewsEvents.Streaming.JsonLinesReader.Read(s);"]).Should().Equal("Streaming");
        UsedRooms(["NewsEventsJson.Serialize(d);"]).Should().Equal("root");
        UsedRooms(["/// <see cref=\"NewsEvents.Analysis.Timeline\"/>", "// NewsEventsJson in a comment", "Fail(\"set NewsEventsReaderOptions.X\");"]).Should().BeEmpty();
    }

    private static Dictionary<string, HashSet<string>> AllowedUses()
    {
        var text = RepositoryFiles.ReadText("docs", "architecture.md");
        var section = text[text.IndexOf("## What may use what", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var table = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in section.Split('\n').Where(l => l.StartsWith('|')).Skip(2))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            table[cells[1]] = [.. cells[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        table.Should().NotBeEmpty("docs/architecture.md has the table 'What may use what'");
        return table;
    }

    private static string RoomOf(string file)
    {
        var relative = Path.GetRelativePath(RepositoryFiles.PathOf("src", "NewsEvents"), file).Split(Path.DirectorySeparatorChar);
        return relative.Length == 1 ? "root" : relative[0];
    }

    private static IEnumerable<string> UsedRooms(IEnumerable<string> lines)
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        // Code only: comments and the text of string literals (a message may name an option) are not uses.
        foreach (var line in lines.Select(l => StringLiteral().Replace(l.Trim(), "\"\"")).Where(l => !l.StartsWith("//", StringComparison.Ordinal)))
        {
            foreach (Match match in QualifiedRoom().Matches(line))
            {
                used.Add(match.Groups[1].Value);
            }

            if (FacadeTypes.Any(type => Regex.IsMatch(line, $@"\b{type}\b")))
            {
                used.Add("root");
            }
        }

        return used;
    }

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\bNewsEvents\.([A-Z][A-Za-z]*)\b(?!\.cs)")]
    private static partial Regex QualifiedRoom();
}
