using NewsEvents.Generation;
using NewsEvents.Parquet.Checks;
using NewsEvents.Parquet.Tests.TestSupport;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Parquet.Tests.Checks;

/// <summary>
/// The export's checks across records sort the ids on disk in a fixed budget: whatever the budget (so small
/// that the ids take hundreds of runs) and whatever the fingerprints (made to collide), the result is the
/// validator's exact one-pass result, and the temporary folder is left empty.
/// </summary>
public sealed class RecordChecksTests : IDisposable
{
    private static readonly Dataset Generated = new SyntheticDatasetGenerator(7, SyntheticDatasetOptions.ForEvents(300)).GenerateDataset();

    private readonly TempFolder _folder = new();

    /// <summary>Fingerprints that collide: every id alike, or every id that starts with the same two characters (a13 and a17, e1 and e100).</summary>
    public static TheoryData<string> Collisions => ["all alike", "two characters", "none forced"];

    private string Temporary => _folder.PathOf("tmp");

    [Theory]
    [MemberData(nameof(Collisions))]
    public async Task A_valid_dataset_is_accepted_in_the_least_memory_and_handed_on_whole(string collisions)
    {
        var records = JsonLinesWriter.ToRecords(Generated).ToList();
        var handed = new List<JsonLinesRecord>();
        var checks = Checks(collisions);

        var report = await checks.RunAsync(() => records.ToAsyncEnumerable(), (record, _) => { handed.Add(record); return ValueTask.CompletedTask; }, default);

        report.Violations.Should().BeEmpty("a shared fingerprint is confirmed by the ids themselves before anything is reported");
        checks.RunCount.Should().BeGreaterThan(20, "4 KiB holds a few hundred ids: the sorts spill to many runs and merge them in several steps");
        handed.Should().Equal(records);
        Directory.GetFileSystemEntries(Temporary).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Collisions))]
    public async Task A_broken_dataset_gives_the_exact_violations_in_the_least_memory(string collisions)
    {
        // A statement given to someone who made none of the claims through it, an event defined twice, a claim
        // attributed to nobody known, and the last claim misquoting its document.
        var statement = Generated.Statements.First(s => Generated.Claims.Any(c => c.Statement == s.Id));
        var speaker = Generated.Actors.First(a => a.Id != statement.Speaker && a.Id.Value.StartsWith(statement.Speaker.Value[..2], StringComparison.Ordinal)
            && !Generated.Claims.Any(c => c.Statement == statement.Id && (c.Claimant == a.Id || c.Attribution.Contains(a.Id))));
        var unrelated = Generated.Claims.First(c => c.Statement != statement.Id);
        var lastClaim = Generated.Claims[^1];
        var quoted = lastClaim.Evidence[0];
        var broken = Generated with
        {
            Statements = Generated.Statements.Replace(statement, statement with { Speaker = speaker.Id }),
            Events = Generated.Events.Insert(Generated.Events.Length / 2, Generated.Events[3]),
            Claims = Generated.Claims
                .Replace(unrelated, unrelated with { Attribution = [.. unrelated.Attribution, new ActorId("nobody")] })
                .SetItem(Generated.Claims.Length - 1, lastClaim with { Evidence = lastClaim.Evidence.SetItem(0, new Evidence(quoted.Document, quoted.Start, quoted.End, new string('q', quoted.Length))) }),
        };
        var records = JsonLinesWriter.ToRecords(broken).ToList();
        var checks = Checks(collisions);

        var report = await checks.RunAsync(() => records.ToAsyncEnumerable(), (_, _) => ValueTask.CompletedTask, default);
        var exact = JsonLinesValidator.Validate(records);

        exact.Violations.Select(v => v.Kind).Distinct().Should().BeEquivalentTo([ViolationKind.DuplicateId, ViolationKind.UnknownReference, ViolationKind.StatementNotByClaimant, ViolationKind.QuoteMismatch]);
        report.Violations.Should().Equal(exact.Violations);
        report.Count.Should().Be(exact.Count);
        checks.RunCount.Should().BeGreaterThan(20);
        Directory.GetFileSystemEntries(Temporary).Should().BeEmpty();
    }

    [Fact]
    public async Task A_single_missing_reference_among_many_runs_is_found_and_the_export_refused_as_before()
    {
        var claim = Generated.Claims[^1];
        var broken = Generated with { Claims = Generated.Claims.SetItem(Generated.Claims.Length - 1, claim with { Claimant = new ActorId("ghost") }) };
        var records = JsonLinesWriter.ToRecords(broken).ToList();
        var options = new ParquetExportOptions { CheckMemoryBytes = ParquetExportOptions.LeastCheckMemoryBytes, TemporaryFolder = Temporary };

        var export = () => NewsEventsParquet.WriteAsync(() => records.ToAsyncEnumerable(), _folder.PathOf("t"), options);

        var refused = (await export.Should().ThrowAsync<NewsEventsFormatException>()).Which;
        refused.Message.Should().Contain("No actor has the id 'ghost'");
        refused.Violations.Should().Equal(JsonLinesValidator.Validate(records).Violations);
        Directory.Exists(_folder.PathOf("t")).Should().BeFalse();
        Directory.GetFileSystemEntries(Temporary).Should().BeEmpty();
    }

    [Fact]
    public async Task A_valid_dataset_exported_in_the_least_memory_reads_back_equal()
    {
        var options = new ParquetExportOptions { CheckMemoryBytes = ParquetExportOptions.LeastCheckMemoryBytes, TemporaryFolder = Temporary };

        await NewsEventsParquet.WriteAsync(() => JsonLinesWriter.ToRecords(Generated).ToAsyncEnumerable(), _folder.PathOf("t"), options);

        (await NewsEventsParquet.ReadAsync(_folder.PathOf("t"))).Should().Be(Generated);
        Directory.GetFileSystemEntries(Temporary).Should().BeEmpty();
    }

    [Fact]
    public async Task A_quote_far_from_its_document_is_checked_against_its_text()
    {
        // A dataset's records hold every document first: the last relation cites one thousands of items back.
        var dataset = new SyntheticDatasetGenerator(11, SyntheticDatasetOptions.ForEvents(2_000)).GenerateDataset();
        var relation = dataset.Relations.Last(r => !r.Evidence.IsEmpty);
        var cited = relation.Evidence[^1];
        var misquoted = relation with { Evidence = relation.Evidence.SetItem(relation.Evidence.Length - 1, new Evidence(cited.Document, cited.Start, cited.End, new string('m', cited.Length))) };
        var records = JsonLinesWriter.ToRecords(dataset with { Relations = dataset.Relations.Replace(relation, misquoted) }).ToList();
        var distance = records.FindIndex(r => r.Relation == misquoted) - records.FindIndex(r => r.Document?.Id == cited.Document);

        var report = await Checks("none forced").RunAsync(() => records.ToAsyncEnumerable(), (_, _) => ValueTask.CompletedTask, default);

        distance.Should().BeGreaterThan(SortedIdBook.TextWindow, "every document comes first in a dataset's records");
        report.Violations.Should().ContainSingle().Which.Kind.Should().Be(ViolationKind.QuoteMismatch);
        report.Violations.Should().Equal(JsonLinesValidator.Validate(records).Violations);
    }

    [Fact]
    public async Task A_cancelled_export_leaves_nothing_in_the_temporary_folder()
    {
        using var cancel = new CancellationTokenSource();
        var records = JsonLinesWriter.ToRecords(Generated).ToList();
        var options = new ParquetExportOptions { CheckMemoryBytes = ParquetExportOptions.LeastCheckMemoryBytes, TemporaryFolder = Temporary };
        var reads = 0;

        var export = () => NewsEventsParquet.WriteAsync(
            () => ++reads == 2 ? CancelHalfway(records, cancel) : records.ToAsyncEnumerable(), _folder.PathOf("t"), options, cancel.Token);

        await export.Should().ThrowAsync<OperationCanceledException>();
        reads.Should().Be(2, "the export was cancelled in its second pass, with the runs of the first on disk");
        Directory.Exists(_folder.PathOf("t")).Should().BeFalse();
        Directory.GetFileSystemEntries(Temporary).Should().BeEmpty();
    }

    [Fact]
    public void Less_than_the_least_memory_is_refused_with_the_rule()
    {
        var act = () => new ParquetExportOptions { CheckMemoryBytes = ParquetExportOptions.LeastCheckMemoryBytes - 1 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*CheckMemoryBytes must be at least 4096*");
    }

    public void Dispose() => _folder.Dispose();

    private static async IAsyncEnumerable<JsonLinesRecord> CancelHalfway(List<JsonLinesRecord> records, CancellationTokenSource cancel)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (i == records.Count / 2)
            {
                await cancel.CancelAsync();
            }

            yield return records[i];
        }
    }

    private RecordChecks Checks(string collisions)
    {
        Directory.CreateDirectory(Temporary);
        var fingerprint = new RecordChecks(Temporary, 0).Fingerprint;
        return new RecordChecks(Temporary, ParquetExportOptions.LeastCheckMemoryBytes)
        {
            Fingerprint = collisions switch
            {
                "all alike" => _ => 7,
                "two characters" => id => fingerprint(id[..Math.Min(2, id.Length)]),
                _ => fingerprint,
            },
        };
    }
}
