using NewsEvents.Analysis;
using NewsEvents.Samples;
using NodaTime;

namespace NewsEvents.Tests.Samples;

/// <summary>
/// Pins what the fictional Dranmir story reports, and shows on it each difficulty it was written for:
/// rival tolls, a disputed first shot with its accused, two broadcasters relaying one agency, a
/// spokesman, planned talks, an ongoing conflict and plain "X said".
/// </summary>
public class DranmirClashesFactsTests
{
    private const string Killed = "People were killed in the clashes in Dranmir";
    private const string FiredFirst = "NLF fighters fired first in Dranmir";
    private const string BridgeRetaken = "Government troops retook the Dranmir bridge";

    private static Dataset Dataset => SampleDatasets.DranmirClashes;

    private static readonly DatasetIndex Index = DatasetIndex.Build(SampleDatasets.DranmirClashes);

    private static Event Event(string id) => Dataset.Events.Should().ContainSingle(e => e.Id.Value == id).Subject;

    private static Statement Statement(string id) => Dataset.Statements.Should().ContainSingle(s => s.Id.Value == id).Subject;

    private static Claim Claim(string id) => Dataset.Claims.Should().ContainSingle(c => c.Id.Value == id).Subject;

    private static ActorId A(string id) => new(id);

    [Fact]
    public void Document_is_the_fictional_Meridian_Wire_story()
    {
        var document = Dataset.Documents.Single();

        document.Title.Should().Be("Rival Tolls and Blame After Clashes in Morvania's North");
        document.Publisher.Should().Be("Meridian Wire");
        document.Agency.Should().BeNull("the wire publishes its own story");
        document.Byline.Should().Be("By Meridian Wire");
        document.Credits.Should().Equal("Reporting by Petra Lund in Castrel", "Editing by Marco Velt");
        document.Published.Should().Be(TimeValue.Day(2025, 3, 14) with { Zone = DateTimeZoneProviders.Tzdb["Etc/UTC"] });
        document.Text.Should().Contain("This story is fictional");
        Dataset.Metadata!.Description.Should().Contain("fictional");
    }

    [Fact]
    public void Government_and_rebels_claim_rival_death_tolls_that_contradict_each_other()
    {
        var government = Claim("government-toll");
        var rebels = Claim("nlf-toll");

        government.Claimant.Should().Be(A("brannick"));
        government.Proposition.Should().Be(Killed);
        government.Quantities.Should().Equal(new Quantity(QuantityKind.Killed, 12, text: "12 people"));
        rebels.Claimant.Should().Be(A("nlf"));
        rebels.Proposition.Should().Be(Killed);
        rebels.Quantities.Should().Equal(new Quantity(QuantityKind.Killed, 31, text: "31"));
        government.Links.Should().Equal(new ClaimLink(ClaimLinkType.Contradicts, rebels.Id));
        rebels.Links.Should().Equal(new ClaimLink(ClaimLinkType.Contradicts, government.Id));
        Event("dranmir-clashes").Quantities.Should().BeEmpty("the tolls are claims, not facts of the event");
    }

    [Fact]
    public void The_rival_tolls_stand_side_by_side_in_their_proposition_group()
    {
        var analysis = ClaimsAnalysis.Build(Index);

        var group = analysis.Proposition(Killed)!;
        group.AssertedBy.Should().BeEquivalentTo([A("brannick"), A("nlf")]);
        group.Claims.Select(c => (c.Claimant.Value, c.Quantities.Single(q => q.Kind == QuantityKind.Killed).Value))
            .Should().BeEquivalentTo([("brannick", (decimal?)12m), ("nlf", (decimal?)31m)]);
        analysis.Assess(new ClaimId("government-toll"))!.Status.Should().Be(ClaimStatus.Contested);
        analysis.Assess(new ClaimId("government-toll"))!.IsCorroborated.Should().BeFalse("the rebels' toll is a rival figure, not a second source for the government's");
        analysis.Contradictions.Should().Contain(c => c.Kind == ContradictionKind.ExplicitLink
            && c.First.Concat(c.Second).Select(claim => claim.Id).OrderBy(id => id.Value).SequenceEqual(new[] { new ClaimId("government-toll"), new ClaimId("nlf-toll") }));
    }

    [Fact]
    public void The_hospital_gives_the_wounded_as_more_than_40()
    {
        var wounded = Claim("hospital-wounded");

        wounded.Claimant.Should().Be(A("solt"));
        wounded.Quantities.Should().Equal(new Quantity(QuantityKind.Injured, min: 40, qualifier: QuantityQualifier.MoreThan, text: "more than 40 wounded people"));
        Statement("solt-wounded").Channel.Should().Be(StatementChannel.Unspecified);
    }

    [Fact]
    public void Who_fired_first_is_one_disputed_event_whose_claims_carry_each_side()
    {
        var firstShots = Event("first-shots");

        firstShots.Status.Should().Be(EventStatus.Disputed);
        firstShots.Participants.Should().BeEquivalentTo([new Participant(A("nlf"), ParticipantRole.Accused), new Participant(A("morvanian-army"), ParticipantRole.Accused)]);
        firstShots.Participants.Should().NotContain(p => p.Role == ParticipantRole.Initiator, "neither side is said to have fired first");
        Index.ClaimsAbout(firstShots.Id).Select(c => (c.Id.Value, c.Claimant.Value, c.Polarity)).Should().BeEquivalentTo(
        [
            ("army-says-nlf-fired-first", "brannick", ClaimPolarity.Positive),
            ("nlf-denies-firing-first", "varsh", ClaimPolarity.Negative),
            ("nlf-says-army-fired-first", "varsh", ClaimPolarity.Positive),
        ]);
        ClaimsAnalysis.Build(Index).Proposition(FiredFirst)!.IsContested.Should().BeTrue();
        Dataset.Events.Where(e => e.Status == EventStatus.Disputed).Should().ContainSingle();
    }

    [Fact]
    public void A_disputed_election_is_an_election_that_happened_not_a_disputed_event()
    {
        Event("disputed-election").Status.Should().Be(EventStatus.Occurred);
        Event("nlf-uprising").Links.Should().Contain(new EventLink(EventLinkType.FollowsFrom, new EventId("disputed-election")));
    }

    [Fact]
    public void The_timeline_keeps_the_disputed_event_apart_from_what_happened()
    {
        var timeline = Timeline.Build(Index);

        timeline.Disputed.Select(e => e.Id).Should().Equal("first-shots");
        timeline.Realized.Select(e => e.Id).Should().Contain("dranmir-clashes").And.NotContain("first-shots");
        timeline.Unrealized.Select(e => e.Id).Should().BeEquivalentTo(["velmaris-talks", "nlf-decision", "dranmir-food-runs-out"]);
    }

    [Fact]
    public void Two_broadcasters_relay_one_agency_report_which_stays_one_source()
    {
        var viaTelevision = Claim("bridge-via-mrt");
        var viaRadio = Claim("bridge-via-radio-castrel");

        viaTelevision.Claimant.Should().Be(A("mpa"));
        viaRadio.Claimant.Should().Be(A("mpa"));
        viaTelevision.Attribution.Should().Equal(A("meridian-wire"), A("mrt"));
        viaRadio.Attribution.Should().Equal(A("meridian-wire"), A("radio-castrel"));
        Statement("mrt-bridge").Speaker.Should().Be(A("mrt"));
        Statement("radio-castrel-bridge").Speaker.Should().Be(A("radio-castrel"));
        Dataset.Statements.Where(s => s.Channel == StatementChannel.Broadcast).Select(s => s.Id.Value)
            .Should().BeEquivalentTo(["mrt-bridge", "radio-castrel-bridge"]);

        var assessment = ClaimsAnalysis.Build(Index).Assess(viaTelevision.Id)!;
        assessment.Sources.Should().Equal(A("mpa"));
        assessment.Status.Should().Be(ClaimStatus.SingleSource);
        Index.ClaimsRelayedBy(A("mrt")).Concat(Index.ClaimsRelayedBy(A("radio-castrel"))).Select(c => c.Proposition).Distinct().Should().Equal(BridgeRetaken);
    }

    [Fact]
    public void The_broadcasters_profile_as_relays_speaking_on_air()
    {
        var sources = ClaimsAnalysis.Build(Index).Sources;

        foreach (var broadcaster in new[] { "mrt", "radio-castrel" })
        {
            var profile = sources.Should().ContainSingle(p => p.Source == A(broadcaster)).Subject;
            profile.AsRelay.Claims.Should().Be(1);
            profile.Channels.Should().Contain(StatementChannel.Broadcast);
        }
    }

    [Fact]
    public void The_spokesman_holds_office_in_the_government_whose_toll_he_gives()
    {
        var spokesman = Dataset.Relations.Should().ContainSingle(r => r.Source == A("brannick")).Subject;

        spokesman.Type.Should().Be(RelationType.HoldsOffice);
        spokesman.Target.Should().Be(A("morvania-government"));
        spokesman.Role.Should().Be("spokesman");
        Claim("government-toll").About.Actors.Should().Contain(A("morvania-government"));
        ActorSides.Build(Index, new SideOptions { SameSide = [.. new SideOptions().SameSide, RelationType.HoldsOffice] })
            .AreOnSameSide(A("brannick"), A("morvanian-army")).Should().BeTrue("the government leads the army and Brannick speaks for it");
    }

    [Fact]
    public void The_talks_are_planned_for_next_month_resolved_to_April()
    {
        var talks = Event("velmaris-talks");

        talks.Status.Should().Be(EventStatus.Planned);
        talks.Time.Should().Be(TimeValue.Month(2025, 4) with
        {
            Zone = DateTimeZoneProviders.Tzdb["Etc/UTC"],
            Expression = "next month",
            Anchor = TimeValue.Day(2025, 3, 14),
        });
        talks.Participants.Should().Contain(new Participant(A("kestland"), ParticipantRole.Host));
        Event("nlf-decision").Time!.FirstDate.Should().Be(new LocalDate(2025, 3, 17), "'on Monday' after a Friday, in the future tense");
    }

    [Fact]
    public void The_conflict_is_ongoing_in_its_third_year()
    {
        var conflict = Event("morvania-conflict");

        conflict.Status.Should().Be(EventStatus.Ongoing);
        conflict.Time!.Expression.Should().Be("now in its third year");
        conflict.Time.IsApproximate.Should().BeTrue();
        conflict.Time.End.Should().BeNull("it goes on: its end is open");
        conflict.Time.Start.Should().Be(TimeValue.Day(2022, 3, 15), "its third year began at most three years before");
        Event("dranmir-clashes").Links.Should().Contain(new EventLink(EventLinkType.PartOf, conflict.Id));
        Claim("conflict-displaced").Quantities.Should().Equal(new Quantity(QuantityKind.Displaced, 200000, qualifier: QuantityQualifier.About, text: "about 200,000 people"));
        Claim("conflict-displaced").Statement.Should().BeNull("\"according to aid agencies\" names no statement");
    }

    [Theory]
    [InlineData("solt-wounded")]
    [InlineData("brannick-fired-first")]
    [InlineData("brannick-in-proportion")]
    [InlineData("brannick-without-preconditions")]
    [InlineData("varsh-denial")]
    [InlineData("nlf-will-decide")]
    [InlineData("radio-castrel-turned-back")]
    [InlineData("lantern-food")]
    public void A_plain_said_has_no_channel(string id) => Statement(id).Channel.Should().Be(StatementChannel.Unspecified);

    [Theory]
    [InlineData("brannick-toll", StatementChannel.ToldReporters)]
    [InlineData("nlf-toll", StatementChannel.OfficialWebsite)]
    [InlineData("varsh-shelled-first", StatementChannel.SocialMedia)]
    [InlineData("kestland-talks", StatementChannel.PressRelease)]
    [InlineData("orsk-last-chance", StatementChannel.ToldReporters)]
    public void A_channel_is_coded_only_where_the_text_names_it(string id, StatementChannel channel) =>
        Statement(id).Channel.Should().Be(channel);

    [Theory]
    [InlineData("brannick", RelationType.HoldsOffice, "morvania-government", "spokesman")]
    [InlineData("varsh", RelationType.Leads, "nlf", "commander")]
    [InlineData("orsk", RelationType.HoldsOffice, "kestland", "Foreign Minister")]
    [InlineData("solt", RelationType.MemberOf, "dranmir-hospital", "doctor")]
    [InlineData("morvania-government", RelationType.Leads, "morvanian-army", null)]
    [InlineData("mpa", RelationType.MemberOf, "morvania-government", null)]
    [InlineData("nlf", RelationType.Opposes, "morvania-government", null)]
    [InlineData("kestland", RelationType.MediatesBetween, "nlf", null)]
    public void Relations_are_coded(string source, RelationType type, string target, string? role) =>
        Dataset.Relations.Should().ContainSingle(r => r.Source.Value == source && r.Type == type && r.Target.Value == target)
            .Which.Role.Should().Be(role);

    [Fact]
    public void Kestland_mediates_between_the_two_sides()
    {
        var sides = ActorSides.Build(Index);

        sides.AreOpposed(A("nlf"), A("morvania-government")).Should().BeTrue();
        sides.AreOnSameSide(A("morvania-government"), A("morvanian-army")).Should().BeTrue();
        var kestland = sides.MediatorOf(A("kestland"))!;
        kestland.Between.Should().BeEquivalentTo([A("morvania-government"), A("nlf")]);
        kestland.Side.Should().BeNull();
    }

    [Fact]
    public void Every_claim_reaches_the_reader_through_the_wire_and_a_statement_by_its_claimant_or_a_relay()
    {
        Dataset.Claims.Should().OnlyContain(c => c.Attribution.Length > 0 && c.Attribution[0] == A("meridian-wire"));
        foreach (var claim in Dataset.Claims.Where(c => c.Statement is not null))
        {
            var speaker = Index.FindStatement(claim.Statement!.Value)!.Speaker;
            (speaker == claim.Claimant || claim.Attribution.Contains(speaker)).Should().BeTrue($"{claim.Id} comes through a statement of its claimant or a relay");
        }
    }

    [Fact]
    public void Reported_numbers_are_not_negative_and_their_ranges_agree_with_their_qualifiers()
    {
        var quantities = Dataset.Claims.SelectMany(c => c.Quantities).Concat(Dataset.Events.SelectMany(e => e.Quantities)).ToList();

        quantities.Should().HaveCountGreaterThanOrEqualTo(5);
        quantities.Should().OnlyContain(q => (q.Value ?? q.Min ?? q.Max) >= 0);
        quantities.Should().Contain(q => q.Qualifier == QuantityQualifier.MoreThan);
        quantities.Where(IsLowerBound).Should().OnlyContain(q => q.Min != null && q.Max == null);
        quantities.Where(IsUpperBound).Should().NotContain(q => q.Max == null || q.Min != null);
    }

    private static bool IsLowerBound(Quantity quantity) => quantity.Qualifier is QuantityQualifier.AtLeast or QuantityQualifier.MoreThan;

    private static bool IsUpperBound(Quantity quantity) => quantity.Qualifier is QuantityQualifier.AtMost or QuantityQualifier.LessThan;

    [Fact]
    public void Invented_places_and_actors_carry_no_country_code()
    {
        Dataset.Actors.Should().OnlyContain(a => a.Country == null);
        Dataset.Events.Where(e => e.Place is not null).Should().OnlyContain(e => e.Place!.Country == null);
    }

    [Fact]
    public void Every_evidence_is_where_Evidence_Find_puts_its_quote()
    {
        var document = Dataset.Documents.Single();
        var spans = Dataset.Events.SelectMany(e => e.Evidence).Concat(Dataset.Claims.SelectMany(c => c.Evidence)).Concat(Dataset.Statements.SelectMany(s => s.Evidence));

        foreach (var span in spans)
        {
            var occurrence = 0;
            Evidence found;
            while ((found = Evidence.Find(document.Id, document.Text!, span.Quote!, occurrence)).Start < span.Start)
            {
                occurrence++;
            }

            found.Should().Be(span);
        }
    }
}
