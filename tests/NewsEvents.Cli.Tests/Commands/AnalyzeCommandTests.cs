using System.Globalization;
using System.Text.Json;
using NewsEvents.Streaming;

namespace NewsEvents.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Several_files_json_and_json_lines_alike_are_analyzed_as_their_merge()
    {
        var first = _files.Write("small.json", TestFiles.Small);
        var second = _files.Write("other.jsonl", string.Concat(NewsEvents.Streaming.JsonLinesWriter.ToRecords(TestFiles.Small with { Id = new DatasetId("other") })
            .Select(r => System.Text.Encoding.UTF8.GetString(NewsEvents.Streaming.JsonLinesWriter.ToUtf8Line(r)))));

        var run = CliRun.Of("analyze", first, second, "--format", "json").ShouldSucceed();

        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("dataset").GetProperty("id").GetString().Should().Be("small+other");
        json.RootElement.GetProperty("counts").GetProperty("events").GetInt32().Should().Be(2 * TestFiles.Small.Events.Length);
    }

    [Fact]
    public void Without_a_file_reports_the_embedded_sample_dataset()
    {
        var run = CliRun.Of("analyze").ShouldSucceed();

        var seed = NewsEvents.Samples.SampleDatasets.MoscowTalks;
        run.Out.Should().StartWith(seed.Title);
        run.Out.Should().Contain($"{seed.Actors.Length} actors, {seed.Events.Length} events, {seed.Statements.Length} statements, {seed.Claims.Length} claims");
        run.Out.Should().Contain("The Moscow Times").And.Contain("Reuters");
        run.Out.Should().MatchRegex(@"2020-01-19 +\[PLANNED\] [^\n]*Berlin");
        run.Out.Should().MatchRegex(@"2019-04/2020-01-13 +[^\n]*\(for P9M\)", "a stated duration is shown");
        run.Out.Should().MatchRegex(@"2020-01-13T22:00/2020-01-14T04:00 +[^\n]*\(for PT6H\)", "an interval's length is shown");
        run.Out.Should().Contain("moscow-talks, duration: about 8 hours (as coded)");
        run.Out.Should().MatchRegex(@"Independent sources \(12: [^\n]*\n  Mevlut Cavusoglu, Recep Tayyip Erdogan \(4 claims\)");
        run.Out.Should().Contain("[FAILED]");
        run.Out.Should().Contain("[corroborated]").And.Contain("[contested]");
        run.Out.Should().MatchRegex(@"side \d: [^\n]*Khalifa Haftar[^\n]*United Arab Emirates");
        run.Out.Should().MatchRegex(@"side \d: [^\n]*Fayez al-Serraj[^\n]*Turkey");
        run.Out.Should().Contain("Sergei Lavrov").And.Contain("\u201cToday we can report that some progress was made\u201d");
        run.Out.Should().NotContain("\r");
        run.Out.Should().NotContain("\u001b", "redirected output is plain text, without control codes");
    }

    [Fact]
    public void Without_a_file_json_reports_the_embedded_sample_dataset()
    {
        var run = CliRun.Of("analyze", "--format", "json").ShouldSucceed();

        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        var seed = NewsEvents.Samples.SampleDatasets.MoscowTalks;
        root.GetProperty("dataset").GetProperty("id").GetString().Should().Be(NewsEvents.Samples.SampleDatasets.MoscowTalksId);
        root.GetProperty("counts").GetProperty("claims").GetInt32().Should().Be(seed.Claims.Length);
        root.GetProperty("timeline").GetArrayLength().Should().Be(seed.Events.Length);
        root.GetProperty("timeline").EnumerateArray()
            .Where(e => e.TryGetProperty("duration", out _))
            .Select(e => e.GetProperty("duration").GetString()).Should().Equal(["P3M", "P9M", "P29D", "P12D", "P12D", "P1DT12H", "PT6H"], "the stated nine months, and the length of every closed interval");
        root.GetProperty("figures").EnumerateArray().Single().GetProperty("figures")[0].GetProperty("figure").GetString().Should().Be("about 8 hours");
        root.GetProperty("independentSources").GetProperty("count").GetInt32().Should().Be(12);
        root.GetProperty("timeline").EnumerateArray()
            .Where(e => e.GetProperty("status").GetString() == "planned")
            .Should().Contain(e => e.GetProperty("summary").GetString()!.Contains("Berlin"));
    }

    [Fact]
    public void Prints_counts_timeline_actors_statements_and_claims()
    {
        var path = _files.Write("small.json", TestFiles.Small);

        var run = CliRun.Of("analyze", path).ShouldSucceed();

        run.Out.Should().Contain("Small test dataset");
        run.Out.Should().Contain("1 document, 3 actors, 2 events, 1 statement, 2 claims, 0 relations");
        run.Out.Should().Contain("Timeline").And.Contain("Actors").And.Contain("Who said what").And.Contain("Claims");
        run.Out.Should().Contain("Khalifa Haftar (attendee), Russia (mediator)");
        run.Out.Should().Contain("\u201cSome progress was made\u201d");
        run.Out.Should().Contain("contradicts c1").And.Contain("[contested]");
        run.Out.Should().Contain("Sides").And.Contain("mediator Russia");
    }

    [Fact]
    public void Marks_the_planned_event_and_orders_the_timeline_by_time()
    {
        var path = _files.Write("small.json", TestFiles.Small);

        var lines = CliRun.Of("analyze", path).ShouldSucceed().Out.Split('\n');

        var talks = Array.FindIndex(lines, l => l.Contains("Talks in Moscow", StringComparison.Ordinal));
        var summit = Array.FindIndex(lines, l => l.Contains("Berlin summit", StringComparison.Ordinal));
        talks.Should().BePositive();
        summit.Should().BeGreaterThan(talks);
        lines[summit].Should().Contain("2020-01-19").And.Contain("[PLANNED]");
        lines[talks].Should().Contain("2020-01-13").And.NotContain("[");
    }

    [Fact]
    public void Json_format_gives_the_same_report_to_scripts()
    {
        var path = _files.Write("small.json", TestFiles.Small);

        var run = CliRun.Of("analyze", path, "--format", "json").ShouldSucceed();

        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("dataset").GetProperty("id").GetString().Should().Be("small");
        root.GetProperty("counts").GetProperty("events").GetInt32().Should().Be(2);
        var timeline = root.GetProperty("timeline").EnumerateArray().ToList();
        timeline.Select(e => e.GetProperty("event").GetString()).Should().Equal("talks", "summit");
        timeline[1].GetProperty("status").GetString().Should().Be("planned");
        timeline[1].GetProperty("marked").GetBoolean().Should().BeTrue();
        timeline[0].GetProperty("expression").GetString().Should().Be("on Monday");
        var russia = root.GetProperty("whoSaidWhat").EnumerateArray().Single(s => s.GetProperty("speaker").GetString() == "russia");
        russia.GetProperty("statements")[0].GetProperty("channel").GetString().Should().Be("toldReporters");
        var claims = root.GetProperty("claims").EnumerateArray().ToList();
        claims.Select(c => c.GetProperty("status").GetString()).Should().Equal("contested", "contested");
        claims[0].GetProperty("contradictedBy")[0].GetString().Should().Be("c2");
        claims[0].GetProperty("contradictions")[0].GetInt32().Should().Be(1);
        var contradiction = root.GetProperty("contradictions").EnumerateArray().Single();
        contradiction.GetProperty("kind").GetString().Should().Be("explicitLink");
        contradiction.GetProperty("first")[0].GetString().Should().Be("c2");
        root.GetProperty("claims").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void A_json_lines_dataset_gives_the_same_report()
    {
        var json = _files.Write("small.json", TestFiles.Small);
        var lines = _files.Missing("small.jsonl");
        CliRun.Of("convert", json, lines).ShouldSucceed();

        CliRun.Of("analyze", lines).ShouldSucceed().Out.Should().Be(CliRun.Of("analyze", json).Out);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var missing = _files.Missing("absent.json");

        CliRun.Of("analyze", missing).ShouldFailWith(ExitCodes.UsageError, missing, "no such file");
    }

    [Fact]
    public void A_directory_is_a_usage_error()
    {
        CliRun.Of("analyze", _files.Directory).ShouldFailWith(ExitCodes.UsageError, "is a directory");
    }

    [Fact]
    public void Invalid_json_is_invalid_data_with_its_line()
    {
        var path = _files.Write("bad.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \n");

        CliRun.Of("analyze", path).ShouldFailWith(ExitCodes.InvalidData, path, "line ");
    }

    [Fact]
    public void Broken_references_are_invalid_data_naming_the_first_and_the_count()
    {
        var path = _files.Write("broken.json", TestFiles.WithBrokenReferences());

        var run = CliRun.Of("analyze", path).ShouldFailWith(ExitCodes.InvalidData, "2 rule(s)", "$.events[0].participants[0].actor", "newsevents validate");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var path = _files.Write("small.json", TestFiles.Small);

        CliRun.Of("analyze", path, "--colour").ShouldFailWith(ExitCodes.UsageError, "--colour", "newsevents analyze --help");
    }

    [Theory]
    [InlineData("--colour")]
    [InlineData("-x")]
    public void An_unknown_option_alone_is_not_taken_for_a_file(string option)
    {
        CliRun.Of("analyze", option).ShouldFailWith(ExitCodes.UsageError, $"Unrecognized option '{option}'", "newsevents analyze --help");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var path = _files.Write("small.json", TestFiles.Small);

        CliRun.Of("analyze", path, "--format", "xml").ShouldFailWith(ExitCodes.UsageError, "xml");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Ten_times_the_claims_of_one_proposition_give_at_most_ten_times_the_report(string format)
    {
        // The finding: 8,000 claims of one proposition (0.9 MB) gave a 220 MB report listing every pair.
        var small = CliRun.Of("analyze", _files.Write("small.json", StressDatasets.OneProposition(400)), "--format", format).ShouldSucceed().Out;
        var large = CliRun.Of("analyze", _files.Write("large.json", StressDatasets.OneProposition(4_000)), "--format", format).ShouldSucceed().Out;

        ((double)large.Length / small.Length).Should().BeLessThan(12);
        if (format == "text")
        {
            large.Should().Contain("contradicted by c1, c3, c5").And.Contain("and 1980 more");
            large.Should().Contain("1. opposite polarity on \"Haftar will sign the ceasefire\": c0, c2");
        }
        else
        {
            using var json = System.Text.Json.JsonDocument.Parse(large);
            var contradiction = json.RootElement.GetProperty("contradictions").EnumerateArray().Single();
            contradiction.GetProperty("first").GetArrayLength().Should().Be(20);
            contradiction.GetProperty("firstMore").GetInt32().Should().Be(1_980);
            json.RootElement.GetProperty("claims")[0].GetProperty("sourcesMore").GetInt32().Should().Be(1_980);
        }
    }

    [Fact]
    public void The_lists_of_a_crowded_event_are_cut_with_the_count_of_the_rest()
    {
        var run = CliRun.Of("analyze", _files.Write("crowd.json", StressDatasets.OneCrowdedEvent(4_000))).ShouldSucceed();

        run.Out.Should().Contain("Delegation 19 (mediator), and 3980 more");
        run.Out.Should().Contain("mediator Delegation 1 (no parties named)\n", "a crowded event adds no parties to its mediators");
        run.Out.Length.Should().BeLessThan(1_000_000);
    }

    [Fact]
    public void The_second_sample_shows_rival_figures_disputed_events_and_independent_sources()
    {
        var path = _files.Write("dranmir.json", NewsEvents.Samples.SampleDatasets.DranmirClashesJson);

        var text = CliRun.Of("analyze", path).ShouldSucceed().Out;

        text.Should().Contain("Figures (4 groups, 1 disputed)");
        text.Should().Contain("dranmir-clashes, killed: 12 (Teodor Brannick, government-toll) vs 31 (Northern Liberation Front, nlf-toll) [disputed, the ranges do not overlap; 2 independent sources]");
        text.Should().Contain("morvania-conflict, displaced: about 200000 (aid agencies, conflict-displaced) [single source]");
        text.Should().Contain("dranmir-clashes, injured: more than 40 (Anika Šolt, hospital-wounded) [single source]");
        text.Should().Contain("Disputed events (1)");
        text.Should().Contain("first-shots (Who opened fire first at the army checkpoint in Dranmir) [marked disputed]: for: Teodor Brannick; against: Ilko Varsh");
        text.Should().Contain("Independent sources (8: ");
        text.Should().Contain("Northern Liberation Front, Ilko Varsh (5 claims)");
        text.Should().Contain("opposite polarity on \"NLF fighters fired first in Dranmir\" about first-shots, nlf");
        text.Should().Contain("[single source]  Morvan Press Agency");

        using var json = JsonDocument.Parse(CliRun.Of("analyze", path, "--format", "json").ShouldSucceed().Out);
        var root = json.RootElement;
        var killed = root.GetProperty("figures").EnumerateArray().Single(g => g.GetProperty("disputed").GetBoolean());
        killed.GetProperty("event").GetString().Should().Be("dranmir-clashes");
        killed.GetProperty("kind").GetString().Should().Be("killed");
        killed.GetProperty("rangesOverlap").GetBoolean().Should().BeFalse();
        killed.GetProperty("figures").EnumerateArray().Select(f => (f.GetProperty("figure").GetString(), f.GetProperty("source").GetString()))
            .Should().Equal(("12", "brannick"), ("31", "nlf"));
        root.GetProperty("figures").EnumerateArray().Count(g => g.GetProperty("singleSource").GetBoolean()).Should().Be(3);
        var disputed = root.GetProperty("disputedEvents").EnumerateArray().Single();
        disputed.GetProperty("event").GetString().Should().Be("first-shots");
        disputed.GetProperty("for")[0].GetProperty("actor").GetString().Should().Be("brannick");
        disputed.GetProperty("against")[0].GetProperty("actor").GetString().Should().Be("varsh");
        var sources = root.GetProperty("independentSources");
        sources.GetProperty("count").GetInt32().Should().Be(8);
        sources.GetProperty("sources")[0].GetProperty("members").EnumerateArray().Select(m => m.GetProperty("actor").GetString()).Should().Equal("nlf", "varsh");
        sources.GetProperty("sources")[0].GetProperty("claims").GetInt32().Should().Be(5);
    }

    [Fact]
    public void Hosts_and_backers_of_mediated_talks_are_listed_apart_from_the_parties()
    {
        var path = _files.Write("talks.json", NewsEvents.Samples.SampleDatasets.MoscowTalks with
        {
            Events = [.. NewsEvents.Samples.SampleDatasets.MoscowTalks.Events.Select(e => e.Id.Value == "moscow-talks"
                ? e with { Participants = [.. e.Participants, new Participant(new ActorId("germany"), ParticipantRole.Supporter)] }
                : e)],
        });

        var text = CliRun.Of("analyze", path).ShouldSucceed().Out;
        var russia = text.Split('\n').Single(l => l.StartsWith("  mediator Russia, ", StringComparison.Ordinal));
        russia.Should().EndWith("; backed by Germany");
        russia[..russia.IndexOf("; backed", StringComparison.Ordinal)].Should().NotContain("Germany", "a backer is not a party");

        using var json = JsonDocument.Parse(CliRun.Of("analyze", path, "--format", "json").ShouldSucceed().Out);
        var mediator = json.RootElement.GetProperty("mediators").EnumerateArray().Single(m => m.GetProperty("actor").GetString() == "russia");
        mediator.GetProperty("backers").EnumerateArray().Select(b => b.GetProperty("actor").GetString()).Should().Equal("germany");
        mediator.GetProperty("between").EnumerateArray().Select(b => b.GetProperty("actor").GetString()).Should().NotContain("germany");
    }

    [Fact]
    public void A_large_dataset_has_its_long_sections_cut_to_the_top_20_saying_how_many_are_left_out()
    {
        var lines = _files.Missing("big.jsonl");
        CliRun.Of("generate", "--events", "2000", "-o", lines).ShouldSucceed();

        var report = CliRun.Of("analyze", lines).ShouldSucceed().Out;
        var full = CliRun.Of("analyze", lines, "--full").ShouldSucceed().Out;

        var actors = Section(report, "Actors (");
        var count = int.Parse(actors[0]["Actors (".Length..^1], CultureInfo.InvariantCulture);
        count.Should().BeGreaterThan(50);
        actors.Should().HaveCount(1 + 20 + 1);
        actors[^1].Should().Be($"  and {count - 20} more (--top N or --full shows more)");
        Section(full, "Actors (").Should().HaveCount(1 + count);
        report.Length.Should().BeLessThan(full.Length / 5);
        full.Should().NotContain("more (--top N or --full shows more)");
    }

    [Fact]
    public void The_cut_keeps_the_most_active_actors()
    {
        var lines = _files.Missing("big.jsonl");
        CliRun.Of("generate", "--events", "2000", "-o", lines).ShouldSucceed();
        using var input = File.OpenRead(lines);
        var index = NewsEvents.Analysis.DatasetIndex.Build(JsonLinesReader.ReadDataset(input));
        var activity = index.Dataset.Actors
            .Select(a => index.EventsOf(a.Id).Length + index.StatementsBy(a.Id).Length + index.ClaimsBy(a.Id).Length + index.RelationsOf(a.Id).Length)
            .OrderDescending().ToList();

        var json = JsonDocument.Parse(CliRun.Of("analyze", lines, "--format", "json", "--top", "5").ShouldSucceed().Out).RootElement;

        var shown = json.GetProperty("actors").EnumerateArray().ToList();
        shown.Should().HaveCount(5);
        json.GetProperty("actorsMore").GetInt32().Should().Be(activity.Count - 5);
        shown.Select(a => a.GetProperty("events").GetInt32() + a.GetProperty("statements").GetInt32() + a.GetProperty("claims").GetInt32() + a.GetProperty("relations").GetInt32())
            .Should().Equal(activity.Take(5));
    }

    [Fact]
    public void The_sample_report_charts_its_events_per_month_and_lists_the_most_reported_and_the_upcoming_events()
    {
        var text = CliRun.Of("analyze").ShouldSucceed().Out;

        var chart = Section(text, "Events per month (");
        chart[0].Should().Be("Events per month (23 events from 2019-02 to 2020-01; 5 with a time longer than a month and 13 without a time not counted)");
        chart.Should().HaveCount(1 + 12, "every month of the span, empty ones too");
        chart.Should().Contain("  2019-03   0");
        chart[^1].Should().Be("  2020-01  20  " + new string('\u2588', 40), "the busiest month has the whole bar");
        chart[1].Should().Be("  2019-02   1  \u2588\u2588");
        var reported = Section(text, "Most-reported events (");
        reported[0].Should().StartWith("Most-reported events (24 reported more than once");
        reported[1].Should().StartWith("  1 document, 7 spans  2020-01-13 ").And.EndWith("Indirect Libya peace talks in Moscow @ the elegant 19th-century Moscow mansion");
        var upcoming = Section(text, "Upcoming planned events (");
        upcoming[0].Should().Be("Upcoming planned events (4 after the latest publication, 2020-01-13)");
        upcoming.Where(l => l.Contains("[PLANNED]", StringComparison.Ordinal)).Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries)[0].Trim())
            .Should().Equal("2020-01-13/2020-01-14T12:00", "2020-01-14", "2020-01-19", "no time");
        text.Should().NotContain("more (--top N or --full shows more)", "the sample's report is complete");

        using var json = JsonDocument.Parse(CliRun.Of("analyze", "--format", "json").ShouldSucceed().Out);
        var root = json.RootElement;
        var perMonth = root.GetProperty("eventsPerMonth");
        perMonth.GetProperty("unit").GetString().Should().Be("month");
        (perMonth.GetProperty("counted").GetInt32(), perMonth.GetProperty("longerThanAMonth").GetInt32(), perMonth.GetProperty("undated").GetInt32()).Should().Be((23, 5, 13));
        perMonth.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("events").GetInt32()).Should().Equal(1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 20);
        root.GetProperty("mostReported").GetArrayLength().Should().Be(24);
        root.GetProperty("mostReported")[0].GetProperty("event").GetString().Should().Be("moscow-talks");
        root.GetProperty("mostReported")[0].GetProperty("spans").GetInt32().Should().Be(7);
        var planned = root.GetProperty("upcoming");
        planned.GetProperty("reference").GetString().Should().Be("2020-01-13");
        planned.GetProperty("referenceKind").GetString().Should().Be("publication");
        planned.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event").GetString()).Should().Equal("haftar-decision", "benghazi-rally", "berlin-summit", "permanent-ceasefire");
    }

    [Fact]
    public void The_most_reported_and_upcoming_events_of_a_large_dataset_are_cut_like_every_section()
    {
        var lines = _files.Missing("big.jsonl");
        CliRun.Of("generate", "--events", "2000", "-o", lines).ShouldSucceed();

        var text = CliRun.Of("analyze", lines).ShouldSucceed().Out;
        var root = JsonDocument.Parse(CliRun.Of("analyze", lines, "--format", "json", "--top", "5").ShouldSucceed().Out).RootElement;

        var chart = Section(text, "Events per month (");
        chart.Count.Should().BeInRange(20, 51, "two years of documents, by month");
        chart.Skip(1).Should().OnlyContain(l => l.StartsWith("  20", StringComparison.Ordinal));
        var reported = Section(text, "Most-reported events (");
        reported.Should().HaveCount(1 + 20 + 1);
        var reportedCount = int.Parse(reported[0]["Most-reported events (".Length..reported[0].IndexOf(' ', "Most-reported events (".Length)], CultureInfo.InvariantCulture);
        reported[^1].Should().Be($"  and {reportedCount - 20} more (--top N or --full shows more)");
        root.GetProperty("mostReportedMore").GetInt32().Should().Be(reportedCount - 5);
        root.GetProperty("mostReported").EnumerateArray().Select(e => ((long)e.GetProperty("documents").GetInt32() << 32) + e.GetProperty("spans").GetInt32())
            .Should().BeInDescendingOrder();
        var upcoming = root.GetProperty("upcoming");
        upcoming.GetProperty("referenceKind").GetString().Should().Be("publication");
        upcoming.GetProperty("events").GetArrayLength().Should().Be(5);
        upcoming.GetProperty("eventsMore").GetInt32().Should().Be(upcoming.GetProperty("count").GetInt32() - 5);
        var publishedIn = upcoming.GetProperty("reference").GetString()![..7];
        upcoming.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("time").GetString()).Should().OnlyContain(time => string.CompareOrdinal(time, publishedIn) >= 0);
        Section(text, "Upcoming planned events (")[0].Should().MatchRegex(@"^Upcoming planned events \(\d+ after the latest publication, 2020-12-\d\dT[^;]*; \d+ planned for earlier\)$");
    }

    [Fact]
    public void The_json_report_is_streamed_in_bounded_chunks_never_held_whole()
    {
        var lines = _files.Missing("big.jsonl");
        CliRun.Of("generate", "--events", "2000", "-o", lines).ShouldSucceed();
        using var output = new ChunkRecordingWriter();
        using var error = new StringWriter();

        NewsEventsCli.Run(["analyze", lines, "--format", "json", "--full"], output, error).Should().Be(ExitCodes.Ok, error.ToString());

        var text = output.Text;
        text.Length.Should().BeGreaterThan(10 * JsonOutput.FlushBytes, "the full report of 2,000 events is many chunks long");
        output.Largest.Should().BeLessThan(2 * JsonOutput.FlushBytes, "the writer passes the report on in chunks as it goes, never the whole of it");
        output.Writes.Should().BeGreaterThan(text.Length / (2 * JsonOutput.FlushBytes));
        text.Should().EndWith("}\n");
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("timeline").GetArrayLength().Should().Be(2000, "the chunks make the whole report");
    }

    [Fact]
    public void Top_with_full_or_a_top_below_one_is_a_usage_error()
    {
        CliRun.Of("analyze", "--top", "5", "--full").ShouldFailWith(ExitCodes.UsageError, "--top and --full");
        CliRun.Of("analyze", "--top", "0").ShouldFailWith(ExitCodes.UsageError, "at least 1");
    }

    private static List<string> Section(string report, string heading) =>
        [.. report.Split('\n').SkipWhile(l => !l.StartsWith(heading, StringComparison.Ordinal)).TakeWhile(l => l.Length > 0)];
}
