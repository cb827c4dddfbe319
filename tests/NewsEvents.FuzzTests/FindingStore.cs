using System.Security.Cryptography;

namespace NewsEvents.FuzzTests;

/// <summary>
/// Findings as files: <c>Findings/TARGET/KIND-HASH.EXT</c> holds the input, and a <c>.txt</c> beside it
/// what went wrong. <see cref="FindingReplayTests"/> runs every input of the folder again.
/// </summary>
public static class FindingStore
{
    /// <summary>The folder of the findings kept in the repository, as copied beside the tests.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Findings");

    /// <summary>Saves <paramref name="finding"/> under <paramref name="folder"/>; returns the input's path.</summary>
    public static string Save(string folder, FuzzFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var target = FuzzCampaign.Target(finding.Target);
        var directory = Directory.CreateDirectory(Path.Combine(folder, finding.Target)).FullName;
        var hash = Convert.ToHexStringLower(SHA256.HashData(finding.Input))[..12];
        var path = Path.Combine(directory, $"{finding.Kind}-{hash}{target.Extension}");
        File.WriteAllBytes(path, finding.Input);
        File.WriteAllText(Path.ChangeExtension(path, ".txt"), $"{finding.Target} {finding.Kind}: {finding.Message}\n");
        return path;
    }

    /// <summary>Every saved input under <paramref name="folder"/>: its target's name and its path.</summary>
    public static IEnumerable<(string Target, string Path)> Load(string folder) =>
        !Directory.Exists(folder)
            ? []
            : FuzzCampaign.AllTargets.SelectMany(target =>
            {
                var directory = Path.Combine(folder, target.Name);
                return Directory.Exists(directory)
                    ? Directory.GetFiles(directory, "*" + target.Extension).Order(StringComparer.Ordinal).Select(path => (target.Name, path))
                    : [];
            });
}
