using NewsEvents.Generation;
using NewsEvents.Parquet.Tests.TestSupport;
using NewsEvents.Streaming;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Parquet.Tests;

/// <summary>
/// The export checks the rules across records with the validator's validation in flat memory, in the budget
/// and the temporary folder of its options: in the least memory, a broken dataset is refused with the
/// validator's exact violations, a valid one reads back equal, and the temporary folder is left empty however
/// the export ends.
/// </summary>
public sealed class ExportChecksTests : IDisposable
{
    private static readonly Dataset Generated = new SyntheticDatasetGenerator(7, SyntheticDatasetOptions.ForEvents(300)).GenerateDataset();

    private readonly ScratchDirectory _folder = new();

    private string Temporary => _folder.PathOf("tmp");

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
    public async Task A_cancelled_export_leaves_nothing_in_the_temporary_folder()
    {
        using var cancel = new CancellationTokenSource();
        var records = JsonLinesWriter.ToRecords(Generated).ToList();
        var options = new ParquetExportOptions { CheckMemoryBytes = ParquetExportOptions.LeastCheckMemoryBytes, TemporaryFolder = Temporary };
        var reads = 0;

        var export = () => NewsEventsParquet.WriteAsync(
            () => ++reads == 2 ? RecordStreams.CancelHalfway(records, cancel) : records.ToAsyncEnumerable(), _folder.PathOf("t"), options, cancel.Token);

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
}
