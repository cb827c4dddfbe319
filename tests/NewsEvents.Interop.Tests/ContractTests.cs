using System.Collections.Immutable;
using NewsEvents.Interop.Cameo;
using NewsEvents.Interop.Countries;
using NewsEvents.Interop.Gdelt;
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
    };

    public static TheoryData<ModelCase> Cases => new()
    {
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
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Equality_follows_the_shared_contract(ModelCase model) => EqualityContract.Verify(model);

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToString_follows_the_shared_contract(ModelCase model) => ToStringContract.Verify(model.Create(), model.ToStringFragments);
}
