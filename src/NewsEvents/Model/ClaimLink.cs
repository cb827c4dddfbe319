namespace NewsEvents.Model;

/// <summary>A link from a claim to another claim.</summary>
/// <param name="Type">How this claim relates to the target.</param>
/// <param name="Target">The other claim.</param>
public sealed record ClaimLink(ClaimLinkType Type, ClaimId Target)
{
    /// <summary>How this claim relates to the target.</summary>
    public ClaimLinkType Type { get; init => field = Guard.Defined(value, "ClaimLink.Type"); } = Guard.Defined(Type, "ClaimLink.Type");

    /// <summary>The other claim.</summary>
    public ClaimId Target { get; init; } = Target;

    /// <summary>Returns <c>type target</c>.</summary>
    public override string ToString() => $"{Json.StrictEnumJsonConverter<ClaimLinkType>.NameOf(Type)} {Target}";
}
