namespace NewsEvents.Interop.Sources;

/// <summary>What a POLECAT, PLOVER or ICEWS import found in one file.</summary>
/// <param name="Name">The file's name.</param>
/// <param name="Format">The format detected (<c>POLECAT weekly TSV (40 columns)</c>), or <see langword="null"/> when the file could not be read.</param>
/// <param name="Rows">The rows or records read, good and bad (a header aside).</param>
/// <param name="BadRows">The rows or records left out (a lenient import only; a strict one stops at the first).</param>
public sealed record SourceFileReport(string Name, string? Format, long Rows, long BadRows);
