namespace NewsEvents.Interop.SchemaOrg;

/// <summary>What an import has read so far, across its files: an actor or a document met again is kept once.</summary>
internal sealed class ClaimReviewReading
{
    public Dictionary<ActorId, Actor> Actors { get; } = [];

    public Dictionary<DocumentId, Document> Documents { get; } = [];

    public List<Claim> Claims { get; } = [];

    public List<ClaimReview> Reviews { get; } = [];

    public List<ToleratedFault> Tolerated { get; } = [];

    public int OtherNodes { get; set; }

    public int RepeatedReviews { get; private set; }

    private readonly HashSet<ClaimId> _reviewed = [];

    /// <summary>
    /// Adds a review read whole. The same review again (the same URL and claimReviewed: a page crawled twice, a
    /// review republished) is counted and left out, the first read kept, as the GDELT import does with events.
    /// </summary>
    public void Add(ClaimReviewNode node)
    {
        if (!_reviewed.Add(node.Review.Claim))
        {
            RepeatedReviews++;
            return;
        }

        foreach (var actor in node.Actors)
        {
            Actors.TryAdd(actor.Id, actor);
        }

        foreach (var document in node.Documents)
        {
            Documents.TryAdd(document.Id, document);
        }

        Claims.AddRange(node.Claims);
        Reviews.Add(node.Review);
        Tolerated.AddRange(node.Tolerated);
    }
}
