using System.Text;
using NewsEvents.Generation;
using NewsEvents.Streaming;
using NewsEvents.Validation;
using static NewsEvents.Tests.Streaming.JsonLinesTestData;

namespace NewsEvents.Tests.Streaming;

public class JsonLinesValidatorTests
{
    private static readonly DocumentId Doc = new("d1");

    private static readonly Document Document = new() { Id = Doc, Text = "Сергей Лавров met 𠮷田 in Moscow." };

    private static Event Meeting(string id, params Participant[] participants) =>
        new() { Id = new EventId(id), Type = EventType.Meeting, Status = EventStatus.Occurred, Participants = [.. participants] };

    private static async Task<System.Collections.Immutable.ImmutableArray<Violation>> Validate(params object[] values)
    {
        var text = new StringBuilder();
        foreach (var value in values)
        {
            var record = value switch
            {
                Document d => JsonLinesRecord.From(d),
                Actor a => JsonLinesRecord.From(a),
                Event e => JsonLinesRecord.From(e),
                Statement s => JsonLinesRecord.From(s),
                Claim c => JsonLinesRecord.From(c),
                Relation r => JsonLinesRecord.From(r),
                string line => null,
                _ => throw new ArgumentException("unknown test value"),
            };
            text.Append(record is null ? (string)value + "\n" : Encoding.UTF8.GetString(JsonLinesWriter.ToUtf8Line(record)));
        }

        return (await JsonLinesValidator.ValidateAsync(new MemoryStream(Utf8(text.ToString())))).Violations;
    }

    [Fact]
    public async Task Valid_lines_give_no_violations()
    {
        (await Validate(Document, Lavrov, Haftar, Meeting("e1", new Participant(Lavrov.Id, ParticipantRole.Initiator), new Participant(Haftar.Id, ParticipantRole.Target)))).Should().BeEmpty();
    }

    [Fact]
    public async Task A_reference_to_a_later_line_is_resolved_at_the_end()
    {
        (await Validate(Meeting("e1", new Participant(Lavrov.Id, ParticipantRole.Initiator)), Lavrov)).Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_reference_is_reported_with_its_line_and_path()
    {
        var violations = await Validate(Lavrov, "", Meeting("e1", new Participant(Lavrov.Id, ParticipantRole.Initiator), new Participant(new ActorId("nobody"), ParticipantRole.Target)));
        var v = violations.Should().ContainSingle().Which;
        v.LineNumber.Should().Be(3);
        v.Path.Should().Be("$.record.participants[1].actor");
        v.Kind.Should().Be(ViolationKind.UnknownReference);
        v.ToString().Should().StartWith("line 3: ");
    }

    [Fact]
    public async Task A_duplicate_id_names_the_line_that_used_it_first()
    {
        var v = (await Validate(Lavrov, Lavrov with { Name = "Lavrov" })).Should().ContainSingle().Which;
        v.LineNumber.Should().Be(2);
        v.Kind.Should().Be(ViolationKind.DuplicateId);
        v.Message.Should().Contain("line 1");
    }

    [Fact]
    public async Task The_same_id_in_another_kind_is_not_a_duplicate()
    {
        (await Validate(Lavrov, Meeting("a1"))).Should().BeEmpty();
    }

    [Fact]
    public async Task Quotes_are_checked_against_an_earlier_document()
    {
        var good = Evidence.Find(Doc, Document.Text!, "𠮷田");
        var bad = new Evidence(Doc, good.Start, good.End, "XY");
        var outside = new Evidence(Doc, 10, 200);
        var violations = await Validate(Document, Lavrov with { Evidence = [good, bad, outside] });
        violations.Select(v => (v.LineNumber ?? 0, v.Kind, v.Path)).Should().Equal(
            (2L, ViolationKind.QuoteMismatch, "$.record.evidence[1].quote"),
            (2L, ViolationKind.EvidenceOutOfRange, "$.record.evidence[2].end"));
    }

    [Fact]
    public async Task Quotes_citing_a_later_document_are_not_checked_but_the_reference_is()
    {
        var bad = new Evidence(Doc, 0, 2, "XY");
        (await Validate(Lavrov with { Evidence = [bad] }, Document)).Should().BeEmpty();
        var missing = (await Validate(Lavrov with { Evidence = [new Evidence(new DocumentId("d9"), 0, 2, "XY")] })).Should().ContainSingle().Which;
        missing.Path.Should().Be("$.record.evidence[0].document");
    }

    [Fact]
    public void A_text_cache_of_zero_checks_no_quotes()
    {
        var validator = new JsonLinesValidator(textCacheChars: 0);
        validator.Add(JsonLinesRecord.From(Document));
        validator.Add(JsonLinesRecord.From(Lavrov with { Evidence = [new Evidence(Doc, 0, 2, "XY")] }));
        validator.Complete().Violations.Should().BeEmpty();
        validator.RecordCount.Should().Be(2);
    }

    [Fact]
    public void The_text_cache_drops_the_oldest_documents_first()
    {
        var validator = new JsonLinesValidator(textCacheChars: 40);
        validator.Add(JsonLinesRecord.From(Document));
        validator.Add(JsonLinesRecord.From(new Document { Id = new DocumentId("d2"), Text = new string('x', 30) }));
        validator.Add(JsonLinesRecord.From(Lavrov with { Evidence = [new Evidence(Doc, 0, 2, "XY")] }));
        validator.Add(JsonLinesRecord.From(Haftar with { Evidence = [new Evidence(new DocumentId("d2"), 0, 2, "XY")] }));
        var v = validator.Complete().Violations.Should().ContainSingle().Which;
        v.LineNumber.Should().Be(4, "records not read from a stream are numbered by position");
        v.Kind.Should().Be(ViolationKind.QuoteMismatch);
    }

    [Fact]
    public async Task Self_references_and_repeat_cycles_are_reported()
    {
        var c1 = new Claim { Id = new ClaimId("c1"), Claimant = Lavrov.Id, Proposition = "p", Polarity = ClaimPolarity.Positive, Certainty = ClaimCertainty.Certain, Links = [new ClaimLink(ClaimLinkType.Repeats, new ClaimId("c2"))] };
        var c2 = c1 with { Id = new ClaimId("c2"), Links = [new ClaimLink(ClaimLinkType.Repeats, new ClaimId("c1"))] };
        var c3 = c1 with { Id = new ClaimId("c3"), Links = [new ClaimLink(ClaimLinkType.Supports, new ClaimId("c3"))] };
        var e1 = Meeting("e1") with { Links = [new EventLink(EventLinkType.PartOf, new EventId("e1"))] };
        var r1 = new Relation { Id = new RelationId("r1"), Type = RelationType.Backs, Source = Lavrov.Id, Target = Lavrov.Id };
        var violations = await Validate(Lavrov, c1, c2, c3, e1, r1);
        violations.Select(v => v.Kind).Should().BeEquivalentTo(
            [ViolationKind.RepeatCycle, ViolationKind.SelfReference, ViolationKind.SelfReference, ViolationKind.SelfReference]);
        violations.Select(v => v.LineNumber).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task Bad_lines_are_reported_with_the_broken_rules()
    {
        var seen = new List<JsonLinesViolation>();
        var text = ActorLine(Lavrov) + "{oops\n" + Encoding.UTF8.GetString(JsonLinesWriter.ToUtf8Line(JsonLinesRecord.From(Meeting("e1", new Participant(new ActorId("zz"), ParticipantRole.Host)))));
        var violations = (await JsonLinesValidator.ValidateAsync(new MemoryStream(Utf8(text)), new JsonLinesReaderOptions { OnBadLine = seen.Add })).Violations;
        violations.Select(v => (v.LineNumber ?? 0, v.Kind)).Should().Equal((2L, ViolationKind.Format), (3L, ViolationKind.UnknownReference));
        seen.Should().ContainSingle();
    }

    [Fact]
    public async Task It_agrees_with_the_dataset_validator_on_a_broken_dataset()
    {
        var dataset = new SyntheticDatasetGenerator(5, SyntheticDatasetOptions.ForEvents(200)).GenerateDataset();
        var broken = dataset with { Actors = dataset.Actors.RemoveAt(3) };
        using var stream = new MemoryStream();
        await JsonLinesWriter.WriteDatasetAsync(stream, broken);
        stream.Position = 0;
        var streaming = (await JsonLinesValidator.ValidateAsync(stream)).Violations;
        var whole = DatasetValidator.Validate(broken).Violations;
        whole.Should().NotBeEmpty();
        streaming.Select(v => v.Kind).Should().BeEquivalentTo(whole.Select(v => v.Kind));
    }

    [Fact]
    public void Adding_after_completion_is_refused()
    {
        var validator = new JsonLinesValidator();
        validator.Complete();
        validator.Invoking(v => v.Add(JsonLinesRecord.From(Lavrov))).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_callback_gets_each_violation_as_it_is_found_and_only_as_many_as_asked_are_kept()
    {
        var seen = new List<Violation>();
        var validator = new JsonLinesValidator(seen.Add, keep: 1);
        validator.Add(JsonLinesRecord.From(Meeting("e1", new Participant(new ActorId("later"), ParticipantRole.Host))));
        validator.AddBadLine(new JsonLinesViolation(5, new Violation("$", ViolationKind.Format, "Not JSON.")));
        validator.Add(JsonLinesRecord.From(Lavrov with { Evidence = [new Evidence(new DocumentId("d9"), 0, 2, "XY")] }));
        seen.Should().ContainSingle("references wait for the end, a bad line does not").Which.Should().Be(new Violation("$", ViolationKind.Format, "Not JSON.") { LineNumber = 5 });
        validator.ViolationCount.Should().Be(1);

        var report = validator.Complete();

        seen.Select(v => (v.LineNumber ?? 0, v.Kind)).Should().Equal((5L, ViolationKind.Format), (1L, ViolationKind.UnknownReference), (2L, ViolationKind.UnknownReference));
        report.Count.Should().Be(3);
        report.Violations.Should().Equal(seen[0]);
        report.IsValid.Should().BeFalse();
        report.IsTruncated.Should().BeTrue();
        report.ToString().Should().Be("line 5: $: Not JSON.\n… and 2 more");
        FluentActions.Invoking(() => new ValidationReport([seen[0], seen[1]], 1)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("*must not be less than the number of violations kept (2)*");
    }

    [Fact]
    public async Task The_streaming_form_counts_what_it_hands_out_and_keeps_nothing()
    {
        var seen = new List<Violation>();
        var text = ActorLine(Lavrov) + "{oops\n" + "x\n" + ActorLine(Lavrov);

        var report = await JsonLinesValidator.ValidateAsync(new MemoryStream(Utf8(text)), seen.Add);

        seen.Select(v => (v.LineNumber ?? 0, v.Kind)).Should().Equal((2L, ViolationKind.Format), (3L, ViolationKind.Format), (4L, ViolationKind.DuplicateId));
        report.Should().Be(new ValidationReport([], 3));
    }

    [Fact]
    public void A_header_of_another_major_version_is_reported_when_records_are_validated_directly()
    {
        var header = new JsonLinesHeader { Id = new DatasetId("x"), SchemaVersion = "2.0" };

        var v = JsonLinesValidator.Validate([JsonLinesRecord.From(header)]).Violations.Should().ContainSingle().Which;

        (v.LineNumber, v.Path, v.Kind).Should().Be((1L, "$.record.schemaVersion", ViolationKind.UnsupportedSchemaVersion));
        JsonLinesValidator.Validate([JsonLinesRecord.From(header with { SchemaVersion = "1.9" })]).IsValid.Should().BeTrue("a newer minor version was read on purpose");
    }

    [Fact]
    public void A_negative_keep_or_text_budget_is_refused()
    {
        FluentActions.Invoking(() => new JsonLinesValidator(_ => { }, keep: -1)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("*must not be negative*");
        FluentActions.Invoking(() => new JsonLinesValidator(textCacheChars: -1)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("*must not be negative*");
    }

    [Fact]
    public async Task A_claim_before_its_statement_has_its_speaker_checked_at_the_end()
    {
        var statement = new Statement { Id = new StatementId("s1"), Speaker = Haftar.Id, Channel = StatementChannel.ToldReporters, Mode = SpeechMode.ReportedSpeech, Content = "We left." };
        var claim = new Claim { Id = new ClaimId("c1"), Claimant = Lavrov.Id, Proposition = "p", Polarity = ClaimPolarity.Positive, Certainty = ClaimCertainty.Certain, Statement = statement.Id };

        var v = (await Validate(Lavrov, Haftar, claim, statement)).Should().ContainSingle().Which;
        (v.LineNumber, v.Path, v.Kind).Should().Be((3L, "$.record.statement", ViolationKind.StatementNotByClaimant));
        (await Validate(Lavrov, Haftar, claim with { Attribution = [Haftar.Id] }, statement)).Should().BeEmpty();

        // The speaker named before the actor is defined: still compared by name.
        var late = (await Validate(statement, claim, Lavrov, Haftar)).Should().ContainSingle().Which;
        (late.LineNumber, late.Kind).Should().Be((2L, ViolationKind.StatementNotByClaimant));
        late.Message.Should().Contain("made by 'a2'");
        (await Validate(statement, claim with { Attribution = [Haftar.Id] }, Lavrov, Haftar)).Should().BeEmpty();
        (await Validate(statement, claim with { Claimant = Haftar.Id }, Haftar)).Should().BeEmpty();
    }

    [Fact]
    public void Default_ids_are_missing_in_both_sinks_alike()
    {
        var nameless = new Actor { Id = default, Kind = ActorKind.Person, Name = "Nobody" };
        var meeting = Meeting("e1", new Participant(default, ParticipantRole.Victim)) with { Links = [new EventLink(EventLinkType.PartOf, default)] };
        var dataset = new Dataset { Id = new DatasetId("x"), Actors = [nameless], Events = [meeting] };

        var lines = JsonLinesValidator.Validate([JsonLinesRecord.From(nameless), JsonLinesRecord.From(meeting)]).Violations;
        var whole = DatasetValidator.Validate(dataset).Violations;

        lines.Select(v => (v.LineNumber ?? 0, v.Path, v.Kind)).Should().Equal(
            (1L, "$.record.id", ViolationKind.MissingId), (2L, "$.record.participants[0].actor", ViolationKind.MissingId), (2L, "$.record.links[0].target", ViolationKind.MissingId));
        whole.Select(v => v.Path).Should().Equal("$.actors[0].id", "$.events[0].participants[0].actor", "$.events[0].links[0].target");
        lines.Select(v => (v.Kind, v.Message)).Should().Equal(whole.Select(v => (v.Kind, v.Message)));
    }
}
