using NewsEvents.Analysis;
using NewsEvents.Merging;
using NewsEvents.Samples;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Merging;

public class DatasetMergerTests
{
    private static readonly Dataset Moscow = SampleDatasets.MoscowTalks;
    private static readonly Dataset Dranmir = SampleDatasets.DranmirClashes;

    // The Moscow talks again under another id: every one of its ids collides with the first's.
    private static readonly Dataset Copy = Moscow with { Id = new DatasetId("copy"), Metadata = new DatasetMetadata { License = "CC-BY-4.0", SourceFiles = ["copy.csv"], Citation = "Copy, 2026." } };

    [Fact]
    public void Every_item_of_each_input_is_kept_and_the_merge_is_valid()
    {
        var merged = DatasetMerger.Merge([Moscow, Dranmir, Copy]);

        merged.Documents.Should().HaveCount(Moscow.Documents.Length + Dranmir.Documents.Length + Copy.Documents.Length);
        merged.Actors.Should().HaveCount(Moscow.Actors.Length + Dranmir.Actors.Length + Copy.Actors.Length);
        merged.Events.Should().HaveCount(Moscow.Events.Length + Dranmir.Events.Length + Copy.Events.Length);
        merged.Statements.Should().HaveCount(Moscow.Statements.Length + Dranmir.Statements.Length + Copy.Statements.Length);
        merged.Claims.Should().HaveCount(Moscow.Claims.Length + Dranmir.Claims.Length + Copy.Claims.Length);
        merged.Relations.Should().HaveCount(Moscow.Relations.Length + Dranmir.Relations.Length + Copy.Relations.Length);
        DatasetValidator.Validate(merged).Violations.Should().BeEmpty("every reference follows its renamed id");
        merged.Id.Should().Be(new DatasetId($"{Moscow.Id}+{Dranmir.Id}+copy"));
    }

    [Fact]
    public void An_id_used_by_two_inputs_is_prefixed_with_each_dataset_id_and_every_reference_follows()
    {
        var merged = DatasetMerger.Merge([Moscow, Copy]);

        string Renamed(Dataset input, string id) => $"{input.Id}{DatasetMerger.Separator}{id}";
        merged.Actors.Select(a => a.Id.Value).Should().Equal(
            Moscow.Actors.Select(a => Renamed(Moscow, a.Id.Value)).Concat(Copy.Actors.Select(a => Renamed(Copy, a.Id.Value))));
        var copyEvents = merged.Events.Skip(Moscow.Events.Length).ToArray();
        copyEvents.SelectMany(e => e.Participants).Select(p => p.Actor.Value).Should().OnlyContain(id => id.StartsWith("copy/", StringComparison.Ordinal));
        copyEvents.SelectMany(e => e.Evidence).Select(e => e.Document.Value).Should().OnlyContain(id => id.StartsWith("copy/", StringComparison.Ordinal));
        var copyClaims = merged.Claims.Skip(Moscow.Claims.Length).ToArray();
        copyClaims.Select(c => c.Claimant.Value).Should().Equal(Copy.Claims.Select(c => Renamed(Copy, c.Claimant.Value)));
        copyClaims.SelectMany(c => c.Links).Select(l => l.Target.Value).Should().Equal(Copy.Claims.SelectMany(c => c.Links).Select(l => Renamed(Copy, l.Target.Value)));
        copyClaims.Select(c => c.Statement?.Value).Should().Equal(Copy.Claims.Select(c => c.Statement is { } s ? Renamed(Copy, s.Value) : null));
        DatasetValidator.Validate(merged).Violations.Should().BeEmpty();
    }

    [Fact]
    public void Ids_used_by_one_input_only_stay_as_they_are()
    {
        var merged = DatasetMerger.Merge([Moscow, Dranmir]);

        var moscowIds = Moscow.Actors.Select(a => a.Id.Value).ToHashSet();
        var dranmirIds = Dranmir.Actors.Select(a => a.Id.Value).ToHashSet();
        foreach (var actor in merged.Actors.Take(Moscow.Actors.Length).Zip(Moscow.Actors))
        {
            actor.First.Id.Value.Should().Be(dranmirIds.Contains(actor.Second.Id.Value) ? $"{Moscow.Id}/{actor.Second.Id}" : actor.Second.Id.Value);
        }

        merged.Actors.Skip(Moscow.Actors.Length).Where(a => !moscowIds.Contains(a.Id.Value)).Should().NotBeEmpty();
    }

    [Fact]
    public void A_prefixed_id_that_is_taken_gets_the_prefix_again()
    {
        var first = Tiny("a", Person("x"), Person("b/x"));
        var second = Tiny("b", Person("x"));

        var merged = DatasetMerger.Merge([first, second]);

        merged.Actors.Select(a => a.Id.Value).Should().Equal("a/x", "b/x", "b/b/x");
        DatasetValidator.Validate(merged).Violations.Should().BeEmpty();
    }

    [Fact]
    public void A_prefixed_id_longer_than_an_id_may_be_is_refused()
    {
        var longId = new string('x', 250);
        var act = () => DatasetMerger.Merge([Tiny("first", Person(longId)), Tiny("second", Person(longId))]);

        act.Should().Throw<NewsEventsFormatException>().WithMessage("*longer than an id may be*shorter id*");
    }

    [Fact]
    public void Actors_stay_apart_unless_linking_is_asked()
    {
        var first = Tiny("a", Person("haftar", ExternalCode.Wikidata("Q1")));
        var second = Tiny("b", Person("khalifa", ExternalCode.Wikidata("Q1")));

        DatasetMerger.Merge([first, second]).Actors.Should().HaveCount(2);
        DatasetMerger.Merge([first, second], new DatasetMergeOptions { LinkActors = true }).Actors.Should().ContainSingle();
    }

    [Fact]
    public void A_linked_actor_becomes_the_earlier_actor_with_its_names_codes_and_evidence_added()
    {
        var first = Tiny("a", Person("haftar", ExternalCode.Wikidata("Q1")), Person("russia"));
        var second = Tiny("b", Person("khalifa", new ExternalCode(CodeScheme.CameoActor, "LBYMIL"), ExternalCode.Wikidata("Q1")) with { Aliases = ["Marshal Haftar"] }, Person("russia"));

        var merged = DatasetMerger.Merge([first, second], new DatasetMergeOptions { LinkActors = true });

        var linked = merged.Actors[0];
        linked.Id.Value.Should().Be("haftar");
        linked.Name.Should().Be("Person haftar");
        linked.Aliases.Should().Equal("Person khalifa", "Marshal Haftar");
        linked.Codes.Should().Equal(ExternalCode.Wikidata("Q1"), new ExternalCode(CodeScheme.CameoActor, "LBYMIL"));
        linked.Evidence.Select(e => e.Document.Value).Should().Equal("a/d1", "b/d1");
        merged.Actors.Select(a => a.Id.Value).Should().Equal("haftar", "a/russia", "b/russia");
        merged.Events[1].Participants.Select(p => p.Actor.Value).Should().Equal("haftar", "b/russia");
        merged.Relations[1].Source.Value.Should().Be("haftar");
        DatasetValidator.Validate(merged).Violations.Should().BeEmpty();
    }

    [Fact]
    public void Actors_are_linked_only_by_a_code_that_names_one_entity()
    {
        var first = Tiny("a", Person("x", new ExternalCode(CodeScheme.Iso3166, "LY")));
        var second = Tiny("b", Person("y", new ExternalCode(CodeScheme.Iso3166, "LY")));

        DatasetMerger.Merge([first, second], new DatasetMergeOptions { LinkActors = true }).Actors.Should().HaveCount(2);
        DatasetMerger.LinkingSchemes.Should().Equal(CodeScheme.Wikidata, CodeScheme.CameoActor);
    }

    [Fact]
    public void Two_actors_of_one_input_are_not_both_linked_to_one_actor()
    {
        var first = Tiny("a", Person("x", ExternalCode.Wikidata("Q1")));
        var second = Tiny("b", Person("y", ExternalCode.Wikidata("Q1")), Person("z", ExternalCode.Wikidata("Q1")));

        var merged = DatasetMerger.Merge([first, second], new DatasetMergeOptions { LinkActors = true });

        merged.Actors.Select(a => a.Id.Value).Should().Equal("x", "z");
        DatasetValidator.Validate(merged).Violations.Should().BeEmpty("the relation between y and z does not become one of x to itself");
    }

    [Fact]
    public void Each_inputs_metadata_is_kept()
    {
        var first = Tiny("a") with { Title = "First", Metadata = new DatasetMetadata { Description = "One", License = "CC0-1.0", SourceFiles = ["a.csv"], Coders = ["ann"], Citation = "A, 2025." } };
        var second = Tiny("b") with { Metadata = new DatasetMetadata { License = "CC-BY-4.0", SourceFiles = ["b.csv", "a.csv"], Coders = ["ann", "bob"], Citation = "B, 2026." } };

        var merged = DatasetMerger.Merge([first, second]);

        var metadata = merged.Metadata!;
        metadata.License.Should().Be("(CC0-1.0) AND (CC-BY-4.0)");
        metadata.SourceFiles.Should().Equal("a.csv", "b.csv");
        metadata.Coders.Should().Equal("ann", "bob");
        metadata.Citation.Should().Be("A, 2025.\nB, 2026.");
        metadata.Description.Should().Be("Merged from 2 datasets:\n- a \"First\": One\n- b");
        merged.Title.Should().Be("First");
    }

    [Fact]
    public void A_dataset_merged_with_itself_is_refused()
    {
        var act = () => DatasetMerger.Merge([Moscow, Dranmir, Moscow]);

        act.Should().Throw<NewsEventsFormatException>().WithMessage($"Inputs 1 and 3 are both dataset '{Moscow.Id}'*")
            .Which.Violations.Should().ContainSingle().Which.Kind.Should().Be(ViolationKind.DuplicateId);
    }

    [Fact]
    public void Inputs_of_different_major_versions_are_refused()
    {
        var act = () => DatasetMerger.Merge([Moscow, Copy with { SchemaVersion = "2.0" }]);

        act.Should().Throw<NewsEventsFormatException>().WithMessage("*disagree on schemaVersion (1.1 and 2.0)*")
            .Which.Violations.Should().ContainSingle().Which.Kind.Should().Be(ViolationKind.UnsupportedSchemaVersion);
    }

    [Fact]
    public void The_merge_takes_the_newest_minor_version_of_its_inputs()
    {
        DatasetMerger.Merge([Moscow with { SchemaVersion = "1.0" }, Dranmir with { SchemaVersion = "1.1" }]).SchemaVersion.Should().Be("1.1");
    }

    [Fact]
    public void Merging_is_deterministic()
    {
        NewsEventsJson.Serialize(DatasetMerger.Merge([Moscow, Copy, Dranmir]))
            .Should().Be(NewsEventsJson.Serialize(DatasetMerger.Merge([Moscow, Copy, Dranmir])));
    }

    [Fact]
    public void Merging_streams_of_records_gives_the_merge_of_their_datasets()
    {
        var lines = new[] { Moscow, Copy }.Select(d => { using var s = new MemoryStream(); JsonLinesWriter.WriteDatasetAsync(s, d).GetAwaiter().GetResult(); return s.ToArray(); }).ToArray();
        var reads = 0;
        Func<IEnumerable<JsonLinesRecord>> Source(byte[] bytes) => () => { reads++; return JsonLinesReader.Read(new MemoryStream(bytes)); };

        var records = DatasetMerger.MergeRecords([Source(lines[0]), Source(lines[1])]).ToArray();

        reads.Should().Be(4, "each input is read twice: its ids, then its records");
        records[0].Kind.Should().Be(JsonLinesRecordKind.Header);
        var collected = JsonLinesReader.ReadDataset(new MemoryStream(records.SelectMany(JsonLinesWriter.ToUtf8Line).ToArray()));
        collected.Should().Be(DatasetMerger.Merge([Moscow, Copy]));
    }

    [Fact]
    public void A_stream_without_a_header_cannot_be_merged()
    {
        IEnumerable<JsonLinesRecord> NoHeader() => [JsonLinesRecord.From(Moscow.Actors[0])];

        var act = () => DatasetMerger.MergeRecords([NoHeader]);

        act.Should().Throw<NewsEventsFormatException>().WithMessage("Input 1 does not start with a header*");
    }

    [Fact]
    public void Two_stories_merged_stay_two_stories()
    {
        var merged = DatasetMerger.Merge([Moscow, Copy]);

        var network = ActorNetwork.Build(merged);

        network.Edges.Should().NotBeEmpty().And.OnlyContain(e => Input(e.From) == Input(e.To), "no tie joins actors of different inputs");
        network.Edges.Should().HaveCount(2 * ActorNetwork.Build(Moscow).Edges.Length);
    }

    private static string Input(ActorId actor) => actor.Value[..actor.Value.IndexOf(DatasetMerger.Separator, StringComparison.Ordinal)];

    private static Actor Person(string id, params ExternalCode[] codes) =>
        new() { Id = new ActorId(id), Kind = ActorKind.Person, Name = $"Person {id}", Codes = [.. codes], Evidence = [new Evidence(new DocumentId("d1"), 0, 4, "Some")] };

    /// <summary>A dataset of one document, the actors given, an event in which they all take part and a relation from each to the next.</summary>
    private static Dataset Tiny(string id, params Actor[] actors) => new()
    {
        Id = new DatasetId(id),
        Documents = [new Document { Id = new DocumentId("d1"), Text = "Some text." }],
        Actors = [.. actors],
        Events = actors.Length == 0 ? [] : [new Event { Id = new EventId("e1"), Type = EventType.Meeting, Status = EventStatus.Occurred, Participants = [.. actors.Select(a => new Participant(a.Id, ParticipantRole.Attendee))] }],
        Relations = [.. actors.Zip(actors.Skip(1), (a, b) => new Relation { Id = new RelationId($"r-{a.Id}"), Type = RelationType.Backs, Source = a.Id, Target = b.Id })],
    };
}
