using NewsEvents.Interop.SchemaOrg;
using NewsEvents.Validation;
using NodaTime;
using NodaTime.Testing;

namespace NewsEvents.Interop.Tests.SchemaOrg;

public class ClaimReviewImporterTests
{
    private const string Defacto = "schemaorg/claimreview_defacto_afp_factuel_2022.json";
    private const string Perry = "schemaorg/claimreview_eg-0324.jsonld";
    private const string Obama = "schemaorg/claimreview_eg-0325.jsonld";
    private const string Legacy = "schemaorg/claimreview_legacy_2016_issue1061.jsonld";
    private const string MediaReview = "schemaorg/mediareview_eg-0467.jsonld";
    private const string NewsArticle = "schemaorg/newsarticle_eg-0245.jsonld";

    private static readonly DatasetId Id = new("fact-checks");
    private static readonly ImportOptions Clock = new() { Clock = new FakeClock(Instant.FromUtc(2026, 12, 6, 11, 0, 0)) };

    [Fact]
    public void A_French_fact_check_with_its_real_faults_is_read_and_each_fault_reported()
    {
        var import = Read(Defacto);
        var review = import.Reviews.Single();
        var claim = import.Dataset.Claims[0];

        claim.Proposition.Should().Be("Le contrôle du FIJAIS n'est plus exigé pour l'agrément d'assistant maternel");
        Actor(import, claim.Claimant).Should().Match<Actor>(a => a.Name == "Sources multiples" && a.Kind == ActorKind.Person);
        claim.Time.Should().Be(TimeValue.Parse("2022-12-03T00:00:00+01:00"));
        review.Rating.Should().Be(ClaimRating.False);
        (review.RatingText, review.RatingValue, review.BestRating, review.WorstRating).Should().Be(("Faux", 1m, 5m, 1m));
        review.RatingTextDisagrees.Should().BeFalse();
        review.Published.Should().Be(TimeValue.Parse("2022-12-09T09:29:19+01:00") with { Expression = "2022-12-09T09:29:19.82+01:00" });
        Actor(import, review.Reviewer!.Value).Should().Match<Actor>(a => a.Name == "XXXXXXXXXXX" && a.Kind == ActorKind.Organization);
        review.Url.Should().StartWith("https://defacto-observatoire.fr/Medias/Factuel/");
        import.Dataset.Documents.Single(d => d.Id == review.Appearances.Single()).Should()
            .Match<Document>(d => d.Url == "https://twitter.com/RomanAude/status/1599114199145193472" && d.Title == null);
        import.Tolerated.Select(t => (t.Path, t.Kind)).Should().BeEquivalentTo(new[]
        {
            ("$.author.type", ClaimReviewTolerance.TypeWithoutAt),
            ("$.datePublished", ClaimReviewTolerance.FractionOfSecond),
            ("$.reviewRating.alternateName", ClaimReviewTolerance.FrenchRatingName),
            ("$.reviewRating.ratingValue", ClaimReviewTolerance.NumberAsString),
            ("$.reviewRating.bestRating", ClaimReviewTolerance.NumberAsString),
            ("$.reviewRating.worstRating", ClaimReviewTolerance.NumberAsString),
            ("$.itemReviewed.appearance.headline", ClaimReviewTolerance.BlankText),
        });
    }

    [Fact]
    public void The_review_is_kept_on_its_claim_as_written_and_survives_the_format()
    {
        var defacto = Read(Defacto);
        var perry = Read(Perry);

        Attributes(defacto.Dataset.Claims[0]).Should().Equal(
            ("claimreview:datePublished", "\"2022-12-09T09:29:19.82+01:00\""),
            ("claimreview:rating", "\"false\""),
            ("claimreview:reviewRating.alternateName", "\"Faux\""),
            ("claimreview:reviewRating.bestRating", "\"5\""),
            ("claimreview:reviewRating.ratingValue", "\"1\""),
            ("claimreview:reviewRating.worstRating", "\"1\""),
            ("claimreview:url", "\"https://defacto-observatoire.fr/Medias/Factuel/Fact-checks/Non-un-arrete-n-autorise-pas-des-pedocriminels-a-devenir-assistants-maternels/\""));
        Attributes(perry.Dataset.Claims[0]).Should().Contain(("claimreview:reviewRating.ratingValue", "1"))
            .And.Contain(("claimreview:ratingTextDisagrees", "true"));
        Attributes(Read(Obama).Dataset.Claims[0]).Should().Contain(("claimreview:reviewBody", "\"This claim is true. The UK also played a role.\""))
            .And.Contain(("claimreview:rating", "\"notRated\""));
        perry.Dataset.Claims[1].Attributes.IsEmpty.Should().BeTrue("the verdict is the reviewer's claim, not the review");
        foreach (var dataset in new[] { defacto.Dataset, perry.Dataset })
        {
            NewsEventsJson.Deserialize(NewsEventsJson.Serialize(dataset)).Should().Be(dataset);
        }
    }

    [Fact]
    public void The_rating_follows_its_numbers_and_a_name_that_says_otherwise_is_flagged()
    {
        var review = Read(Perry).Reviews.Single();

        review.Rating.Should().Be(ClaimRating.False, "1 on a scale from 1 to 6 is its bottom, whatever alternateName says");
        review.RatingText.Should().Be("True");
        review.RatingTextDisagrees.Should().BeTrue();
    }

    [Fact]
    public void The_reviewer_verdict_is_a_claim_of_its_own_that_contradicts_or_supports_the_reviewed_claim()
    {
        var import = Read(Perry);
        var (claim, verdict) = (import.Dataset.Claims[0], import.Dataset.Claims[1]);

        verdict.Id.Should().Be(import.Reviews[0].Verdict!.Value);
        verdict.Claimant.Should().Be(import.Reviews[0].Reviewer!.Value);
        (verdict.Proposition, verdict.Polarity, verdict.Certainty).Should().Be((claim.Proposition, ClaimPolarity.Negative, ClaimCertainty.Certain));
        verdict.Links.Should().Equal(new ClaimLink(ClaimLinkType.Contradicts, claim.Id));
        claim.Attribution.Should().Equal(verdict.Claimant);
        Actor(import, verdict.Claimant).Name.Should().Be("http://www.politifact.com/", "an author without a name is named by its URL");
        DatasetValidator.Validate(import.Dataset).IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_review_without_a_rating_keeps_its_body_and_has_no_verdict()
    {
        var import = Read(Obama);
        var review = import.Reviews.Single();

        review.Rating.Should().Be(ClaimRating.NotRated);
        review.Body.Should().Be("This claim is true. The UK also played a role.");
        review.Verdict.Should().BeNull();
        import.Dataset.Claims.Should().ContainSingle();
        Actor(import, import.Dataset.Claims[0].Claimant).Codes.Should().Equal(ExternalCode.Wikidata("Q76"));
    }

    [Fact]
    public void The_2016_draft_with_an_array_type_and_the_http_context_is_read()
    {
        var import = Read(Legacy);

        import.Reviews.Single().Rating.Should().Be(ClaimRating.False);
        import.Tolerated.Select(t => (t.Path, t.Kind)).Should().Equal(("$.@type", ClaimReviewTolerance.TypeArray));
    }

    [Fact]
    public void A_review_without_context_is_read_as_schema_org_and_reported()
    {
        var import = new ClaimReviewImporter(Clock).Read([Fixtures.Text("no-context.json", Without("@context"))], Id);

        import.Tolerated.Select(t => (t.File, t.Path, t.Kind)).Should().Equal(("no-context.json", "$.@context", ClaimReviewTolerance.MissingContext));
    }

    [Fact]
    public void The_same_files_give_the_same_ids_and_actors_met_twice_are_kept_once()
    {
        var first = Read(Perry, Obama, Defacto);
        var again = Read(Perry, Obama, Defacto);

        again.Should().Be(first);
        first.Dataset.Actors.Select(a => a.Name).Should().OnlyHaveUniqueItems();
        first.Dataset.Claims.Select(c => c.Id.Value).Should().OnlyContain(id => id.StartsWith("claimreview-claim-", StringComparison.Ordinal));
        DatasetValidator.Validate(first.Dataset).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("\"a string\"", "$: JSON-LD is an object or an array, not a string")]
    [InlineData("[1]", "$[0]: a JSON-LD node is an object, not a number")]
    [InlineData("{\"@context\": \"https://example.org\", \"@type\": \"ClaimReview\"}", "$.@context: not schema.org's context: \"https://example.org\"")]
    [InlineData("{\"@type\": \"ClaimReview\", \"itemReviewed\": {}}", "$.claimReviewed: missing: a ClaimReview names the claim it reviews in claimReviewed")]
    [InlineData("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"x\"}", "$.itemReviewed: missing: the claim's claimant is the itemReviewed's author")]
    [InlineData("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"x\", \"itemReviewed\": {}}", "$.itemReviewed.author: missing: a claim needs its claimant")]
    [InlineData("{\"@graph\": [{\"@type\": \"ClaimReview\", \"claimReviewed\": 3}]}", "$.@graph[0].claimReviewed: expected a text, not a number")]
    [InlineData("{\"@type\": \"WebPage\"}", "$: no ClaimReview: the file holds WebPage")]
    [InlineData("{\"@type\": [\"ClaimReview\", 1]}", "$.@type[1]: expected a text, not a number")]
    [InlineData("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"x\\ud800\"}", "$.claimReviewed: the text holds a lone surrogate: it is not well-formed Unicode")]
    [InlineData("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"x\", \"itemReviewed\": {\"author\": {\"name\": \"A\", \"sameAs\": [\"\\udc00\"]}}}", "$.itemReviewed.author.sameAs[0]: the text holds a lone surrogate: it is not well-formed Unicode")]
    [InlineData("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"x\", \"itemReviewed\": {\"author\": {\"name\": \"A\"}}, \"url\": \"not a url\"}", "$.url: ")]
    [InlineData("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"x\", \"itemReviewed\": {\"author\": {\"name\": \"A\"}}, \"datePublished\": \"9 Dec 2022\"}", "$.datePublished: '9 Dec 2022' is not an ISO 8601 date or date-time")]
    [InlineData("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"x\", \"itemReviewed\": {\"author\": {\"@type\": \"Person\"}}}", "$.itemReviewed.author.name: missing, and no url either: an actor needs a name")]
    [InlineData("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"x\", \"itemReviewed\": {\"author\": {\"name\": \"A\"}}, \"reviewRating\": {\"ratingValue\": 1e400}}", "$.reviewRating.ratingValue: 1e400 is beyond the numbers a rating can hold")]
    [InlineData("{\"@type\": \"ClaimReview\" \"x\"}", "not JSON: ")]
    public void Json_ld_that_does_not_fit_is_refused_with_its_file_and_path(string json, string message) =>
        FluentActions.Invoking(() => new ClaimReviewImporter().Read([Fixtures.Text("bad.json", json)], Id))
            .Should().Throw<NewsEventsFormatException>().Which.Message.Should().StartWith($"bad.json: {message}");

    [Theory]
    [InlineData("\"ratingValue\": 7, \"bestRating\": 6", "$.reviewRating.ratingValue: 7 lies outside the scale from 1 to 6")]
    [InlineData("\"ratingValue\": 1, \"bestRating\": 1", "$.reviewRating.bestRating: the best rating (1) must be above the worst (1)")]
    [InlineData("\"ratingValue\": \"one\"", "$.reviewRating.ratingValue: expected a number, not a string")]
    public void A_rating_off_its_scale_is_refused(string rating, string message) =>
        FluentActions.Invoking(() => new ClaimReviewImporter().Read([Fixtures.Text("bad.json", Review($"\"reviewRating\": {{{rating}}}"))], Id))
            .Should().Throw<NewsEventsFormatException>().Which.Message.Should().Be($"bad.json: {message}");

    [Fact]
    public void A_file_that_is_not_UTF_8_is_refused_and_a_byte_order_mark_is_skipped()
    {
        var perry = File.ReadAllBytes(Fixtures.PathOf(Perry));
        var latin1 = System.Text.Encoding.Latin1.GetBytes(File.ReadAllText(Fixtures.PathOf(Defacto)).Replace("\\u00f4", "ô", StringComparison.Ordinal));

        FluentActions.Invoking(() => new ClaimReviewImporter().Read([ImportSource.FromBytes("latin1.json", latin1)], Id))
            .Should().Throw<NewsEventsFormatException>().WithMessage("latin1.json: not UTF-8 text: the byte at * is not UTF-8");
        new ClaimReviewImporter(Clock).Read([ImportSource.FromBytes("bom.json", [0xEF, 0xBB, 0xBF, .. perry])], Id).Reviews
            .Should().Equal(Read(Perry).Reviews);
    }

    [Fact]
    public void Other_files_are_refused_by_what_they_hold() =>
        FluentActions.Invoking(() => Read(MediaReview, NewsArticle)).Should().Throw<NewsEventsFormatException>()
            .WithMessage("mediareview_eg-0467.jsonld: $: no ClaimReview: the file holds MediaReview");

    [Fact]
    public void A_lenient_import_reports_a_bad_review_and_keeps_nothing_of_it()
    {
        var problems = new List<ImportProblem>();
        var bad = Review("\"reviewRating\": {\"ratingValue\": 9}, \"url\": \"https://example.org/bad\"").Replace("Someone", "Nobody", StringComparison.Ordinal);
        var json = $"[{bad}, {Review("\"url\": \"https://example.org/good\"")}]";

        var import = new ClaimReviewImporter(Clock with { Lenient = true, Problems = problems.Add }).Read([Fixtures.Text("two.json", json)], Id);

        problems.Select(p => p.ToString()).Should().Equal("two.json: $[0].reviewRating.ratingValue: 9 lies outside the scale from 1 to 5");
        import.Reviews.Should().ContainSingle().Which.Url.Should().Be("https://example.org/good");
        import.Dataset.Actors.Select(a => a.Name).Should().BeEquivalentTo("Someone", "Checker");
        import.Dataset.Documents.Select(d => d.Url).Should().Equal("https://example.org/good");
        import.Tolerated.Should().BeEmpty();
    }

    [Fact]
    public void The_same_review_read_again_is_kept_once_as_first_read_and_counted()
    {
        var import = Read(Perry, Legacy);

        import.Reviews.Should().ContainSingle().Which.RatingText.Should().Be("True", "eg-0324 was read first; the 2016 draft of the same review has no alternateName");
        import.RepeatedReviews.Should().Be(1);
        import.Tolerated.Should().BeEmpty("nothing of the repeat is kept, its faults neither");
    }

    [Theory]
    [InlineData(1, 5, 1, ClaimRating.False)]
    [InlineData(2, 5, 1, ClaimRating.MostlyFalse)]
    [InlineData(3, 5, 1, ClaimRating.Mixed)]
    [InlineData(4, 5, 1, ClaimRating.MostlyTrue)]
    [InlineData(5, 5, 1, ClaimRating.True)]
    [InlineData(0, 10, 0, ClaimRating.False)]
    [InlineData(6, 10, 0, ClaimRating.Mixed)]
    [InlineData(7, 10, 0, ClaimRating.MostlyTrue)]
    [InlineData(6, 6, 1, ClaimRating.True)]
    public void A_value_takes_the_nearest_of_five_steps_of_its_scale(int value, int best, int worst, ClaimRating rating) =>
        ClaimRatings.OfValue(value, best, worst).Should().Be(rating);

    [Fact]
    public void A_name_outside_the_vocabulary_without_numbers_is_unrecognized_and_kept()
    {
        var review = new ClaimReviewImporter().Read([Fixtures.Text("r.json", Review("\"reviewRating\": {\"alternateName\": \"Trompeur\"}"))], Id).Reviews.Single();

        (review.Rating, review.RatingText, review.Verdict).Should().Be((ClaimRating.Unrecognized, "Trompeur", (ClaimId?)null));
    }

    private static string Review(string more) =>
        "{\"@context\": \"https://schema.org\", \"@type\": \"ClaimReview\", \"claimReviewed\": \"The moon is cheese\", "
        + "\"author\": {\"@type\": \"Organization\", \"name\": \"Checker\"}, "
        + "\"itemReviewed\": {\"@type\": \"Claim\", \"author\": {\"@type\": \"Person\", \"name\": \"Someone\"}}"
        + (more.Length > 0 ? ", " + more : string.Empty) + "}";

    private static string Without(string member)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Fixtures.PathOf(Perry)))!.AsObject();
        node.Remove(member);
        return node.ToJsonString();
    }

    private static List<(string, string)> Attributes(Claim claim) => [.. claim.Attributes.Select(a => (a.Name, a.Value.ToString()))];

    private static Actor Actor(ClaimReviewImport import, ActorId id) => import.Dataset.Actors.Single(a => a.Id == id);

    private static ClaimReviewImport Read(params string[] files) =>
        new ClaimReviewImporter(Clock).Read([.. files.Select(Fixtures.Source)], Id);
}
