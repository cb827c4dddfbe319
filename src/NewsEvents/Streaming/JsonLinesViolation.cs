using NewsEvents.Validation;

namespace NewsEvents.Streaming;

/// <summary>
/// A line of a JSON Lines stream that the reader could not read (in lenient mode, see
/// <see cref="JsonLinesReaderOptions.OnBadLine"/>). <see cref="JsonLinesValidator"/> reports it as a
/// <see cref="Validation.Violation"/> with its <see cref="Validation.Violation.LineNumber"/>, beside the rules records break.
/// </summary>
/// <param name="LineNumber">The line, counted from 1 as in a text editor.</param>
/// <param name="Violation">
/// What is wrong; its path is relative to the line (<c>$.record.schemaVersion</c>), and its kind is
/// <see cref="ViolationKind.Format"/> for a line that is not a record of the format.
/// </param>
public sealed record JsonLinesViolation(long LineNumber, Violation Violation)
{
    /// <summary>Returns <c>line N: path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"line {LineNumber}: {Violation}");
}
