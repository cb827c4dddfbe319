namespace NewsEvents.Interop.Gdelt;

/// <summary>What an import found in one file.</summary>
/// <param name="Name">The file's name.</param>
/// <param name="Layout">The layout detected from its first row, or <see langword="null"/> when the file could not be read (empty, not UTF-8, an unknown column count).</param>
/// <param name="Rows">The rows read, good and bad.</param>
/// <param name="BadRows">The rows left out (a lenient import only; a strict one stops at the first).</param>
public sealed record GdeltFileReport(string Name, GdeltLayout? Layout, long Rows, long BadRows);
