using System.Collections.Immutable;

namespace NewsEvents.Anchoring;

/// <summary>What <see cref="EvidenceRepair.Repair"/> did: the dataset with its spans re-anchored, what moved, and what could not be found.</summary>
public sealed class EvidenceRepairResult
{
    internal EvidenceRepairResult(Dataset dataset, ImmutableArray<EvidenceMove> moved, ImmutableArray<EvidenceMove> notFound)
    {
        Dataset = dataset;
        Moved = moved;
        NotFound = notFound;
    }

    /// <summary>The dataset, each span whose quote was found moved to it; the others as they were.</summary>
    public Dataset Dataset { get; }

    /// <summary>The spans moved to the nearest exact occurrence of their quote, in the dataset's order.</summary>
    public ImmutableArray<EvidenceMove> Moved { get; }

    /// <summary>The spans whose quote does not occur in their document's text (<see cref="EvidenceMove.After"/> is null), left as they were.</summary>
    public ImmutableArray<EvidenceMove> NotFound { get; }

    /// <summary>True when every span whose quote did not match was re-anchored.</summary>
    public bool IsComplete => NotFound.IsEmpty;
}
