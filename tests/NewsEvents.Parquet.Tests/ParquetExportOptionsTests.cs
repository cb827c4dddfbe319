using NewsEvents.Generation;
using NewsEvents.Parquet.Tests.TestSupport;
using NewsEvents.Samples;
using NewsEvents.Streaming;
using NewsEvents.Tests.TestSupport;
using Parquet;

namespace NewsEvents.Parquet.Tests;

public class ParquetExportOptionsTests
{
    public static TheoryData<ModelCase> Cases => new()
    {
        new ModelCase(
            nameof(ParquetExportOptions),
            () => new ParquetExportOptions { RowGroupSize = 100 },
            [
                ("RowGroupSize", () => new ParquetExportOptions { RowGroupSize = 101 }),
                ("ValidateAcrossRecords", () => new ParquetExportOptions { RowGroupSize = 100, ValidateAcrossRecords = false }),
                ("CheckMemoryBytes", () => new ParquetExportOptions { RowGroupSize = 100, CheckMemoryBytes = 1 << 20 }),
                ("RowMemoryBytes", () => new ParquetExportOptions { RowGroupSize = 100, RowMemoryBytes = 1 << 20 }),
                ("TemporaryFolder", () => new ParquetExportOptions { RowGroupSize = 100, TemporaryFolder = "/var/tmp" }),
            ],
            ["RowGroupSize = 100"],
            IsJson: false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Equality_follows_the_shared_contract(ModelCase model) => EqualityContract.Verify(model);

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToString_follows_the_shared_contract(ModelCase model) => ToStringContract.Verify(model.Create(), model.ToStringFragments);

    [Fact]
    public void A_row_group_of_no_rows_is_refused_with_the_rule()
    {
        var act = () => new ParquetExportOptions { RowGroupSize = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*RowGroupSize must be at least 1*");
    }

    [Fact]
    public void Less_row_memory_than_the_least_is_refused_with_the_rule()
    {
        var act = () => new ParquetExportOptions { RowMemoryBytes = ParquetExportOptions.LeastRowMemoryBytes - 1 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*RowMemoryBytes must be at least {ParquetExportOptions.LeastRowMemoryBytes}*");
        new ParquetExportOptions { RowMemoryBytes = ParquetExportOptions.LeastRowMemoryBytes }.RowMemoryBytes.Should().Be(ParquetExportOptions.LeastRowMemoryBytes);
    }

    [Fact]
    public async Task A_table_writes_its_rows_when_the_rows_held_pass_the_row_memory_whatever_their_number()
    {
        var dataset = new SyntheticDatasetGenerator(7, SyntheticDatasetOptions.ForEvents(300)).GenerateDataset();
        using var folder = new TempFolder();
        var unbounded = new ParquetExportOptions { RowGroupSize = 1_000_000 };
        var rowMemory = 4 * ParquetExportOptions.LeastRowMemoryBytes;

        await NewsEventsParquet.WriteAsync(dataset, folder.PathOf("whole"), unbounded);
        await NewsEventsParquet.WriteAsync(dataset, folder.PathOf("counted"), unbounded with { RowGroupSize = 50 });
        await NewsEventsParquet.WriteAsync(dataset, folder.PathOf("bounded"), unbounded with { RowMemoryBytes = rowMemory });

        (await RowGroupsAsync(folder.PathOf("whole"), "events")).Should().Equal([dataset.Events.Length], "300 events fit the default row memory");
        (await RowGroupsAsync(folder.PathOf("counted"), "events")).Should().Equal(dataset.Events.Chunk(50).Select(c => (long)c.Length));
        foreach (var table in (string[])["events", "documents", "evidence"])
        {
            var groups = await RowGroupsAsync(folder.PathOf("bounded"), table);
            groups.Should().HaveCountGreaterThan(1, $"the rows of {table} pass {rowMemory} bytes long before a million rows");
            groups.Sum().Should().Be((await RowGroupsAsync(folder.PathOf("whole"), table)).Single());
        }

        // A row holds at least a byte for each column, so a group of more rows than the memory has bytes a column was held past it.
        var columns = await ColumnCountAsync(folder.PathOf("bounded"), "events");
        (await RowGroupsAsync(folder.PathOf("bounded"), "events")).Should().OnlyContain(rows => rows <= (rowMemory / columns) + 1);
        (await NewsEventsParquet.ReadAsync(folder.PathOf("bounded"))).Should().Be(dataset);
    }

    /// <summary>The number of rows of each row group of a table's file.</summary>
    private static async Task<long[]> RowGroupsAsync(string folder, string table)
    {
        await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder, table + ".parquet"));
        return [.. reader.RowGroups.Select(g => g.RowCount)];
    }

    private static async Task<int> ColumnCountAsync(string folder, string table)
    {
        await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder, table + ".parquet"));
        return reader.Schema.DataFields.Length;
    }

    [Fact]
    public async Task Without_checks_across_records_a_broken_reference_is_written_and_refused_when_read_back()
    {
        var dataset = SampleDatasets.MoscowTalks;
        var records = JsonLinesWriter.ToRecords(dataset).Select(r => r.Claim is { } c ? JsonLinesRecord.From(c with { Claimant = new ActorId("ghost") }) : r);
        using var folder = new TempFolder();

        await NewsEventsParquet.WriteAsync(records.ToAsyncEnumerable(), folder.PathOf("t"), new ParquetExportOptions { ValidateAcrossRecords = false });
        var checkedWrite = () => NewsEventsParquet.WriteAsync(records.ToAsyncEnumerable(), folder.PathOf("u"));
        var read = () => NewsEventsParquet.ReadAsync(folder.PathOf("t"));

        (await checkedWrite.Should().ThrowAsync<NewsEventsFormatException>()).Which.Message.Should().Contain("ghost");
        (await read.Should().ThrowAsync<NewsEventsFormatException>()).Which.Message.Should().Contain("ghost");
    }

    [Fact]
    public async Task Records_read_twice_are_checked_in_flat_memory_and_refused_for_the_same_violations()
    {
        var records = JsonLinesWriter.ToRecords(SampleDatasets.MoscowTalks).Select(r => r.Claim is { } c ? JsonLinesRecord.From(c with { Claimant = new ActorId("ghost") }) : r).ToList();
        using var folder = new TempFolder();
        var reads = 0;

        var flat = () => NewsEventsParquet.WriteAsync(() => { reads++; return records.ToAsyncEnumerable(); }, folder.PathOf("f"));
        var onePass = () => NewsEventsParquet.WriteAsync(records.ToAsyncEnumerable(), folder.PathOf("o"));

        var refused = (await flat.Should().ThrowAsync<NewsEventsFormatException>()).Which;
        refused.Message.Should().Contain("ghost");
        refused.Violations.Should().BeEquivalentTo((await onePass.Should().ThrowAsync<NewsEventsFormatException>()).Which.Violations);
        reads.Should().Be(3, "a first pass gathers the ids, the second checks and writes, a third names the speakers of the statements that the claimant 'ghost' did not make");
        Directory.Exists(folder.PathOf("f")).Should().BeFalse();
    }

    [Fact]
    public async Task Records_read_twice_are_written_whole_and_read_back_equal()
    {
        var dataset = SampleDatasets.MoscowTalks;
        using var folder = new TempFolder();

        var written = await NewsEventsParquet.WriteAsync(() => JsonLinesWriter.ToRecords(dataset).ToAsyncEnumerable(), folder.PathOf("t"));

        written.Should().Be(JsonLinesWriter.ToRecords(dataset).Count());
        (await NewsEventsParquet.ReadAsync(folder.PathOf("t"))).Should().Be(dataset);
    }
}
