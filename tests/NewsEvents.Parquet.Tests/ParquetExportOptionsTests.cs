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
                ("RowGroupsPerFile", () => new ParquetExportOptions { RowGroupSize = 100, RowGroupsPerFile = 2 }),
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
    public void A_file_of_no_row_groups_is_refused_with_the_rule()
    {
        var act = () => new ParquetExportOptions { RowGroupsPerFile = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*RowGroupsPerFile must be at least 1*");
    }

    [Fact]
    public async Task A_table_of_more_row_groups_than_a_file_holds_goes_on_in_part_files_that_read_back_in_order()
    {
        var dataset = new SyntheticDatasetGenerator(7, SyntheticDatasetOptions.ForEvents(300)).GenerateDataset();
        using var folder = new ScratchDirectory();
        var parts = new ParquetExportOptions { RowGroupSize = 20, RowGroupsPerFile = 2 };

        await NewsEventsParquet.WriteAsync(dataset, folder.PathOf("whole"));
        await NewsEventsParquet.WriteAsync(dataset, folder.PathOf("parts"), parts);

        var files = TableFilesOf(folder.PathOf("parts"), "events");
        files.Should().HaveCount((dataset.Events.Length + 39) / 40, "each file holds two groups of 20 events, and no part is left empty");
        files.Should().Equal(["events.parquet", .. Enumerable.Range(2, files.Count - 1).Select(n => $"events-{n}.parquet")]);
        (await RowGroupsAsync(folder.PathOf("parts"), "events")).Should().Equal(dataset.Events.Chunk(20).Select(c => (long)c.Length), "the files in order hold the groups in order");
        foreach (var file in files)
        {
            await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder.PathOf("parts"), file));
            reader.RowGroupCount.Should().BeInRange(1, 2, file);
        }

        TableFilesOf(folder.PathOf("parts"), "source_attributes").Should().Equal(["source_attributes.parquet"], "a table without rows still has its first file");
        (await NewsEventsParquet.ReadAsync(folder.PathOf("parts"))).Should().Be(dataset);
        using var whole = new DuckDb(folder.PathOf("whole"));
        using var inParts = new DuckDb(folder.PathOf("parts"));
        foreach (var query in (string[])[ParquetQueries.EventsPerStatus, ParquetQueries.EventsPerParticipant, ParquetQueries.ClaimsPerClaimant])
        {
            inParts.Counts(query).Should().Equal(whole.Counts(query), "DuckDB reads a table's files through its glob as one table");
        }
    }

    [Fact]
    public void Each_table_s_glob_matches_its_files_and_no_other_table_s()
    {
        var names = NewsEventsParquet.TableFiles.Select(Path.GetFileNameWithoutExtension).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = 0; j < names.Count; j++)
            {
                foreach (var file in (string[])[$"{names[j]}.parquet", $"{names[j]}-2.parquet", $"{names[j]}-12.parquet"])
                {
                    System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(NewsEventsParquet.TableFilePatterns[i], file)
                        .Should().Be(i == j, $"{NewsEventsParquet.TableFilePatterns[i]} against {file}");
                }
            }
        }
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
        using var folder = new ScratchDirectory();
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

    /// <summary>The number of rows of each row group of a table, its files in order.</summary>
    private static async Task<long[]> RowGroupsAsync(string folder, string table)
    {
        var groups = new List<long>();
        foreach (var file in TableFilesOf(folder, table))
        {
            await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder, file));
            groups.AddRange(reader.RowGroups.Select(g => g.RowCount));
        }

        return [.. groups];
    }

    /// <summary>The names of a table's files in a folder, in the order of their numbers.</summary>
    private static List<string> TableFilesOf(string folder, string table) =>
        [.. Directory.GetFiles(folder, NewsEventsParquet.TableFilePatterns[NewsEventsParquet.TableFiles.ToList().IndexOf(table + ".parquet")])
            .Select(f => Path.GetFileName(f))
            .OrderBy(f => f.Length)
            .ThenBy(f => f, StringComparer.Ordinal)];

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
        using var folder = new ScratchDirectory();

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
        using var folder = new ScratchDirectory();
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
        using var folder = new ScratchDirectory();

        var written = await NewsEventsParquet.WriteAsync(() => JsonLinesWriter.ToRecords(dataset).ToAsyncEnumerable(), folder.PathOf("t"));

        written.Should().Be(JsonLinesWriter.ToRecords(dataset).Count());
        (await NewsEventsParquet.ReadAsync(folder.PathOf("t"))).Should().Be(dataset);
    }
}
