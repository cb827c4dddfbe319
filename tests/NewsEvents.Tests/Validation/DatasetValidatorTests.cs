using System.Collections.Immutable;
using NewsEvents.Tests.TestSupport;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Validation;

/// <summary>Every rule of <see cref="DatasetValidator"/>, each with a failing example and the exact path reported.</summary>
public class DatasetValidatorTests
{
    /// <summary>Two emoji (four UTF-16 units, two code points) before "Haftar": offsets count code points.</summary>
    private const string Text = "😀😀 Haftar left. 東京";

    private static readonly DocumentId D0 = new("d0");
    private static readonly ActorId A0 = new("a0");
    private static readonly ActorId A1 = new("a1");
    private static readonly ActorId Ghost = new("ghost");
    private static readonly EventId E0 = new("e0");
    private static readonly EventId E1 = new("e1");
    private static readonly StatementId S0 = new("s0");
    private static readonly ClaimId C0 = new("c0");
    private static readonly ClaimId C1 = new("c1");

    private static Evidence Haftar => new(D0, 3, 9, "Haftar");

    /// <summary>A small valid dataset that uses every kind of reference once.</summary>
    public static Dataset Base() => new()
    {
        Id = new DatasetId("base"),
        Documents = [new Document { Id = D0, Text = Text }, new Document { Id = new DocumentId("d1") }],
        Actors =
        [
            new Actor { Id = A0, Kind = ActorKind.Person, Name = "Haftar", Evidence = [Haftar] },
            new Actor { Id = A1, Kind = ActorKind.Person, Name = "Lavrov" },
        ],
        Events =
        [
            new Event
            {
                Id = E0, Type = EventType.Meeting, Status = EventStatus.Occurred,
                Participants = [new Participant(A0, ParticipantRole.Attendee), new Participant(A1, ParticipantRole.Host)],
                Links = [new EventLink(EventLinkType.PartOf, E1)],
                Evidence = [Haftar],
            },
            new Event { Id = E1, Type = EventType.Negotiation, Status = EventStatus.Failed },
        ],
        Statements =
        [
            new Statement
            {
                Id = S0, Speaker = A1, Channel = StatementChannel.ToldReporters, Mode = SpeechMode.ReportedSpeech, Content = "Haftar left.",
                Audience = [A0], About = [A0], Evidence = [Haftar],
            },
        ],
        Claims =
        [
            new Claim
            {
                Id = C0, Claimant = A1, Proposition = "Haftar left", Polarity = ClaimPolarity.Positive, Certainty = ClaimCertainty.Certain,
                Statement = S0, About = new ClaimSubjects { Events = [E0], Actors = [A0] }, Attribution = [A0],
                Links = [new ClaimLink(ClaimLinkType.Supports, C1)], Evidence = [Haftar],
            },
            new Claim { Id = C1, Claimant = A0, Proposition = "Haftar left", Polarity = ClaimPolarity.Positive, Certainty = ClaimCertainty.Probable },
        ],
        Relations = [new Relation { Id = new RelationId("r0"), Type = RelationType.Opposes, Source = A0, Target = A1, Evidence = [Haftar] }],
    };

    private static Dataset WithActor(Dataset d, int i, Func<Actor, Actor> f) => d with { Actors = d.Actors.SetItem(i, f(d.Actors[i])) };

    private static Dataset WithEvent(Dataset d, int i, Func<Event, Event> f) => d with { Events = d.Events.SetItem(i, f(d.Events[i])) };

    private static Dataset WithStatement(Dataset d, Func<Statement, Statement> f) => d with { Statements = d.Statements.SetItem(0, f(d.Statements[0])) };

    private static Dataset WithClaim(Dataset d, int i, Func<Claim, Claim> f) => d with { Claims = d.Claims.SetItem(i, f(d.Claims[i])) };

    private static Dataset WithRelation(Dataset d, Func<Relation, Relation> f) => d with { Relations = d.Relations.SetItem(0, f(d.Relations[0])) };

    private static readonly Dictionary<string, (Func<Dataset, Dataset> Break, string Path, ViolationKind Kind)> Rules = new()
    {
        ["duplicate document id"] = (d => d with { Documents = d.Documents.Add(new Document { Id = D0 }) }, "$.documents[2].id", ViolationKind.DuplicateId),
        ["duplicate actor id"] = (d => d with { Actors = d.Actors.Add(new Actor { Id = A0, Kind = ActorKind.State, Name = "Other" }) }, "$.actors[2].id", ViolationKind.DuplicateId),
        ["duplicate event id"] = (d => d with { Events = d.Events.Add(new Event { Id = E1, Type = EventType.Other, Status = EventStatus.Planned }) }, "$.events[2].id", ViolationKind.DuplicateId),
        ["duplicate statement id"] = (d => d with { Statements = d.Statements.Add(d.Statements[0] with { Content = "Other" }) }, "$.statements[1].id", ViolationKind.DuplicateId),
        ["duplicate claim id"] = (d => d with { Claims = d.Claims.Add(d.Claims[1] with { Proposition = "Other" }) }, "$.claims[2].id", ViolationKind.DuplicateId),
        ["duplicate relation id"] = (d => d with { Relations = d.Relations.Add(d.Relations[0] with { Type = RelationType.Backs }) }, "$.relations[1].id", ViolationKind.DuplicateId),
        ["participant actor"] = (d => WithEvent(d, 0, e => e with { Participants = e.Participants.SetItem(1, new Participant(Ghost, ParticipantRole.Host)) }), "$.events[0].participants[1].actor", ViolationKind.UnknownReference),
        ["event link target"] = (d => WithEvent(d, 0, e => e with { Links = [new EventLink(EventLinkType.Causes, new EventId("e9"))] }), "$.events[0].links[0].target", ViolationKind.UnknownReference),
        ["statement speaker"] = (d => WithClaim(WithStatement(d, s => s with { Speaker = Ghost }), 0, c => c with { Statement = null }), "$.statements[0].speaker", ViolationKind.UnknownReference),
        ["statement audience"] = (d => WithStatement(d, s => s with { Audience = [A1, Ghost] }), "$.statements[0].audience[1]", ViolationKind.UnknownReference),
        ["statement about"] = (d => WithStatement(d, s => s with { About = [Ghost] }), "$.statements[0].about[0]", ViolationKind.UnknownReference),
        ["claim claimant"] = (d => WithClaim(d, 1, c => c with { Claimant = Ghost }), "$.claims[1].claimant", ViolationKind.UnknownReference),
        ["claim statement"] = (d => WithClaim(d, 0, c => c with { Statement = new StatementId("s9") }), "$.claims[0].statement", ViolationKind.UnknownReference),
        ["claim about.events"] = (d => WithClaim(d, 0, c => c with { About = c.About with { Events = [E0, new EventId("e9")] } }), "$.claims[0].about.events[1]", ViolationKind.UnknownReference),
        ["claim about.actors"] = (d => WithClaim(d, 0, c => c with { About = c.About with { Actors = [Ghost] } }), "$.claims[0].about.actors[0]", ViolationKind.UnknownReference),
        ["claim attribution"] = (d => WithClaim(d, 0, c => c with { Attribution = [A0, A1, Ghost] }), "$.claims[0].attribution[2]", ViolationKind.UnknownReference),
        ["claim link target"] = (d => WithClaim(d, 0, c => c with { Links = [new ClaimLink(ClaimLinkType.Contradicts, new ClaimId("c9"))] }), "$.claims[0].links[0].target", ViolationKind.UnknownReference),
        ["relation source"] = (d => WithRelation(d, r => r with { Source = Ghost }), "$.relations[0].source", ViolationKind.UnknownReference),
        ["relation target"] = (d => WithRelation(d, r => r with { Target = Ghost }), "$.relations[0].target", ViolationKind.UnknownReference),
        ["actor evidence document"] = (d => WithActor(d, 0, a => a with { Evidence = [a.Evidence[0], new Evidence(new DocumentId("d9"), 0, 1)] }), "$.actors[0].evidence[1].document", ViolationKind.UnknownReference),
        ["event evidence document"] = (d => WithEvent(d, 0, e => e with { Evidence = [new Evidence(new DocumentId("d9"), 0, 1)] }), "$.events[0].evidence[0].document", ViolationKind.UnknownReference),
        ["statement evidence document"] = (d => WithStatement(d, s => s with { Evidence = [new Evidence(new DocumentId("d9"), 0, 1)] }), "$.statements[0].evidence[0].document", ViolationKind.UnknownReference),
        ["claim evidence document"] = (d => WithClaim(d, 0, c => c with { Evidence = [new Evidence(new DocumentId("d9"), 0, 1)] }), "$.claims[0].evidence[0].document", ViolationKind.UnknownReference),
        ["relation evidence document"] = (d => WithRelation(d, r => r with { Evidence = [new Evidence(new DocumentId("d9"), 0, 1)] }), "$.relations[0].evidence[0].document", ViolationKind.UnknownReference),
        ["evidence end beyond the text (code points)"] = (d => WithActor(d, 1, a => a with { Evidence = [new Evidence(D0, 16, 19)] }), "$.actors[1].evidence[0].end", ViolationKind.EvidenceOutOfRange),
        ["evidence end at the UTF-16 length"] = (d => WithEvent(d, 1, e => e with { Evidence = [new Evidence(D0, 16, 20, "left")] }), "$.events[1].evidence[0].end", ViolationKind.EvidenceOutOfRange),
        ["quote mismatch"] = (d => WithActor(d, 0, a => a with { Evidence = [new Evidence(D0, 3, 9, "Hafter")] }), "$.actors[0].evidence[0].quote", ViolationKind.QuoteMismatch),
        ["quote at UTF-16 offsets"] = (d => WithClaim(d, 1, c => c with { Evidence = [new Evidence(D0, 5, 11, "Haftar")] }), "$.claims[1].evidence[0].quote", ViolationKind.QuoteMismatch),
        ["quote shorter than its span"] = (d => WithActor(d, 0, a => a with { Evidence = [new Evidence(D0, 3, 9, "Hafta")] }), "$.actors[0].evidence[0].quote", ViolationKind.QuoteMismatch),
        ["quote with astral characters longer than its span"] = (d => WithClaim(d, 0, c => c with { Evidence = [new Evidence(D0, 3, 9, "Hafta😀😀")] }), "$.claims[0].evidence[0].quote", ViolationKind.QuoteMismatch),
        ["quote longer than its span in a document without text"] = (d => WithEvent(d, 1, e => e with { Evidence = [new Evidence(new DocumentId("d1"), 0, 3, "Anka")] }), "$.events[1].evidence[0].quote", ViolationKind.QuoteMismatch),
        ["event linked to itself"] = (d => WithEvent(d, 1, e => e with { Links = [new EventLink(EventLinkType.Precedes, E1)] }), "$.events[1].links[0].target", ViolationKind.SelfReference),
        ["claim linked to itself"] = (d => WithClaim(d, 1, c => c with { Links = [new ClaimLink(ClaimLinkType.Supports, C1)] }), "$.claims[1].links[0].target", ViolationKind.SelfReference),
        ["relation of an actor to itself"] = (d => WithRelation(d, r => r with { Target = A0 }), "$.relations[0].target", ViolationKind.SelfReference),
        ["claims repeating each other"] = (d => WithClaim(WithClaim(d, 0, c => c with { Links = [new ClaimLink(ClaimLinkType.Repeats, C1)] }), 1, c => c with { Links = [new ClaimLink(ClaimLinkType.Repeats, C0)] }), "$.claims[1].links[0].target", ViolationKind.RepeatCycle),
        ["negative count of people"] = (d => WithEvent(d, 1, e => e with { Quantities = [new Quantity(QuantityKind.Killed, value: -3)] }), "$.events[1].quantities[0].value", ViolationKind.NegativeCount),
        ["negative bound of a count of people"] = (d => WithClaim(d, 1, c => c with { Quantities = [new Quantity(QuantityKind.Injured, min: -1, max: 4)] }), "$.claims[1].quantities[0].min", ViolationKind.NegativeCount),
        ["lower bound qualified at most"] = (d => WithEvent(d, 0, e => e with { Quantities = [new Quantity(QuantityKind.Displaced, min: 10, qualifier: QuantityQualifier.AtMost)] }), "$.events[0].quantities[0].qualifier", ViolationKind.QualifierMismatch),
        ["upper bound qualified exact"] = (d => WithClaim(d, 0, c => c with { Quantities = [new Quantity(QuantityKind.Money, max: 30, unit: "USD")] }), "$.claims[0].quantities[0].qualifier", ViolationKind.QualifierMismatch),
        ["both bounds qualified more than"] = (d => WithEvent(d, 1, e => e with { Quantities = [new Quantity(QuantityKind.Count, min: 1, max: 2, qualifier: QuantityQualifier.MoreThan)] }), "$.events[1].quantities[0].qualifier", ViolationKind.QualifierMismatch),
        ["statement made by neither the claimant nor the attribution"] = (d => WithClaim(WithStatement(d, s => s with { Speaker = A0 }), 0, c => c with { Attribution = [] }), "$.claims[0].statement", ViolationKind.StatementNotByClaimant),
        ["unsupported schema version"] = (d => d with { SchemaVersion = "2.0" }, "$.schemaVersion", ViolationKind.UnsupportedSchemaVersion),
    };

    public static TheoryData<string> RuleNames => [.. Rules.Keys];

    [Fact]
    public void The_base_dataset_is_valid_and_counts_code_points()
    {
        var report = DatasetValidator.Validate(Base());

        report.IsValid.Should().BeTrue(report.ToString());
        report.Violations.Should().BeEmpty();
        report.ToString().Should().Be("valid");
        "😀😀 Haftar"[5..].Should().Be("Haftar", "the span 3..9 starts at UTF-16 index 5");
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Each_rule_reports_one_violation_at_its_exact_path(string rule)
    {
        var (breakIt, path, kind) = Rules[rule];

        var report = DatasetValidator.Validate(breakIt(Base()));

        report.IsValid.Should().BeFalse();
        report.Violations.Should().ContainSingle().Which.Should().Match<Violation>(v => v.Path == path && v.Kind == kind);
        report.Violations[0].Message.Should().NotBeNullOrWhiteSpace();
        report.ToString().Should().StartWith(path + ": ");
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Deserialize_throws_the_same_violations(string rule)
    {
        var (breakIt, path, kind) = Rules[rule];
        var broken = breakIt(Base());
        var json = NewsEventsJson.Serialize(broken);

        var thrown = FluentActions.Invoking(() => NewsEventsJson.Deserialize(json)).Should().ThrowExactly<NewsEventsFormatException>().Which;

        thrown.Path.Should().Be(path);
        thrown.Violations.Should().ContainSingle().Which.Kind.Should().Be(kind);
        thrown.Violations[0].Path.Should().Be(path);
        if (kind != ViolationKind.UnsupportedSchemaVersion)
        {
            thrown.Violations.Select(v => v with { LineNumber = null }).Should().Equal(DatasetValidator.Validate(broken).Violations);
            thrown.Violations.Should().OnlyContain(v => v.LineNumber >= 1, "a violation found in a document carries its line");
        }

        thrown.Message.Should().Contain(path);
    }

    [Fact]
    public void Deserialize_without_validation_returns_the_broken_dataset()
    {
        var broken = Rules["participant actor"].Break(Base());

        var read = NewsEventsJson.Deserialize(NewsEventsJson.Serialize(broken), new NewsEventsReaderOptions { Validate = false });

        read.Should().Be(broken);
    }

    [Fact]
    public void Every_violation_is_reported_at_once()
    {
        var broken = Base();
        foreach (var rule in new[] { "duplicate actor id", "statement speaker", "quote mismatch", "claims repeating each other", "evidence end beyond the text (code points)" })
        {
            broken = Rules[rule].Break(broken);
        }

        var report = DatasetValidator.Validate(broken);

        report.Violations.Select(v => v.Path).Should().BeEquivalentTo(
        [
            "$.actors[2].id", "$.statements[0].speaker", "$.actors[0].evidence[0].quote", "$.claims[1].links[0].target", "$.actors[1].evidence[0].end",
        ]);
        report.Violations.Select(v => v.Kind).Should().OnlyHaveUniqueItems().And.HaveCount(5);
        var thrown = FluentActions.Invoking(() => NewsEventsJson.Deserialize(NewsEventsJson.Serialize(broken))).Should().ThrowExactly<NewsEventsFormatException>().Which;
        thrown.Violations.Select(v => v with { LineNumber = null }).Should().Equal(report.Violations);
        thrown.Message.Should().Contain("5 rule(s)");
    }

    [Fact]
    public void Evidence_up_to_the_last_code_point_is_inside_the_text()
    {
        var length = CodePoints.Count(Text);
        length.Should().Be(Text.Length - 2);
        var lastWord = new Evidence(D0, length - 2, length, "東京");

        DatasetValidator.Validate(WithActor(Base(), 1, a => a with { Evidence = [lastWord, new Evidence(D0, length, length, "")] })).IsValid.Should().BeTrue();
        DatasetValidator.Validate(WithActor(Base(), 1, a => a with { Evidence = [new Evidence(D0, length - 1, length + 1)] })).Violations.Should().ContainSingle()
            .Which.Message.Should().Contain($"{length} code points");
    }

    [Fact]
    public void Quantities_and_speakers_within_the_rules_are_valid()
    {
        var quantities = ImmutableArray.Create(
            new Quantity(QuantityKind.Killed, value: 12, qualifier: QuantityQualifier.AtLeast),
            new Quantity(QuantityKind.Killed, min: 12, qualifier: QuantityQualifier.MoreThan),
            new Quantity(QuantityKind.Injured, max: 30, qualifier: QuantityQualifier.LessThan),
            new Quantity(QuantityKind.Arrested, min: 10, max: 12, qualifier: QuantityQualifier.About),
            new Quantity(QuantityKind.Participants, value: 0),
            new Quantity(QuantityKind.Money, value: -5, unit: "USD"));
        var spokenThroughTheAttribution = WithStatement(Base(), s => s with { Speaker = A0 });

        DatasetValidator.Validate(WithEvent(spokenThroughTheAttribution, 0, e => e with { Quantities = quantities })).IsValid.Should().BeTrue("money may be negative, and A0 is in c0's attribution chain");
    }

    [Fact]
    public void Messages_of_the_analysts_rules_state_the_rule()
    {
        string MessageOf(string rule) => DatasetValidator.Validate(Rules[rule].Break(Base())).Violations.Single().Message;

        MessageOf("negative count of people").Should().Be("A count of people (killed) is never negative, not -3.");
        MessageOf("lower bound qualified at most").Should().Be("A range with only a lower bound (min 10) is qualified atLeast or moreThan, not atMost.");
        MessageOf("upper bound qualified exact").Should().Be("A range with only an upper bound (max 30) is qualified atMost or lessThan, not exact.");
        MessageOf("both bounds qualified more than").Should().Be("A range with both bounds (1..2) is qualified exact or about, not moreThan.");
        MessageOf("statement made by neither the claimant nor the attribution").Should()
            .Be("Claim 'c0' comes through statement 's0', made by 'a0', who is neither its claimant 'a1' nor in its attribution chain.");
    }

    [Fact]
    public void A_quote_mismatch_says_where_the_quoted_words_occur()
    {
        string MessageOf(Evidence evidence) => DatasetValidator.Validate(WithActor(Base(), 1, a => a with { Evidence = [evidence] })).Violations.Single().Message;

        MessageOf(new Evidence(D0, 5, 11, "Haftar")).Should().Be(
            "The quote \"Haftar\" differs from the text at 5..11 of document 'd0': \"ftar l\". The quoted words occur at 3..9.");
        MessageOf(new Evidence(D0, 3, 9, "Hafter")).Should().EndWith(": \"Haftar\". The quoted words do not occur in the text.");
        MessageOf(new Evidence(D0, 3, 9, "left.")).Should().Be(
            "The quote \"left.\" has 5 code points but the span 3..9 has 6. The quoted words occur at 10..15.");
        MessageOf(new Evidence(D0, 3, 9, "Hafta😀😀")).Should().StartWith("The quote \"Hafta😀😀\" has 7 code points but the span 3..9 has 6.", "code points are counted, not UTF-16 units");
        MessageOf(new Evidence(new DocumentId("d1"), 0, 3, "Anka")).Should().Be("The quote \"Anka\" has 4 code points but the span 0..3 has 3.", "without the text, where the words are is not known");
    }

    [Fact]
    public void A_quote_of_the_wrong_length_is_read_and_reported_with_the_other_violations()
    {
        var broken = Rules["participant actor"].Break(Rules["quote shorter than its span"].Break(Base()));

        var thrown = FluentActions.Invoking(() => NewsEventsJson.Deserialize(NewsEventsJson.Serialize(broken))).Should().ThrowExactly<NewsEventsFormatException>().Which;

        thrown.Violations.Select(v => (v.Path, v.Kind)).Should().Equal(
            ("$.actors[0].evidence[0].quote", ViolationKind.QuoteMismatch), ("$.events[0].participants[1].actor", ViolationKind.UnknownReference));
    }

    [Fact]
    public void Evidence_into_a_document_without_text_keeps_what_is_known()
    {
        var noText = new DocumentId("d1");

        DatasetValidator.Validate(WithActor(Base(), 1, a => a with { Evidence = [new Evidence(noText, 1000, 1004, "Anka"), new Evidence(noText, 5, 9)] }))
            .IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_longer_repeat_cycle_is_found_once_and_a_chain_is_fine()
    {
        var chain = Base() with
        {
            Claims =
            [
                .. Base().Claims.Select(c => c with { Links = [] }),
                new Claim { Id = new ClaimId("c2"), Claimant = A0, Proposition = "p", Polarity = ClaimPolarity.Negative, Certainty = ClaimCertainty.Possible, Links = [new ClaimLink(ClaimLinkType.Repeats, C1)] },
            ],
        };
        chain = WithClaim(chain, 1, c => c with { Links = [new ClaimLink(ClaimLinkType.Repeats, C0)] });
        DatasetValidator.Validate(chain).IsValid.Should().BeTrue("c2 repeats c1 repeats c0: a chain with an origin");

        var cycle = WithClaim(chain, 0, c => c with { Links = [new ClaimLink(ClaimLinkType.Supports, C1), new ClaimLink(ClaimLinkType.Repeats, new ClaimId("c2"))] });
        var violations = DatasetValidator.Validate(cycle).Violations;
        violations.Should().ContainSingle().Which.Kind.Should().Be(ViolationKind.RepeatCycle);
        violations[0].Path.Should().MatchRegex(@"^\$\.claims\[[0-2]\]\.links\[[01]\]\.target$");
    }

    [Fact]
    public void Claims_that_support_each_other_in_a_circle_are_fine()
    {
        var mutual = WithClaim(Base(), 1, c => c with { Links = [new ClaimLink(ClaimLinkType.Supports, C0)] });

        DatasetValidator.Validate(mutual).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Default_ids_are_reported_as_missing_not_thrown()
    {
        var broken = Base() with
        {
            Actors = Base().Actors.Add(new Actor { Id = default, Kind = ActorKind.Person, Name = "Nobody" }),
            Events = Base().Events.SetItem(1, Base().Events[1] with { Participants = [new Participant(default, ParticipantRole.Victim)] }),
        };

        var report = DatasetValidator.Validate(broken);

        report.Violations.Should().HaveCount(2);
        report.Violations.Should().OnlyContain(v => v.Kind == ViolationKind.MissingId);
        report.Violations.Select(v => v.Path).Should().Equal("$.actors[2].id", "$.events[1].participants[0].actor");
    }

    [Fact]
    public void Null_dataset_is_an_argument_error() =>
        FluentActions.Invoking(() => DatasetValidator.Validate(null!)).Should().ThrowExactly<ArgumentNullException>();

    [Fact]
    public void ThrowIfInvalid_passes_a_valid_report_and_throws_for_an_invalid_one()
    {
        FluentActions.Invoking(() => NewsEventsJson.ThrowIfInvalid(new ValidationReport([]))).Should().NotThrow();
        var violation = new Violation("$.actors[0].id", ViolationKind.DuplicateId, "Duplicate.");
        FluentActions.Invoking(() => NewsEventsJson.ThrowIfInvalid(new ValidationReport([violation])))
            .Should().ThrowExactly<NewsEventsFormatException>().Which.Violations.Should().Equal(violation);
    }

    [Fact]
    public void The_generated_rich_dataset_stays_valid_after_a_round_trip() =>
        DatasetValidator.Validate(NewsEventsJson.Deserialize(NewsEventsJson.Serialize(TestDatasets.Rich()))).IsValid.Should().BeTrue();

    [Fact]
    public void Empty_dataset_is_valid() =>
        DatasetValidator.Validate(new Dataset { Id = new DatasetId("empty"), Documents = ImmutableArray<Document>.Empty }).IsValid.Should().BeTrue();
}
