using System.Collections.Immutable;

namespace NewsEvents.Interop.Cameo;

/// <summary>What a CAMEO event code becomes in PLOVER, by the CAMEO→PLOVER table (<see cref="CameoPloverTable"/>).</summary>
/// <param name="CameoCode">The CAMEO code of the table row used (for an inherited mapping, the base or root code).</param>
/// <param name="EventType">The PLOVER event type, such as <c>CONSULT</c>.</param>
/// <param name="Mode">The PLOVER mode, such as <c>visit</c>, or <see langword="null"/>.</param>
/// <param name="Contexts">The PLOVER contexts, such as <c>military</c> and <c>legal</c>.</param>
/// <param name="Caveats">What makes the mapping lossy or ambiguous.</param>
public sealed record CameoPloverMapping(string CameoCode, string EventType, string? Mode, ImmutableArray<string> Contexts, CameoPloverCaveats Caveats)
{
    /// <summary>Whether the mapping is lossy or ambiguous (any flag set).</summary>
    public bool HasCaveats => Caveats != CameoPloverCaveats.None;

    /// <summary>Compares by content, the contexts item by item.</summary>
    /// <param name="other">The other mapping.</param>
    /// <returns>Whether both are the same.</returns>
    public bool Equals(CameoPloverMapping? other) =>
        other is not null && CameoCode == other.CameoCode && EventType == other.EventType && Mode == other.Mode
        && Caveats == other.Caveats && Contexts.SequenceEqual(other.Contexts);

    /// <summary>A hash of the content.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(CameoCode, EventType, Mode, Caveats, Contexts.Length);
}
