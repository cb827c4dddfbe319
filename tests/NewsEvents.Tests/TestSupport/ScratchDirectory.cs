namespace NewsEvents.Tests.TestSupport;

/// <summary>A fresh folder under the system's temporary folder, removed with everything in it on dispose.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "newsevents-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The path of <paramref name="name"/> in the folder.</summary>
    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>What the folder holds: files and folders, at any depth.</summary>
    public string[] Entries => Directory.GetFileSystemEntries(Root, "*", SearchOption.AllDirectories);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
