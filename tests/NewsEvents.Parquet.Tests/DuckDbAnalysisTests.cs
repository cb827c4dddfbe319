using System.Globalization;
using NewsEvents.Analysis;
using NewsEvents.Generation;
using NewsEvents.Parquet.Tests.TestSupport;
using NewsEvents.Samples;
using NewsEvents.Tests.TestSupport;
using NodaTime;

namespace NewsEvents.Parquet.Tests;

/// <summary>
/// DuckDB, an engine that shares no code with the writer, queries the written tables with SQL, and gets what
/// the library's own analyses give on the same data: the tables hold the data, typed and joined as documented.
/// The queries are the ones docs/parquet.md shows.
/// </summary>
public sealed class DuckDbAnalysisTests(DuckDbAnalysisTests.Folders folders) : IClassFixture<DuckDbAnalysisTests.Folders>
{
    public static TheoryData<string> Datasets => [SampleDatasets.MoscowTalksId, SampleDatasets.DranmirClashesId, Folders.GeneratedId];

    /// <summary>The datasets, and one where every rule of independent sources changes a count.</summary>
    public static TheoryData<string> ClaimDatasets => [SampleDatasets.MoscowTalksId, SampleDatasets.DranmirClashesId, Folders.GeneratedId, Folders.RulesId];

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Events_per_status_are_the_index_s(string id)
    {
        var (dataset, db) = folders[id];
        var index = DatasetIndex.Build(dataset);

        var counts = db.Counts(ParquetQueries.EventsPerStatus);

        counts.Should().Equal(Enum.GetValues<EventStatus>()
            .Where(s => !index.EventsWithStatus(s).IsEmpty)
            .ToDictionary(NewsEventsJson.NameOf, s => (long)index.EventsWithStatus(s).Length));
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Events_per_month_are_the_events_the_index_finds_during_each_month(string id)
    {
        var (dataset, db) = folders[id];
        var index = DatasetIndex.Build(dataset);

        var counts = db.Counts(ParquetQueries.EventsPerMonth);

        counts.Should().NotBeEmpty();
        counts.Values.Sum().Should().BeGreaterThan(0);
        foreach (var (month, count) in counts)
        {
            var yearMonth = LocalDate.FromDateTime(DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture));
            count.Should().Be(index.EventsDuring(TimeValue.Month(yearMonth.Year, yearMonth.Month)).Length, $"the events during {month}");
        }
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Claims_per_claimant_are_the_index_s(string id)
    {
        var (dataset, db) = folders[id];
        var index = DatasetIndex.Build(dataset);

        var counts = db.Counts(ParquetQueries.ClaimsPerClaimant);

        counts.Should().NotBeEmpty();
        counts.Should().Equal(dataset.Claims.Select(c => c.Claimant).Distinct()
            .ToDictionary(a => a.Value, a => (long)index.ClaimsBy(a).Length));
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Events_per_participant_are_the_index_s(string id)
    {
        var (dataset, db) = folders[id];
        var index = DatasetIndex.Build(dataset);

        var counts = db.Counts(ParquetQueries.EventsPerParticipant);

        counts.Should().NotBeEmpty();
        counts.Should().Equal(dataset.Actors.Where(a => !index.EventsOf(a.Id).IsEmpty)
            .ToDictionary(a => a.Id.Value, a => (long)index.EventsOf(a.Id).Length));
    }

    [Theory]
    [MemberData(nameof(ClaimDatasets))]
    public void Independent_sources_per_claim_are_the_claims_analysis_s(string id)
    {
        var (dataset, db) = folders[id];
        var analysis = ClaimsAnalysis.Build(dataset);

        var counts = db.Counts(ParquetQueries.IndependentSourcesPerClaim);

        counts.Should().Equal(analysis.Claims.ToDictionary(c => c.Claim.Id.Value, c => (long)c.SourceCount));
        if (id == Folders.RulesId)
        {
            counts["c1"].Should().Be(6, "the spokesman is the government's voice, but outlets of one owner and a former official are not");
        }

        if (id == Folders.GeneratedId)
        {
            counts.Values.Should().Contain(v => v >= 2, "a generated dataset has corroborated claims");
        }
    }

    /// <summary>Both samples and a generated dataset, each written once as a folder that DuckDB reads.</summary>
    public sealed class Folders : IDisposable
    {
        public const string GeneratedId = "generated";

        public const string RulesId = "independence rules";

        private readonly ScratchDirectory _temp = new();
        private readonly Dictionary<string, (Dataset, DuckDb)> _byId = [];

        public Folders()
        {
            Add(SampleDatasets.MoscowTalksId, SampleDatasets.MoscowTalks);
            Add(SampleDatasets.DranmirClashesId, SampleDatasets.DranmirClashes);
            Add(GeneratedId, new SyntheticDatasetGenerator(11, SyntheticDatasetOptions.ForEvents(1500)).GenerateDataset());
            Add(RulesId, IndependenceRulesDataset.Build());
        }

        internal (Dataset Dataset, DuckDb Db) this[string id] => _byId[id];

        public void Dispose()
        {
            foreach (var (_, db) in _byId.Values)
            {
                db.Dispose();
            }

            _temp.Dispose();
        }

        private void Add(string id, Dataset dataset)
        {
            var folder = _temp.PathOf(id);
            NewsEventsParquet.WriteAsync(dataset, folder).GetAwaiter().GetResult();
            _byId.Add(id, (dataset, new DuckDb(folder)));
        }
    }
}
