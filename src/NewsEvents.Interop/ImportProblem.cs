using System.Globalization;

namespace NewsEvents.Interop;

/// <summary>A row (or a whole file) an importer could not read: where, and why.</summary>
/// <param name="File">The file's name as the caller gave it.</param>
/// <param name="Line">The line the row starts on, from 1; 0 for a problem of the whole file.</param>
/// <param name="Reason">What is wrong, as one sentence.</param>
public sealed record ImportProblem(string File, long Line, string Reason)
{
    /// <summary>Returns <c>file, line N: reason</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}, line {Line}: {Reason}") : $"{File}: {Reason}";

    /// <summary>A line (or, at line 0, a file read whole) longer than <see cref="ImportOptions.MaxRecordBytes"/>: the one wording of that problem.</summary>
    /// <param name="file">The file's name.</param>
    /// <param name="line">The line, from 1; 0 for a file read whole.</param>
    /// <returns>The problem.</returns>
    internal static ImportProblem TooLong(string file, long line) => new(file, line, TooLongReason(line));

    /// <summary>Why a line (or, at line 0, a file read whole) is not read.</summary>
    internal static string TooLongReason(long line) => string.Create(CultureInfo.InvariantCulture,
        $"The {(line == 0 ? "file, which is read whole," : "line")} is longer than {ImportOptions.MaxRecordBytes} bytes, the most an import holds at once (ImportOptions.MaxRecordBytes); it was not read.");

    /// <summary>The exception a strict import stops with: the one place an importer's data errors are thrown from.</summary>
    /// <returns>The exception, to throw.</returns>
    internal NewsEventsFormatException ToException() => new(ToString());
}
