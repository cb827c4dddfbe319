using NewsEvents.Samples;
using NodaTime;

namespace NewsEvents.Tests.Samples;

/// <summary>Pins what the Moscow talks article reports, so that the sample cannot silently lose it.</summary>
public class MoscowTalksFactsTests
{
    private static Dataset Dataset => SampleDatasets.MoscowTalks;

    private static Event Event(string id) => Dataset.Events.Should().ContainSingle(e => e.Id.Value == id).Subject;

    private static Statement Statement(string id) => Dataset.Statements.Should().ContainSingle(s => s.Id.Value == id).Subject;

    private static Claim Claim(string id) => Dataset.Claims.Should().ContainSingle(c => c.Id.Value == id).Subject;

    private static Actor Actor(string id) => Dataset.Actors.Should().ContainSingle(a => a.Id.Value == id).Subject;

    [Fact]
    public void Document_is_the_Reuters_report_published_by_The_Moscow_Times()
    {
        var document = Dataset.Documents.Single();

        document.Title.Should().Be("Libya Peace Talks in Moscow Fall Short of Ceasefire");
        document.Publisher.Should().Be("The Moscow Times");
        document.Agency.Should().Be("Reuters");
        document.Byline.Should().Be("By Reuters");
        document.Credits.Should().Equal("AP / TASS");
        document.Language.Should().Be("en");
        document.Url.Should().Be("https://www.themoscowtimes.com/2020/01/13/libya-peace-talks-in-moscow-fall-short-of-ceasefire-a68886");
        document.Published.Should().Be(TimeValue.Day(2020, 1, 13) with { Zone = DateTimeZoneProviders.Tzdb["Europe/Moscow"] });
    }

    [Fact]
    public void Metadata_names_its_source_file_and_code_books()
    {
        var metadata = Dataset.Metadata!;

        metadata.SourceFiles.Should().Equal("000_f47ba37e55af6183.txt");
        metadata.Coders.Should().NotBeEmpty();
        metadata.License.Should().NotBeNullOrWhiteSpace();
        metadata.Codebooks.Should().Contain(new Codebook { Name = "CAMEO", Version = "1.1b3" });
        metadata.Codebooks.Should().ContainSingle(c => c.Name == "PLOVER");
    }

    [Theory]
    [InlineData("berlin-summit", EventStatus.Planned)]
    [InlineData("benghazi-rally", EventStatus.Planned)]
    [InlineData("open-ended-ceasefire", EventStatus.Failed)]
    [InlineData("haftar-signature", EventStatus.Denied)]
    [InlineData("serraj-signs", EventStatus.Occurred)]
    [InlineData("moscow-talks", EventStatus.Occurred)]
    [InlineData("offensive-continues", EventStatus.Hypothetical)]
    [InlineData("tripoli-war", EventStatus.Ongoing)]
    public void Events_keep_their_status(string id, EventStatus status) => Event(id).Status.Should().Be(status);

    [Fact]
    public void Russia_and_Turkey_mediate_the_talks_between_the_Libyan_rivals()
    {
        var talks = Event("moscow-talks");

        talks.Type.Should().Be(EventType.Negotiation);
        talks.Participants.Should().Contain(new Participant(new ActorId("russia"), ParticipantRole.Mediator));
        talks.Participants.Should().Contain(new Participant(new ActorId("turkey"), ParticipantRole.Mediator));
        talks.Participants.Should().Contain(new Participant(new ActorId("serraj"), ParticipantRole.Attendee));
        talks.Participants.Should().Contain(new Participant(new ActorId("haftar"), ParticipantRole.Attendee));
        talks.Quantities.Should().ContainSingle().Which.Should().Be(
            new Quantity(QuantityKind.Duration, 8, qualifier: QuantityQualifier.About, unit: "hours", text: "about eight hours"));
    }

    [Theory]
    [InlineData("moscow-talks", "the elegant 19th-century Moscow mansion", "RU", PlacePrecision.Point)]
    [InlineData("tripoli-offensive", "Tripoli", "LY", PlacePrecision.City)]
    [InlineData("benghazi-rally", "Benghazi", "LY", PlacePrecision.City)]
    [InlineData("abu-dhabi-meeting", "Abu Dhabi", "AE", PlacePrecision.City)]
    [InlineData("berlin-summit", "Berlin", "DE", PlacePrecision.City)]
    [InlineData("erdogan-conte-meeting", "Ankara", "TR", PlacePrecision.City)]
    [InlineData("mitiga-resumes", "Mitiga airport", "LY", PlacePrecision.Point)]
    [InlineData("turkey-deploys-soldiers", "Libya", "LY", PlacePrecision.Country)]
    public void Events_are_placed_with_their_precision(string id, string name, string country, PlacePrecision precision)
    {
        var place = Event(id).Place!;

        place.Name.Should().Be(name);
        place.Country.Should().Be(country);
        place.Precision.Should().Be(precision);
    }

    [Fact]
    public void Cities_and_the_airport_have_coordinates_where_they_lie()
    {
        var mitiga = Event("mitiga-resumes").Place!.Coordinates!;
        var tripoli = Event("tripoli-offensive").Place!.Coordinates!;

        mitiga.Latitude.Should().BeApproximately(tripoli.Latitude, 0.1);
        mitiga.Longitude.Should().BeApproximately(tripoli.Longitude, 0.15);
        Event("berlin-summit").Place!.Codes.Should().Contain(new ExternalCode(CodeScheme.GeoNames, "2950159"));
    }

    [Theory]
    [InlineData("moscow-talks", "046", "CONSULT")]
    [InlineData("ministers-meeting", "040", "CONSULT")]
    [InlineData("open-ended-ceasefire", "0871", "RETREAT")]
    [InlineData("serraj-signs", "057", "SUPPORT")]
    [InlineData("serraj-refuses-direct-talks", "125", "REJECT")]
    [InlineData("abu-dhabi-meeting", "044", "CONSULT")]
    [InlineData("benghazi-rally", "141", "PROTEST")]
    [InlineData("truce-skirmishes", "196", "ASSAULT")]
    [InlineData("late-shelling", "194", "ASSAULT")]
    public void Events_carry_CAMEO_and_PLOVER_codes_as_strings(string id, string cameo, string plover)
    {
        var codes = Event(id).Codes;

        codes.Should().Contain(ExternalCode.Cameo(cameo));
        codes.Should().Contain(ExternalCode.Plover(plover));
    }

    [Theory]
    [InlineData("ministers-meeting", EventLinkType.PartOf, "moscow-talks")]
    [InlineData("tripoli-offensive", EventLinkType.FollowsFrom, "abu-dhabi-breakdown")]
    [InlineData("moscow-talks", EventLinkType.PartOf, "russo-turkish-push")]
    [InlineData("benghazi-rally", EventLinkType.FollowsFrom, "rally-call")]
    [InlineData("flights-suspended", EventLinkType.FollowsFrom, "rockets-near-mitiga")]
    [InlineData("mitiga-resumes", EventLinkType.FollowsFrom, "flights-suspended")]
    public void Events_are_linked(string id, EventLinkType type, string target) =>
        Event(id).Links.Should().Contain(new EventLink(type, new EventId(target)));

    [Theory]
    [InlineData("moscow-talks", "2020-01-13", TimePrecision.Day, "Europe/Moscow", "on Monday")]
    [InlineData("haftar-decision", "2020-01-13/2020-01-14T12:00", TimePrecision.Interval, "Europe/Moscow", "until Tuesday morning")]
    [InlineData("sunday-lull", "2020-01-12", TimePrecision.Day, "Africa/Tripoli", "on Sunday")]
    [InlineData("berlin-summit", "2020-01-19", TimePrecision.Day, "Europe/Berlin", "on Sunday")]
    [InlineData("benghazi-rally", "2020-01-14", TimePrecision.Day, "Africa/Tripoli", "on Tuesday")]
    [InlineData("abu-dhabi-meeting", "2019-02", TimePrecision.Month, "Asia/Dubai", "in February 2019")]
    [InlineData("tripoli-offensive", "2019-04", TimePrecision.Month, "Africa/Tripoli", "in April")]
    [InlineData("gaddafi-toppled", "2011", TimePrecision.Year, "Africa/Tripoli", "in 2011")]
    [InlineData("libya-chaos", "2011/..", TimePrecision.Interval, "Africa/Tripoli", "since the toppling of Muammar Gaddafi in 2011")]
    [InlineData("flights-suspended", "2020-01-01/2020-01-12", TimePrecision.Interval, "Africa/Tripoli", "earlier this month")]
    [InlineData("lna-small-progress", "2019-12-16/2020-01-13", TimePrecision.Interval, "Africa/Tripoli", "in recent weeks")]
    [InlineData("quiet-monday", "2020-01-13", TimePrecision.Day, "Africa/Tripoli", "on Monday")]
    [InlineData("late-shelling", "2020-01-13T22:00/2020-01-14T04:00", TimePrecision.Interval, "Africa/Tripoli", "late at night")]
    [InlineData("tripoli-war", "2019-04/2020-01-13", TimePrecision.Interval, "Africa/Tripoli", "nine-month war")]
    public void Event_times_are_resolved_against_the_publication_day(string id, string value, TimePrecision precision, string zone, string expression)
    {
        var time = Event(id).Time!;

        time.ToString("V", null).Should().Be(value);
        time.Precision.Should().Be(precision);
        time.Zone!.Id.Should().Be(zone);
        time.Expression.Should().Be(expression);
        time.Anchor.Should().Be(TimeValue.Day(2020, 1, 13));
    }

    [Fact]
    public void Vague_times_say_so_and_the_war_keeps_its_duration()
    {
        Event("lna-small-progress").Time!.IsApproximate.Should().BeTrue();
        Event("haftar-decision").Time!.IsApproximate.Should().BeTrue();
        Event("moscow-talks").Time!.IsApproximate.Should().BeFalse();
        Event("tripoli-war").Time!.Duration.Should().Be(Period.FromMonths(9));
        Event("haftar-decision").Time!.End.Should().Be(TimeValue.At(new LocalDateTime(2020, 1, 14, 12, 0)));
    }

    [Fact]
    public void The_two_Sundays_are_a_week_apart()
    {
        var lull = Event("sunday-lull").Time!;
        var summit = Event("berlin-summit").Time!;

        lull.Expression.Should().Be(summit.Expression);
        lull.FirstDate.Should().Be(new LocalDate(2020, 1, 12));
        summit.FirstDate.Should().Be(new LocalDate(2020, 1, 19));
        summit.FirstDate!.Value.DayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
    }

    [Fact]
    public void Merkel_spoke_on_Saturday()
    {
        var time = Statement("merkel-host-summit").Time!;

        time.Should().Be(TimeValue.Day(2020, 1, 11) with
        {
            Zone = DateTimeZoneProviders.Tzdb["Europe/Moscow"],
            Expression = "on Saturday",
            Anchor = TimeValue.Day(2020, 1, 13),
        });
    }

    [Fact]
    public void Tripoli_events_are_in_Tripoli_time()
    {
        var inTripoli = Dataset.Events.Where(e => e.Place?.Name is "Tripoli" or "Mitiga airport" && e.Time is not null).ToList();

        inTripoli.Should().HaveCountGreaterThanOrEqualTo(5);
        inTripoli.Should().OnlyContain(e => e.Time!.Zone!.Id == "Africa/Tripoli");
    }

    [Theory]
    [InlineData("lavrov-progress", "lavrov", StatementChannel.ToldReporters, SpeechMode.DirectQuote, "Today we can report that some progress was made")]
    [InlineData("lna-ready-and-determined", "lna", StatementChannel.OfficialWebsite, SpeechMode.DirectQuote, "ready and determined")]
    [InlineData("lavrov-serraj-signed", "lavrov", StatementChannel.Unspecified, SpeechMode.ReportedSpeech, null)]
    [InlineData("cavusoglu-haftar-time", "cavusoglu", StatementChannel.Unspecified, SpeechMode.ReportedSpeech, null)]
    [InlineData("merkel-host-summit", "merkel", StatementChannel.Unspecified, SpeechMode.ReportedSpeech, null)]
    [InlineData("tripoli-accuses-lna", "tripoli-government", StatementChannel.Unspecified, SpeechMode.ReportedSpeech, null)]
    [InlineData("lna-accuses-tripoli", "lna", StatementChannel.Unspecified, SpeechMode.ReportedSpeech, null)]
    [InlineData("channels-haftar-left", "pro-lna-channels", StatementChannel.Broadcast, SpeechMode.ReportedSpeech, null)]
    [InlineData("website-will-not-sign", "lna-close-website", StatementChannel.Website, SpeechMode.ReportedSpeech, null)]
    [InlineData("social-media-rally-call", "pro-lna-social-media", StatementChannel.SocialMedia, SpeechMode.ReportedSpeech, null)]
    [InlineData("tass-serraj-refused", "tass", StatementChannel.NewsAgencyReport, SpeechMode.ReportedSpeech, null)]
    [InlineData("tass-haftar-left", "tass", StatementChannel.NewsAgencyReport, SpeechMode.ReportedSpeech, null)]
    [InlineData("journalists-quiet", "reuters-journalists", StatementChannel.Observation, SpeechMode.ReportedSpeech, null)]
    [InlineData("witness-mitiga", "reuters-witness", StatementChannel.Observation, SpeechMode.ReportedSpeech, null)]
    [InlineData("residents-progress", "residents", StatementChannel.Observation, SpeechMode.ReportedSpeech, null)]
    [InlineData("erdogan-berlin-summit", "erdogan", StatementChannel.Speech, SpeechMode.ReportedSpeech, null)]
    public void Statements_keep_speaker_channel_and_mode(string id, string speaker, StatementChannel channel, SpeechMode mode, string? content)
    {
        var statement = Statement(id);

        statement.Speaker.Value.Should().Be(speaker);
        statement.Channel.Should().Be(channel);
        statement.Mode.Should().Be(mode);
        if (content is not null)
        {
            statement.Content.Should().Be(content);
            statement.Evidence.Should().Contain(e => e.Quote!.Contains(content, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Only_the_two_quoted_phrases_are_direct_quotes()
    {
        Dataset.Statements.Where(s => s.Mode == SpeechMode.DirectQuote).Select(s => s.Content)
            .Should().BeEquivalentTo("Today we can report that some progress was made", "ready and determined");
    }

    [Fact]
    public void TASS_claim_reaches_the_reader_through_The_Moscow_Times_and_Reuters()
    {
        var claim = Claim("serraj-refused-direct-talks");

        claim.Claimant.Value.Should().Be("tass");
        claim.Statement.Should().Be(new StatementId("tass-serraj-refused"));
        claim.Attribution.Select(a => a.Value).Should().Equal("moscow-times", "reuters");
        claim.About.Events.Should().Equal(new EventId("serraj-refuses-direct-talks"));
        claim.About.Actors.Select(a => a.Value).Should().BeEquivalentTo("serraj", "haftar");
        claim.Polarity.Should().Be(ClaimPolarity.Positive);
        claim.Certainty.Should().Be(ClaimCertainty.Certain);
    }

    [Fact]
    public void Mutual_accusations_of_truce_violations_contradict_each_other()
    {
        var byTripoli = Claim("lna-violated-truce");
        var byLna = Claim("tripoli-violated-truce");

        byTripoli.Claimant.Value.Should().Be("tripoli-government");
        byLna.Claimant.Value.Should().Be("lna");
        byTripoli.Links.Should().Contain(new ClaimLink(ClaimLinkType.Contradicts, byLna.Id));
        byLna.Links.Should().Contain(new ClaimLink(ClaimLinkType.Contradicts, byTripoli.Id));
    }

    [Fact]
    public void Each_faction_is_accused_of_the_truce_violations_not_named_as_their_initiator()
    {
        var skirmishes = Event("truce-skirmishes");

        skirmishes.Status.Should().Be(EventStatus.Occurred, "the skirmishes happened; who broke the truce is what the factions dispute");
        skirmishes.Participants.Should().BeEquivalentTo([new Participant(new ActorId("lna"), ParticipantRole.Accused), new Participant(new ActorId("tripoli-government"), ParticipantRole.Accused)]);
    }

    [Fact]
    public void Haftar_asking_for_time_contradicts_Haftar_will_not_sign()
    {
        var askedForTime = Claim("haftar-asked-for-time");
        var willNotSign = Claim("haftar-will-not-sign");

        askedForTime.Claimant.Value.Should().Be("cavusoglu");
        willNotSign.Claimant.Value.Should().Be("lna-close-website");
        willNotSign.Proposition.Should().Be("Haftar will sign the ceasefire proposal");
        willNotSign.Polarity.Should().Be(ClaimPolarity.Negative);
        askedForTime.Links.Should().Contain(new ClaimLink(ClaimLinkType.Contradicts, willNotSign.Id));
        willNotSign.Links.Should().Contain(new ClaimLink(ClaimLinkType.Contradicts, askedForTime.Id));
    }

    [Fact]
    public void Two_independent_sources_say_Haftar_has_left_Moscow()
    {
        var left = Dataset.Claims.Where(c => c.Proposition == "Haftar has left Moscow").ToList();

        left.Select(c => c.Claimant.Value).Should().BeEquivalentTo("pro-lna-channels", "tass");
        left.Should().OnlyContain(c => c.Polarity == ClaimPolarity.Positive);
        left.SelectMany(c => c.Links).Should().NotContain(l => l.Type == ClaimLinkType.Repeats);
        Claim("tass-haftar-left").Links.Should().Contain(new ClaimLink(ClaimLinkType.Supports, new ClaimId("channels-haftar-left")));
        Claim("channels-haftar-left").Links.Should().Contain(new ClaimLink(ClaimLinkType.Supports, new ClaimId("tass-haftar-left")));
    }

    [Fact]
    public void Every_claim_names_its_claimant_statement_and_subject()
    {
        Dataset.Claims.Should().OnlyContain(c => c.About.Events.Length + c.About.Actors.Length > 0);
        Dataset.Claims.Where(c => c.Statement is null).Select(c => c.Id.Value).Should().Equal("lna-may-continue-offensive");
        Dataset.Claims.Should().OnlyContain(c => c.Attribution.Length > 0 && c.Attribution[0] == new ActorId("moscow-times"));
    }

    [Theory]
    [InlineData("serraj", RelationType.Leads, "tripoli-government", "head")]
    [InlineData("haftar", RelationType.Leads, "lna", "commander")]
    [InlineData("lavrov", RelationType.HoldsOffice, "russia", "Foreign Minister")]
    [InlineData("cavusoglu", RelationType.HoldsOffice, "turkey", "Foreign Minister")]
    [InlineData("erdogan", RelationType.HoldsOffice, "turkey", "President")]
    [InlineData("conte", RelationType.HoldsOffice, "italy", "Prime Minister")]
    [InlineData("putin", RelationType.HoldsOffice, "russia", "President")]
    [InlineData("merkel", RelationType.HoldsOffice, "germany", "Chancellor")]
    [InlineData("turkey", RelationType.Backs, "serraj", null)]
    [InlineData("turkey", RelationType.Backs, "tripoli-government", null)]
    [InlineData("uae", RelationType.Backs, "lna", null)]
    [InlineData("egypt", RelationType.Backs, "lna", null)]
    [InlineData("jordan", RelationType.Backs, "lna", null)]
    [InlineData("russian-contractors", RelationType.DeployedAlongside, "lna", null)]
    [InlineData("russia", RelationType.MediatesBetween, "tripoli-government", null)]
    [InlineData("russia", RelationType.MediatesBetween, "lna", null)]
    [InlineData("turkey", RelationType.MediatesBetween, "tripoli-government", null)]
    [InlineData("turkey", RelationType.MediatesBetween, "lna", null)]
    public void Relations_are_coded(string source, RelationType type, string target, string? role)
    {
        Dataset.Relations.Should().ContainSingle(r => r.Source.Value == source && r.Type == type && r.Target.Value == target)
            .Which.Role.Should().Be(role);
    }

    [Theory]
    [InlineData("pro-lna-channels", ActorKind.MediaOutlet, "Pro-LNA channels")]
    [InlineData("lna-close-website", ActorKind.MediaOutlet, "another website close to the force")]
    [InlineData("residents", ActorKind.Collective, "residents")]
    [InlineData("reuters-journalists", ActorKind.Collective, "Reuters journalists")]
    [InlineData("reuters-witness", ActorKind.Collective, "a Reuters witness")]
    [InlineData("russian-contractors", ActorKind.ArmedGroup, "Russian military contractors")]
    public void Unnamed_collectives_are_actors(string id, ActorKind kind, string mention)
    {
        var actor = Actor(id);

        actor.Kind.Should().Be(kind);
        actor.Evidence.Should().Contain(e => e.Quote!.StartsWith(mention, StringComparison.Ordinal));
    }

    [Fact]
    public void Named_people_keep_their_short_names_as_aliases()
    {
        Actor("serraj").Aliases.Should().Contain("Serraj");
        Actor("haftar").Aliases.Should().Contain("Haftar");
        Actor("lna").Aliases.Should().Contain("LNA");
        Actor("russia").Codes.Should().Contain(new ExternalCode(CodeScheme.CameoActor, "RUS"));
    }
}
