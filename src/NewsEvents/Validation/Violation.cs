using System.Globalization;

namespace NewsEvents.Validation;

/// <summary>
/// One broken rule: where (a JSON path such as <c>$.events[3].participants[0].actor</c>, and the line
/// where one is known), which rule, and a message.
/// </summary>
/// <param name="Path">
/// The JSON path of the offending value: <c>$</c> for the whole dataset; in a JSON Lines stream, the
/// path within the line's object (<c>$.record.participants[0].actor</c>).
/// </param>
/// <param name="Kind">The rule broken.</param>
/// <param name="Message">What is wrong, stating the rule.</param>
public sealed record Violation(string Path, ViolationKind Kind, string Message)
{
    /// <summary>The line the value is on, counted from 1 as in a text editor, where known (always in a JSON Lines stream).</summary>
    public long? LineNumber { get; init; }

    /// <summary>Returns <c>path: message</c>, after <c>line N: </c> when the line is known.</summary>
    public override string ToString() => LineNumber is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"line {line}: {Path}: {Message}")
        : $"{Path}: {Message}";
}
