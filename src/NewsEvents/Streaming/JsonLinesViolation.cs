using NewsEvents.Validation;

namespace NewsEvents.Streaming;

/// <summary>
/// A problem with one line of a JSON Lines stream: a line the reader could not read (in lenient
/// mode), or a rule a record breaks (from <see cref="JsonLinesValidator"/>).
/// </summary>
/// <param name="LineNumber">The line, counted from 1 as in a text editor.</param>
/// <param name="Violation">
/// What is wrong; its path is relative to the line (<c>$.record.participants[0].actor</c>), and its
/// kind is <see cref="ViolationKind.Format"/> for a line that could not be read.
/// </param>
public sealed record JsonLinesViolation(long LineNumber, Violation Violation)
{
    /// <summary>Returns <c>line N: path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"line {LineNumber}: {Violation}");
}
