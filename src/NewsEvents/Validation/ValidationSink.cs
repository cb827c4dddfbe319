namespace NewsEvents.Validation;

/// <summary>
/// Where the rule set's violations go, and how it names places: a whole dataset names members by
/// their JSON path (<c>$.events[3].participants[0].actor</c>); a JSON Lines stream by the line and
/// the path within the record (<c>$.record.participants[0].actor</c> on line 7).
/// </summary>
internal abstract class ValidationSink
{
    /// <summary>Records a violation of the member <paramref name="member"/> of the item at <paramref name="at"/>.</summary>
    public abstract void Report(ItemAt at, MemberPath member, ViolationKind kind, string message);

    /// <summary>Names an item in a message that points to it (<c>$.actors[0]</c>, <c>line 3</c>).</summary>
    public abstract string Describe(ItemAt at);
}
