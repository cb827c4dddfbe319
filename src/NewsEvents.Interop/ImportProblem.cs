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

    /// <summary>The exception a strict import stops with: the one place an importer's data errors are thrown from.</summary>
    /// <returns>The exception, to throw.</returns>
    internal NewsEventsFormatException ToException() => new(ToString());
}
