using System.Collections.Immutable;
using NewsEvents.Json;

namespace NewsEvents.Analysis;

/// <summary>
/// The figures of one kind (and unit) for one event, side by side with their sources: marked disputed
/// when they differ, with whether their ranges still overlap, and single-source when one source gives them all.
/// </summary>
public sealed record FigureGroup
{
    /// <summary>The event the figures are about, or null for figures of claims that name no event (then see <see cref="Proposition"/>).</summary>
    public EventId? Event { get; init; }

    /// <summary>For claims that name no event, the proposition they share; null otherwise.</summary>
    public string? Proposition { get; init; }

    /// <summary>What the figures count.</summary>
    public required QuantityKind Kind { get; init; }

    /// <summary>Their unit, where one applies.</summary>
    public string? Unit { get; init; }

    /// <summary>The figures: the event's own first, then those of claims, each in the dataset's order.</summary>
    public ImmutableArray<Figure> Figures { get; init => field = Guard.Items(value, "FigureGroup.Figures"); } = [];

    /// <summary>The independent sources of the claims' figures, one origin each, in id order (see <see cref="ClaimsAnalysis"/>).</summary>
    public ImmutableArray<ActorId> Sources { get; init => field = Guard.Items(value, "FigureGroup.Sources"); } = [];

    /// <summary>Whether the figures differ (in value, range, qualifier or unit; never in wording).</summary>
    public bool IsDisputed { get; init; }

    /// <summary>
    /// Whether one number fits every figure ("at least 12" and "30" do, "at most 10" and "30" do not;
    /// see <see cref="FiguresAnalysis"/>): rival figures that overlap may both be true.
    /// </summary>
    public bool RangesOverlap { get; init; }

    /// <summary>Whether the claims' figures all come from one independent source: no one else gives a number.</summary>
    public bool IsSingleSource => Sources.Length == 1;

    /// <inheritdoc />
    public bool Equals(FigureGroup? other) =>
        other is not null && Event == other.Event && Proposition == other.Proposition && Kind == other.Kind && Unit == other.Unit
        && ContentEquality.Equal(Figures, other.Figures) && ContentEquality.Equal(Sources, other.Sources)
        && IsDisputed == other.IsDisputed && RangesOverlap == other.RangesOverlap;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Event);
        hash.Add(Proposition);
        hash.Add(Kind);
        hash.Add(Unit);
        ContentEquality.Add(ref hash, Figures);
        ContentEquality.Add(ref hash, Sources);
        hash.Add(IsDisputed);
        hash.Add(RangesOverlap);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>subject kind: figures</c>, marked disputed or single-source.</summary>
    public override string ToString() =>
        $"{(Event is { } e ? e.Value : $"\"{Proposition}\"")} {StrictEnumJsonConverter<QuantityKind>.NameOf(Kind)}: {string.Join("; ", Figures)}"
        + (IsDisputed ? RangesOverlap ? " [disputed, overlapping]" : " [disputed]" : string.Empty)
        + (IsSingleSource ? " [single source]" : string.Empty);
}
