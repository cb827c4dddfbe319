namespace NewsEvents.Interop.Acled;

/// <summary>What an ACLED import found in one file.</summary>
/// <param name="Name">The file's name.</param>
/// <param name="Layout">The layout its header names, or <see langword="null"/> when the file could not be read (empty, no ACLED header).</param>
/// <param name="Rows">The rows read after the header, good and bad.</param>
/// <param name="BadRows">The rows left out (a lenient import only; a strict one stops at the first).</param>
public sealed record AcledFileReport(string Name, AcledLayout? Layout, long Rows, long BadRows);
