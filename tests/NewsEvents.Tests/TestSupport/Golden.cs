namespace NewsEvents.Tests.TestSupport;

/// <summary>Access to the golden canonical JSON files (copied to the test output).</summary>
public static class Golden
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));
}
