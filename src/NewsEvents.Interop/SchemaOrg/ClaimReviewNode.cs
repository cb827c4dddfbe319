using System.Collections.Immutable;
using NodaTime.Text;

namespace NewsEvents.Interop.SchemaOrg;

/// <summary>One ClaimReview node read into the model's terms, whole or not at all.</summary>
/// <param name="Review">The review.</param>
/// <param name="Claims">The reviewed claim, then the reviewer's verdict when there is one.</param>
/// <param name="Actors">The claimant and the reviewer.</param>
/// <param name="Documents">The review's document and the claim's appearances.</param>
/// <param name="Tolerated">The faults read anyway.</param>
internal sealed record ClaimReviewNode(ClaimReview Review, IReadOnlyList<Claim> Claims, IReadOnlyList<Actor> Actors, IReadOnlyList<Document> Documents, IReadOnlyList<ToleratedFault> Tolerated)
{
    private static readonly string[] WikidataItems = ["https://www.wikidata.org/wiki/", "http://www.wikidata.org/wiki/", "https://www.wikidata.org/entity/", "http://www.wikidata.org/entity/"];

    public static ClaimReviewNode Read(JsonLdNode node)
    {
        var actors = new List<Actor>();
        var documents = new List<Document>();
        var proposition = node.Text("claimReviewed") ?? throw node.Fail("claimReviewed", "missing: a ClaimReview names the claim it reviews in claimReviewed");
        var url = node.Text("url");
        var published = Date(node, "datePublished");
        ActorId? reviewer = node.Node("author") is { } author ? ReadActor(author, actors) : null;
        DocumentId? reviewDocument = url is null ? null : Add(documents, Checked(node, "url", () => new Document
        {
            Id = DocumentIdOf(url),
            Url = url,
            Title = node.Text("headline") ?? node.Text("name"),
            Publisher = reviewer is null ? null : actors.First(a => a.Id == reviewer).Name,
            Published = published,
        }));
        var item = node.Node("itemReviewed") ?? throw node.Fail("itemReviewed", "missing: the claim's claimant is the itemReviewed's author");
        var claimant = item.Node("author") is { } by ? ReadActor(by, actors) : throw item.Fail("author", "missing: a claim needs its claimant");
        var appearances = item.Nodes("firstAppearance").Concat(item.Nodes("appearance"))
            .Select(a => ReadDocument(a, documents)).OfType<DocumentId>().Distinct().ToImmutableArray();
        var time = Date(item, "datePublished");
        var claim = Checked(node, "claimReviewed", () => new Claim
        {
            Id = new ClaimId(StableHash.Id("claimreview-claim-", $"{url}\n{proposition}")),
            Claimant = claimant,
            Proposition = proposition,
            // The claimant asserted the proposition as the review words it; how surely, the review does not say.
            Polarity = ClaimPolarity.Positive,
            Certainty = ClaimCertainty.Underspecified,
            Time = time,
            Attribution = reviewer is { } relay ? [relay] : [],
        });

        var review = ReadRating(node.Node("reviewRating")) with
        {
            Claim = claim.Id,
            Reviewer = reviewer,
            Published = published,
            Url = url,
            Body = node.Text("reviewBody"),
            Document = reviewDocument,
            Appearances = appearances,
        };

        claim = claim with { Attributes = ClaimReviewAttributes.Of(node, review) };
        var claims = new List<Claim> { claim };
        if (reviewer is { } checker && Verdict(review.Rating) is { } verdict)
        {
            claims.Add(new Claim
            {
                Id = new ClaimId(claim.Id.Value + "-verdict"),
                Claimant = checker,
                Proposition = proposition,
                Polarity = verdict.Polarity,
                Certainty = verdict.Certainty,
                Time = published,
                Links = [new ClaimLink(verdict.Polarity == ClaimPolarity.Positive ? ClaimLinkType.Supports : ClaimLinkType.Contradicts, claim.Id)],
            });
            review = review with { Verdict = claims[^1].Id };
        }

        return new ClaimReviewNode(review, claims, actors, documents, node.Tolerated);
    }

    /// <summary>The reviewer's verdict as a claim's polarity and certainty; null for ratings that say neither true nor false.</summary>
    internal static (ClaimPolarity Polarity, ClaimCertainty Certainty)? Verdict(ClaimRating rating) => rating switch
    {
        ClaimRating.True => (ClaimPolarity.Positive, ClaimCertainty.Certain),
        ClaimRating.MostlyTrue => (ClaimPolarity.Positive, ClaimCertainty.Probable),
        ClaimRating.MostlyFalse => (ClaimPolarity.Negative, ClaimCertainty.Probable),
        ClaimRating.False => (ClaimPolarity.Negative, ClaimCertainty.Certain),
        _ => null,
    };

    internal static DocumentId DocumentIdOf(string url) => new(StableHash.Id("claimreview-doc-", url));

    private static ClaimReview ReadRating(JsonLdNode? rating)
    {
        if (rating is null)
        {
            return new ClaimReview { Claim = default, Rating = ClaimRating.NotRated };
        }

        var text = rating.Text("alternateName");
        var named = text is null ? null : ClaimRatings.OfName(text);
        if (named is { French: true })
        {
            rating.Tolerate("alternateName", ClaimReviewTolerance.FrenchRatingName);
        }

        var value = rating.Number("ratingValue");
        var best = rating.Number("bestRating");
        var worst = rating.Number("worstRating");
        var review = new ClaimReview { Claim = default, RatingText = text, RatingValue = value, BestRating = best, WorstRating = worst };
        if (value is not { } v)
        {
            return review with { Rating = named?.Rating ?? (text is null ? ClaimRating.NotRated : ClaimRating.Unrecognized) };
        }

        var top = best ?? ClaimRatings.DefaultBest;
        var bottom = worst ?? ClaimRatings.DefaultWorst;
        if (top <= bottom)
        {
            throw rating.Fail("bestRating", FormattableString.Invariant($"the best rating ({top}) must be above the worst ({bottom})"));
        }

        if (v < bottom || v > top)
        {
            throw rating.Fail("ratingValue", FormattableString.Invariant($"{v} lies outside the scale from {bottom} to {top}"));
        }

        var scaled = ClaimRatings.OfValue(v, top, bottom);
        return review with { Rating = scaled, RatingTextDisagrees = named is { } n && n.Rating != scaled };
    }

    private static ActorId ReadActor(JsonLdNode node, List<Actor> actors)
    {
        var types = node.Types();
        var kind = types.Select(KindOf).FirstOrDefault(k => k is not null) ?? ActorKind.Collective;
        var url = node.Text("url");
        // schema.org requires no name; an author known only by its site (PolitiFact's examples) is named by it.
        var name = node.Text("name") ?? url ?? throw node.Fail("name", "missing, and no url either: an actor needs a name");
        var codes = node.Texts("sameAs")
            .Select(link => WikidataItems.FirstOrDefault(link.StartsWith) is { } prefix ? link[prefix.Length..] : null)
            .OfType<string>()
            .Select(item => Checked(node, "sameAs", () => ExternalCode.Wikidata(item)))
            .Distinct();
        var actor = Checked(node, "name", () => new Actor
        {
            Id = new ActorId(StableHash.Id("claimreview-actor-", $"{NewsEventsJson.NameOf(kind)}\n{name}\n{url}")),
            Kind = kind,
            Name = name,
            Aliases = [.. node.Texts("alternateName")],
            Codes = [.. codes],
        });
        return Add(actors, actor);
    }

    private static ActorKind? KindOf(string type) => type switch
    {
        "Person" => ActorKind.Person,
        "NewsMediaOrganization" => ActorKind.MediaOutlet,
        "GovernmentOrganization" => ActorKind.Government,
        "Organization" or "Corporation" or "NGO" => ActorKind.Organization,
        "Country" => ActorKind.State,
        _ => null,
    };

    private static DocumentId? ReadDocument(JsonLdNode node, List<Document> documents)
    {
        if (node.Text("url") is not { } url)
        {
            return null;
        }

        return Add(documents, Checked(node, "url", () => new Document
        {
            Id = DocumentIdOf(url),
            Url = url,
            Title = node.Text("headline") ?? node.Text("name"),
            Published = Date(node, "datePublished"),
        }));
    }

    private static TimeValue? Date(JsonLdNode node, string member)
    {
        if (node.Text(member) is not { } text)
        {
            return null;
        }

        if (LocalDatePattern.Iso.Parse(text) is { Success: true } day)
        {
            return Checked(node, member, () => TimeValue.Day(day.Value));
        }

        var local = OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } moment
            ? (moment.Value.LocalDateTime, (NodaTime.Offset?)moment.Value.Offset)
            : LocalDateTimePattern.ExtendedIso.Parse(text) is { Success: true } localMoment
                ? (localMoment.Value, null)
                : throw node.Fail(member, $"'{text}' is not an ISO 8601 date or date-time");
        var whole = local.Item1.PlusNanoseconds(-local.Item1.NanosecondOfSecond);
        var value = Checked(node, member, () => local.Item2 is { } offset ? TimeValue.At(whole.WithOffset(offset)) : TimeValue.At(whole));
        if (whole == local.Item1)
        {
            return value;
        }

        node.Tolerate(member, ClaimReviewTolerance.FractionOfSecond);
        return value with { Expression = text };
    }

    // The model's constructors state the rule a value breaks; here it is reported with the value's path.
    private static T Checked<T>(JsonLdNode node, string member, Func<T> make)
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            throw node.Fail(member, e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static ActorId Add(List<Actor> actors, Actor actor)
    {
        if (actors.All(a => a.Id != actor.Id))
        {
            actors.Add(actor);
        }

        return actor.Id;
    }

    private static DocumentId Add(List<Document> documents, Document document)
    {
        if (documents.All(d => d.Id != document.Id))
        {
            documents.Add(document);
        }

        return document.Id;
    }
}
