namespace NewsEvents.Analysis;

/// <summary>An item of the dataset that cites a span of a document through one of its evidence spans.</summary>
/// <param name="Kind">The kind of the item.</param>
/// <param name="Id">The item's id (look the item up with <see cref="DatasetIndex"/>'s <c>Find</c> methods).</param>
/// <param name="Evidence">The evidence span of the item that overlaps the span asked about.</param>
public sealed record Citation(CitedKind Kind, string Id, Evidence Evidence)
{
    /// <summary>Returns <c>kind id: evidence</c>.</summary>
    public override string ToString() => $"{Kind} {Id}: {Evidence}";
}
