using FsCheck;
using FsCheck.Fluent;
using NewsEvents.Generation;
using NewsEvents.Parquet.Tests.TestSupport;
using NewsEvents.Samples;
using NewsEvents.Streaming;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Parquet.Tests;

/// <summary>A folder of tables reads back into the dataset it was written from: equal, and written by the JSON writer to the same bytes.</summary>
public class RoundTripTests
{
    public static TheoryData<string> Samples => [SampleDatasets.MoscowTalksId, SampleDatasets.DranmirClashesId];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_sample_dataset_reads_back_equal_and_byte_identical(string id)
    {
        var dataset = id == SampleDatasets.MoscowTalksId ? SampleDatasets.MoscowTalks : SampleDatasets.DranmirClashes;
        var back = await RoundTripAsync(dataset);

        back.Should().Be(dataset);
        NewsEventsJson.Serialize(back).Should().Be(NewsEventsJson.Serialize(dataset));
    }

    [Fact]
    public async Task The_rich_golden_dataset_which_holds_every_member_of_the_format_reads_back_byte_identical()
    {
        var json = File.ReadAllText(NewsEvents.Tests.Docs.RepositoryFiles.PathOf("tests", "NewsEvents.Tests", "Golden", "rich.json"));
        var dataset = NewsEventsJson.Deserialize(json);

        var back = await RoundTripAsync(dataset);

        back.Should().Be(dataset);
        NewsEventsJson.Serialize(back).Should().Be(NewsEventsJson.Serialize(dataset));
    }

    [Fact]
    public async Task A_generated_dataset_written_from_json_lines_in_small_row_groups_reads_back_equal()
    {
        var generator = new SyntheticDatasetGenerator(7, SyntheticDatasetOptions.ForEvents(300));
        var dataset = generator.GenerateDataset();
        using var folder = new ScratchDirectory();
        using var jsonLines = new MemoryStream();
        await JsonLinesWriter.WriteDatasetAsync(jsonLines, dataset);
        jsonLines.Position = 0;

        var records = await NewsEventsParquet.WriteJsonLinesAsync(jsonLines, folder.PathOf("t"), new ParquetExportOptions { RowGroupSize = 7 });
        var back = await NewsEventsParquet.ReadAsync(folder.PathOf("t"));

        records.Should().Be(1 + dataset.Documents.Length + dataset.Actors.Length + dataset.Events.Length + dataset.Statements.Length + dataset.Claims.Length + dataset.Relations.Length);
        back.Should().Be(dataset);
        NewsEventsJson.Serialize(back).Should().Be(NewsEventsJson.Serialize(dataset));
    }

    [Fact]
    public void Any_valid_dataset_reads_back_equal_and_byte_identical()
    {
        Prop.ForAll(Arb.From(DatasetGenerators.Dataset), dataset =>
        {
            var back = RoundTripAsync(dataset).GetAwaiter().GetResult();
            return back.Equals(dataset) && NewsEventsJson.Serialize(back) == NewsEventsJson.Serialize(dataset);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public async Task An_empty_dataset_writes_every_table_and_reads_back()
    {
        var dataset = new Dataset { Id = new DatasetId("empty") };
        using var folder = new ScratchDirectory();

        await NewsEventsParquet.WriteAsync(dataset, folder.PathOf("t"));

        Directory.GetFiles(folder.PathOf("t")).Select(Path.GetFileName).Should().BeEquivalentTo(NewsEventsParquet.TableFiles);
        (await NewsEventsParquet.ReadAsync(folder.PathOf("t"))).Should().Be(dataset);
    }

    [Fact]
    public async Task Writing_over_an_earlier_export_replaces_it_and_leaves_no_other_folder()
    {
        using var folder = new ScratchDirectory();
        await NewsEventsParquet.WriteAsync(SampleDatasets.MoscowTalks, folder.PathOf("t"));

        await NewsEventsParquet.WriteAsync(SampleDatasets.DranmirClashes, folder.PathOf("t"));

        (await NewsEventsParquet.ReadAsync(folder.PathOf("t"))).Should().Be(SampleDatasets.DranmirClashes);
        Directory.GetDirectories(folder.Root).Should().Equal(folder.PathOf("t"));
    }

    [Fact]
    public async Task A_quantity_written_with_trailing_zeros_reads_back_with_them()
    {
        var dataset = SampleDatasets.MoscowTalks;
        var first = dataset.Events[0];
        dataset = dataset with
        {
            Events = dataset.Events.SetItem(0, first with { Quantities = [new Quantity(QuantityKind.Money, 1.50m, unit: "USD"), new Quantity(QuantityKind.Killed, min: 10m, max: 12.000m)] }),
        };

        var back = await RoundTripAsync(dataset);

        var quantities = back.Events[0].Quantities;
        quantities[0].Value!.Value.Scale.Should().Be(2);
        quantities[1].Max!.Value.Scale.Should().Be(3);
        NewsEventsJson.Serialize(back).Should().Be(NewsEventsJson.Serialize(dataset));
    }

    internal static async Task<Dataset> RoundTripAsync(Dataset dataset)
    {
        using var folder = new ScratchDirectory();
        await NewsEventsParquet.WriteAsync(dataset, folder.PathOf("t"));
        return await NewsEventsParquet.ReadAsync(folder.PathOf("t"));
    }
}
