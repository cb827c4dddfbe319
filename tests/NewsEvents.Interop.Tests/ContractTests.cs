using System.Collections.Immutable;
using NewsEvents.Interop.Cameo;
using NewsEvents.Interop.Countries;
using NewsEvents.Interop.Gdelt;
using NewsEvents.Interop.SchemaOrg;
using NewsEvents.Interop.Sources;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Interop.Tests;

/// <summary>The package's value types under the core's shared equality and ToString contracts.</summary>
public class ContractTests
{
    private static GdeltImportReport Report() => new()
    {
        Files = [new GdeltFileReport("a.tsv", GdeltLayout.Events2, 10, 1)],
        Events = 9,
        RepeatedEvents = 1,
        Actors = 4,
        Documents = 3,
        Evidence = 2,
        RepeatedMentions = 1,
        UnmatchedEvidence = 1,
        ZeroCoordinates = 1,
        DatedBeforeCoverage = 1,
        GkgRecords = 2,
        RepeatedGkgRecords = 1,
        Statements = 3,
    };

    private static SourceImportReport SourceReport() => new()
    {
        Files = [new SourceFileReport("a.tsv", "ICEWS coded event TSV (20 columns)", 10, 1)],
        Events = 9,
        RepeatedEvents = 1,
        Actors = 4,
        Documents = 3,
        Evidence = 2,
    };

    private static ClaimReview Review() => new()
    {
        Claim = new ClaimId("c"),
        Verdict = new ClaimId("c-verdict"),
        Reviewer = new ActorId("checker"),
        Rating = ClaimRating.False,
        RatingText = "Faux",
        RatingValue = 1,
        BestRating = 5,
        WorstRating = 1,
        Published = TimeValue.Day(2022, 12, 9),
        Url = "https://example.org/review",
        Body = "No.",
        Document = new DocumentId("review"),
        Appearances = [new DocumentId("post")],
    };

    private static ClaimReviewImport Import() => new()
    {
        Dataset = new Dataset { Id = new DatasetId("checks") },
        Reviews = [Review()],
        Tolerated = [new ToleratedFault("a.json", "$.type", ClaimReviewTolerance.TypeWithoutAt)],
        OtherNodes = 1,
        RepeatedReviews = 1,
    };

    public static TheoryData<ModelCase> Cases => new()
    {
        new ModelCase(
            nameof(ClaimReview),
            Review,
            [
                ("Claim", () => Review() with { Claim = new ClaimId("d") }),
                ("Verdict", () => Review() with { Verdict = null }),
                ("Reviewer", () => Review() with { Reviewer = null }),
                ("Rating", () => Review() with { Rating = ClaimRating.MostlyFalse }),
                ("RatingText", () => Review() with { RatingText = "False" }),
                ("RatingValue", () => Review() with { RatingValue = 2 }),
                ("BestRating", () => Review() with { BestRating = 6 }),
                ("WorstRating", () => Review() with { WorstRating = 0 }),
                ("RatingTextDisagrees", () => Review() with { RatingTextDisagrees = true }),
                ("Published", () => Review() with { Published = TimeValue.Day(2022, 12, 10) }),
                ("Url", () => Review() with { Url = "https://example.org/other" }),
                ("Body", () => Review() with { Body = "Yes." }),
                ("Document", () => Review() with { Document = null }),
                ("Appearances", () => Review() with { Appearances = [] }),
            ],
            ["c", "False", "Faux"],
            IsJson: false),
        new ModelCase(
            nameof(ClaimReviewImport),
            Import,
            [
                ("Dataset", () => Import() with { Dataset = new Dataset { Id = new DatasetId("other") } }),
                ("Reviews", () => Import() with { Reviews = [] }),
                ("Tolerated", () => Import() with { Tolerated = [] }),
                ("OtherNodes", () => Import() with { OtherNodes = 0 }),
                ("RepeatedReviews", () => Import() with { RepeatedReviews = 0 }),
            ],
            ["checks", "1 reviews"],
            IsJson: false),
        new ModelCase(
            nameof(ToleratedFault),
            () => new ToleratedFault("a.json", "$.type", ClaimReviewTolerance.TypeWithoutAt),
            [
                ("File", () => new ToleratedFault("b.json", "$.type", ClaimReviewTolerance.TypeWithoutAt)),
                ("Path", () => new ToleratedFault("a.json", "$.author.type", ClaimReviewTolerance.TypeWithoutAt)),
                ("Kind", () => new ToleratedFault("a.json", "$.type", ClaimReviewTolerance.TypeArray)),
            ],
            ["a.json: $.type: TypeWithoutAt"],
            IsJson: false),
        new ModelCase(
            nameof(CameoPloverMapping),
            () => new CameoPloverMapping("0841", "RETREAT", "release", ["legal", "military"], CameoPloverCaveats.AmbiguousRoot),
            [
                ("CameoCode", () => new CameoPloverMapping("0842", "RETREAT", "release", ["legal", "military"], CameoPloverCaveats.AmbiguousRoot)),
                ("EventType", () => new CameoPloverMapping("0841", "CONCEDE", "release", ["legal", "military"], CameoPloverCaveats.AmbiguousRoot)),
                ("Mode", () => new CameoPloverMapping("0841", "RETREAT", null, ["legal", "military"], CameoPloverCaveats.AmbiguousRoot)),
                ("Contexts", () => new CameoPloverMapping("0841", "RETREAT", "release", ["legal"], CameoPloverCaveats.AmbiguousRoot)),
                ("Caveats", () => new CameoPloverMapping("0841", "RETREAT", "release", ["legal", "military"], CameoPloverCaveats.None)),
            ],
            ["0841", "RETREAT"],
            IsJson: false),
        new ModelCase(
            nameof(GdeltImportReport),
            Report,
            [
                ("Files", () => Report() with { Files = [new GdeltFileReport("a.tsv", GdeltLayout.Events2, 10, 0)] }),
                ("Events", () => Report() with { Events = 8 }),
                ("RepeatedEvents", () => Report() with { RepeatedEvents = 0 }),
                ("Actors", () => Report() with { Actors = 5 }),
                ("Documents", () => Report() with { Documents = 5 }),
                ("Evidence", () => Report() with { Evidence = 5 }),
                ("RepeatedMentions", () => Report() with { RepeatedMentions = 5 }),
                ("UnmatchedEvidence", () => Report() with { UnmatchedEvidence = 5 }),
                ("ZeroCoordinates", () => Report() with { ZeroCoordinates = 5 }),
                ("DatedBeforeCoverage", () => Report() with { DatedBeforeCoverage = 5 }),
                ("GkgRecords", () => Report() with { GkgRecords = 5 }),
                ("RepeatedGkgRecords", () => Report() with { RepeatedGkgRecords = 5 }),
                ("Statements", () => Report() with { Statements = 5 }),
            ],
            ["Events = 9"],
            IsJson: false),
        new ModelCase(
            nameof(CountryCodeMapping),
            () => new CountryCodeMapping("GZ", "PS", "folded"),
            [
                ("Code", () => new CountryCodeMapping("WE", "PS", "folded")),
                ("Iso2", () => new CountryCodeMapping("GZ", null, "folded")),
                ("Note", () => new CountryCodeMapping("GZ", "PS", null)),
            ],
            ["GZ", "PS"],
            IsJson: false),
        new ModelCase(
            nameof(ImportProblem),
            () => new ImportProblem("a.tsv", 3, "Bad."),
            [
                ("File", () => new ImportProblem("b.tsv", 3, "Bad.")),
                ("Line", () => new ImportProblem("a.tsv", 4, "Bad.")),
                ("Reason", () => new ImportProblem("a.tsv", 3, "Worse.")),
            ],
            ["a.tsv, line 3: Bad."],
            IsJson: false),
        new ModelCase(
            nameof(SourceImportReport),
            SourceReport,
            [
                ("Files", () => SourceReport() with { Files = [new SourceFileReport("a.tsv", null, 10, 1)] }),
                ("Events", () => SourceReport() with { Events = 8 }),
                ("RepeatedEvents", () => SourceReport() with { RepeatedEvents = 0 }),
                ("Actors", () => SourceReport() with { Actors = 5 }),
                ("Documents", () => SourceReport() with { Documents = 5 }),
                ("Evidence", () => SourceReport() with { Evidence = 5 }),
            ],
            ["Events = 9"],
            IsJson: false),
        new ModelCase(
            nameof(SourceFileReport),
            () => new SourceFileReport("a.tsv", "POLECAT weekly TSV (40 columns)", 10, 1),
            [
                ("Name", () => new SourceFileReport("b.tsv", "POLECAT weekly TSV (40 columns)", 10, 1)),
                ("Format", () => new SourceFileReport("a.tsv", null, 10, 1)),
                ("Rows", () => new SourceFileReport("a.tsv", "POLECAT weekly TSV (40 columns)", 11, 1)),
                ("BadRows", () => new SourceFileReport("a.tsv", "POLECAT weekly TSV (40 columns)", 10, 0)),
            ],
            ["a.tsv", "POLECAT weekly TSV (40 columns)"],
            IsJson: false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Equality_follows_the_shared_contract(ModelCase model) => EqualityContract.Verify(model);

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToString_follows_the_shared_contract(ModelCase model) => ToStringContract.Verify(model.Create(), model.ToStringFragments);
}
