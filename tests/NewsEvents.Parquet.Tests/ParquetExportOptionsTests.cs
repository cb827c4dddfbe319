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
}
