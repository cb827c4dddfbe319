namespace NewsEvents.Validation;

/// <summary>One broken rule: where (a JSON path such as <c>$.events[3].participants[0].actor</c>), which rule, and a message.</summary>
/// <param name="Path">The JSON path of the offending value, <c>$</c> for the whole dataset.</param>
/// <param name="Kind">The rule broken.</param>
/// <param name="Message">What is wrong, stating the rule.</param>
public sealed record Violation(string Path, ViolationKind Kind, string Message)
{
    /// <summary>Returns <c>path: message</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}
