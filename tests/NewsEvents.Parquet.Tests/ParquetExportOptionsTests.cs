using NewsEvents.Parquet.Tests.TestSupport;
using NewsEvents.Samples;
using NewsEvents.Streaming;
using NewsEvents.Tests.TestSupport;

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
        reads.Should().Be(4, "two passes gather the ids (counted, then placed), the third checks and writes, a fourth names the speakers of the statements that the claimant 'ghost' did not make");
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
