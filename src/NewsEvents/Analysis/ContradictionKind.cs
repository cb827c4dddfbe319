namespace NewsEvents.Analysis;

/// <summary>Why claims contradict each other.</summary>
public enum ContradictionKind
{
    /// <summary>A claim has a <see cref="ClaimLinkType.Contradicts"/> link to the other.</summary>
    ExplicitLink,

    /// <summary>The claims assert the same proposition, one positive and one negative.</summary>
    OppositePolarity
}
