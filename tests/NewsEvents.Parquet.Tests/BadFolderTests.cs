using NewsEvents.Parquet.Tests.TestSupport;
using NewsEvents.Samples;
using NewsEvents.Streaming;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Parquet.Tests;

/// <summary>A folder that is not what the writer writes is refused with the file, table, column and row of the problem; bad data is never exported.</summary>
public sealed class BadFolderTests : IDisposable
{
    private readonly ScratchDirectory _temp = new();

    private string Tables => _temp.PathOf("t");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_missing_table_names_its_file()
    {
        await WriteSampleAsync();
        File.Delete(Path.Combine(Tables, "participants.parquet"));

        var error = await ReadFailureAsync();

        error.Message.Should().Contain(Path.Combine(Tables, "participants.parquet")).And.Contain("'participants' is missing");
    }

    [Fact]
    public async Task A_part_file_past_a_gap_is_refused_not_left_out()
    {
        await WriteSampleAsync(new ParquetExportOptions { RowGroupSize = 1, RowGroupsPerFile = 1 });
        File.Exists(Path.Combine(Tables, "evidence-3.parquet")).Should().BeTrue("the sample has more than three evidence spans, one to a file here");
        File.Delete(Path.Combine(Tables, "evidence-2.parquet"));

        var error = await ReadFailureAsync();

        error.Message.Should().Contain(Path.Combine(Tables, "evidence-3.parquet")).And.Contain("is not a file of the table 'evidence'").And.Contain("the next would be evidence-2.parquet");
    }

    [Fact]
    public async Task A_bad_value_in_a_part_file_names_that_file_and_its_row()
    {
        await WriteSampleAsync(new ParquetExportOptions { RowGroupSize = 1, RowGroupsPerFile = 1 });
        DuckDb.Rewrite(Tables, "events-2", "SELECT * REPLACE ('rumoured' AS status) FROM t");

        var error = await ReadFailureAsync();

        error.Message.Should().Contain(Path.Combine(Tables, "events-2.parquet") + ": table 'events', column 'status', row 1: 'rumoured' is not one of:");
    }

    [Fact]
    public async Task A_file_that_is_not_parquet_is_named()
    {
        await WriteSampleAsync();
        await File.WriteAllTextAsync(Path.Combine(Tables, "claims.parquet"), "id,claimant_id\nc1,a1\n");

        var error = await ReadFailureAsync();

        error.Message.Should().Contain("claims.parquet").And.Contain("is not a Parquet file");
    }

    [Fact]
    public async Task A_column_of_another_type_names_the_table_and_column()
    {
        await WriteSampleAsync();
        DuckDb.Rewrite(Tables, "evidence", "SELECT * REPLACE (CAST(start AS VARCHAR) AS start) FROM t");

        var error = await ReadFailureAsync();

        error.Message.Should().Contain("evidence.parquet").And.Contain("table 'evidence', column 'start' must be INTEGER");
    }

    [Fact]
    public async Task A_missing_column_names_the_table_and_column()
    {
        await WriteSampleAsync();
        DuckDb.Rewrite(Tables, "events", "SELECT * EXCLUDE (status) FROM t");

        var error = await ReadFailureAsync();

        error.Message.Should().Contain("events.parquet").And.Contain("table 'events' has no column 'status'");
    }

    [Fact]
    public async Task A_row_of_a_child_table_whose_owner_does_not_exist_names_the_row()
    {
        await WriteSampleAsync();
        var rows = SampleDatasets.MoscowTalks.Events.Sum(e => e.Participants.Length);
        DuckDb.Rewrite(Tables, "participants", "SELECT * FROM t UNION ALL SELECT 'no-such-event', 0, 'haftar', 'attendee'");

        var error = await ReadFailureAsync();

        error.Message.Should().Contain("table 'participants', column 'event_id', row " + (rows + 1)).And.Contain("'no-such-event' (event) is not in the folder");
    }

    [Fact]
    public async Task A_reference_to_an_actor_that_does_not_exist_is_a_validation_error()
    {
        await WriteSampleAsync();
        DuckDb.Rewrite(Tables, "participants", "SELECT * REPLACE ('nobody' AS actor_id) FROM t");

        var error = await ReadFailureAsync();

        error.Message.Should().Contain(Tables).And.Contain("nobody");
        error.Violations.Should().NotBeEmpty();
    }

    [Fact]
    public async Task An_unknown_enumeration_name_names_the_column_and_the_names_allowed()
    {
        await WriteSampleAsync();
        DuckDb.Rewrite(Tables, "events", "SELECT * REPLACE ('rumoured' AS status) FROM t");

        var error = await ReadFailureAsync();

        error.Message.Should().Contain("table 'events', column 'status', row 1: 'rumoured' is not one of:").And.Contain("occurred");
    }

    [Fact]
    public async Task A_folder_rewritten_by_another_tool_with_the_same_columns_reads_back_equal()
    {
        await WriteSampleAsync();
        foreach (var file in NewsEventsParquet.TableFiles)
        {
            DuckDb.Rewrite(Tables, Path.GetFileNameWithoutExtension(file), "SELECT * FROM t");
        }

        (await NewsEventsParquet.ReadAsync(Tables)).Should().Be(SampleDatasets.MoscowTalks);
    }

    [Fact]
    public async Task Invalid_json_lines_are_refused_and_leave_no_folder_behind()
    {
        var dataset = SampleDatasets.MoscowTalks;
        var records = JsonLinesWriter.ToRecords(dataset).Select(r => r.Event is { } e
            ? JsonLinesRecord.From(e with { Participants = [new Participant(new ActorId("nobody"), ParticipantRole.Attendee)] })
            : r);
        using var jsonLines = new MemoryStream();
        await JsonLinesWriter.WriteAsync(jsonLines, records);
        jsonLines.Position = 0;

        var act = () => NewsEventsParquet.WriteJsonLinesAsync(jsonLines, Tables);

        (await act.Should().ThrowAsync<NewsEventsFormatException>()).Which.Message.Should().Contain("nobody");
        Directory.GetFileSystemEntries(_temp.Root).Should().BeEmpty();
    }

    [Fact]
    public async Task A_failed_export_leaves_an_earlier_export_in_place()
    {
        await WriteSampleAsync();
        using var jsonLines = new MemoryStream("{\"kind\":\"header\",\"record\":{\"schemaVersion\":\"1.1\",\"id\":\"x\"}}\n{\"kind\":\"event\",\"record\":{}}\n"u8.ToArray());

        var act = () => NewsEventsParquet.WriteJsonLinesAsync(jsonLines, Tables);

        await act.Should().ThrowAsync<NewsEventsFormatException>();
        Directory.GetDirectories(_temp.Root).Should().Equal(Tables);
        (await NewsEventsParquet.ReadAsync(Tables)).Should().Be(SampleDatasets.MoscowTalks);
    }

    private Task WriteSampleAsync(ParquetExportOptions? options = null) => NewsEventsParquet.WriteAsync(SampleDatasets.MoscowTalks, Tables, options);

    private async Task<NewsEventsFormatException> ReadFailureAsync()
    {
        var act = () => NewsEventsParquet.ReadAsync(Tables);
        return (await act.Should().ThrowAsync<NewsEventsFormatException>()).Which;
    }
}
