namespace NewsEvents.Tests.TestSupport;

/// <summary>
/// One model type under the shared contracts: a factory that builds a fresh sample each call (from
/// fresh arrays), one modified copy per member, the fragments its <c>ToString</c> must contain, and
/// whether the type is part of the JSON format.
/// </summary>
public sealed record ModelCase(
    string Name,
    Func<object> Create,
    IReadOnlyList<(string Member, Func<object> Variant)> Variants,
    IReadOnlyList<string> ToStringFragments,
    bool IsJson = true)
{
    public override string ToString() => Name;
}
