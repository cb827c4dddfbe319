using System.Collections.Immutable;
using NewsEvents.Tests.TestSupport;
using NodaTime;

namespace NewsEvents.Tests.Model;

/// <summary>The rules of single members, enforced when a value is built: each message names the member and states the rule.</summary>
public class MemberRuleTests
{
    private static readonly ActorId A = new("a");

    /// <summary>name → (an action that breaks a rule, the exception type, a fragment of its message).</summary>
    private static readonly Dictionary<string, (Func<object> Build, Type Exception, string Fragment)> Rules = new()
    {
        ["blank actor name"] = (() => new Actor { Id = A, Kind = ActorKind.Person, Name = " \t" }, typeof(ArgumentException), "Actor.Name must not be empty or white space"),
        ["empty actor name"] = (() => new Actor { Id = A, Kind = ActorKind.Person, Name = "" }, typeof(ArgumentException), "Actor.Name must not be empty"),
        ["null actor name"] = (() => new Actor { Id = A, Kind = ActorKind.Person, Name = null! }, typeof(ArgumentNullException), "Actor.Name must not be null"),
        ["lone surrogate in a name"] = (() => new Actor { Id = A, Kind = ActorKind.Person, Name = "Haftar\ud83d" }, typeof(ArgumentException), "well-formed Unicode"),
        ["blank alias"] = (() => new Actor { Id = A, Kind = ActorKind.Person, Name = "x", Aliases = ["ok", " "] }, typeof(ArgumentException), "Actor.Aliases must not be empty or white space"),
        ["null alias"] = (() => new Actor { Id = A, Kind = ActorKind.Person, Name = "x", Aliases = ["ok", null!] }, typeof(ArgumentException), "Actor.Aliases must not contain null (item 1)"),
        ["null code"] = (() => new Actor { Id = A, Kind = ActorKind.Person, Name = "x", Codes = [null!] }, typeof(ArgumentException), "Actor.Codes must not contain null (item 0)"),
        ["null evidence"] = (() => new Actor { Id = A, Kind = ActorKind.Person, Name = "x", Evidence = [null!] }, typeof(ArgumentException), "Actor.Evidence must not contain null"),
        ["undefined actor kind"] = (() => new Actor { Id = A, Kind = (ActorKind)99, Name = "x" }, typeof(ArgumentOutOfRangeException), "Actor.Kind must be one of the values of ActorKind"),
        ["bad actor country"] = (() => new Actor { Id = A, Kind = ActorKind.State, Name = "x", Country = "LBY" }, typeof(ArgumentException), "Actor.Country must be an ISO 3166-1 alpha-2 code"),
        ["blank place name"] = (() => new Place { Name = "" }, typeof(ArgumentException), "Place.Name must not be empty"),
        ["unassigned actor country"] = (() => new Actor { Id = A, Kind = ActorKind.State, Name = "x", Country = "XV" }, typeof(ArgumentException), "Actor.Country must be an ISO 3166-1 alpha-2 code in use (two capital letters such as \"LY\", or the user-assigned \"XK\"), not 'XV'."),
        ["reserved place country"] = (() => new Place { Name = "London", Country = "UK" }, typeof(ArgumentException), "not 'UK'"),
        ["bad place country"] = (() => new Place { Name = "Tripoli", Country = "ly" }, typeof(ArgumentException), "Place.Country must be an ISO 3166-1 alpha-2 code"),
        ["undefined place precision"] = (() => new Place { Name = "Tripoli", Precision = (PlacePrecision)7 }, typeof(ArgumentOutOfRangeException), "Place.Precision must be one of the values"),
        ["blank codebook version"] = (() => new Codebook { Name = "CAMEO", Version = " " }, typeof(ArgumentException), "Codebook.Version must not be empty"),
        ["blank coder"] = (() => new DatasetMetadata { Coders = [""] }, typeof(ArgumentException), "DatasetMetadata.Coders must not be empty"),
        ["null codebook"] = (() => new DatasetMetadata { Codebooks = [null!] }, typeof(ArgumentException), "DatasetMetadata.Codebooks must not contain null"),
        ["blank metadata description"] = (() => new DatasetMetadata { Description = "\n" }, typeof(ArgumentException), "DatasetMetadata.Description must not be empty"),
        ["blank document title"] = (() => new Document { Id = new DocumentId("d"), Title = "" }, typeof(ArgumentException), "Document.Title must not be empty"),
        ["blank credit"] = (() => new Document { Id = new DocumentId("d"), Credits = [" "] }, typeof(ArgumentException), "Document.Credits must not be empty"),
        ["relative URL"] = (() => new Document { Id = new DocumentId("d"), Url = "example.org/a" }, typeof(ArgumentException), "Document.Url must be an absolute http or https URL, not 'example.org/a'"),
        ["FTP URL"] = (() => new Document { Id = new DocumentId("d"), Url = "ftp://example.org/a" }, typeof(ArgumentException), "absolute http or https URL"),
        ["bad language"] = (() => new Document { Id = new DocumentId("d"), Language = "english" }, typeof(ArgumentException), "Document.Language must be a BCP 47 language tag"),
        ["language with an empty subtag"] = (() => new Document { Id = new DocumentId("d"), Language = "en-" }, typeof(ArgumentException), "BCP 47"),
        ["lone surrogate in a document text"] = (() => new Document { Id = new DocumentId("d"), Text = "a\udc00b" }, typeof(ArgumentException), "Document.Text must be well-formed Unicode text, but has a lone surrogate at UTF-16 index 1"),
        ["blank event summary"] = (() => new Event { Id = new EventId("e"), Type = EventType.Other, Status = EventStatus.Occurred, Summary = " " }, typeof(ArgumentException), "Event.Summary must not be empty"),
        ["undefined event type"] = (() => new Event { Id = new EventId("e"), Type = (EventType)100, Status = EventStatus.Occurred }, typeof(ArgumentOutOfRangeException), "Event.Type must be one of the values of EventType"),
        ["undefined event status"] = (() => new Event { Id = new EventId("e"), Type = EventType.Other, Status = (EventStatus)(-1) }, typeof(ArgumentOutOfRangeException), "Event.Status"),
        ["null participant"] = (() => new Event { Id = new EventId("e"), Type = EventType.Other, Status = EventStatus.Occurred, Participants = [null!] }, typeof(ArgumentException), "Event.Participants must not contain null"),
        ["null event link"] = (() => new Event { Id = new EventId("e"), Type = EventType.Other, Status = EventStatus.Occurred, Links = [null!] }, typeof(ArgumentException), "Event.Links must not contain null"),
        ["null quantity"] = (() => new Event { Id = new EventId("e"), Type = EventType.Other, Status = EventStatus.Occurred, Quantities = [null!] }, typeof(ArgumentException), "Event.Quantities must not contain null"),
        ["undefined participant role"] = (() => new Participant(A, (ParticipantRole)50), typeof(ArgumentOutOfRangeException), "Participant.Role must be one of the values"),
        ["undefined event link type"] = (() => new EventLink((EventLinkType)50, new EventId("e")), typeof(ArgumentOutOfRangeException), "EventLink.Type"),
        ["undefined claim link type"] = (() => new ClaimLink((ClaimLinkType)50, new ClaimId("c")), typeof(ArgumentOutOfRangeException), "ClaimLink.Type"),
        ["undefined participant role set with 'with'"] = (() => new Participant(A, ParticipantRole.Host) with { Role = (ParticipantRole)50 }, typeof(ArgumentOutOfRangeException), "Participant.Role must be one of the values"),
        ["undefined event link type set with 'with'"] = (() => new EventLink(EventLinkType.Causes, new EventId("e")) with { Type = (EventLinkType)50 }, typeof(ArgumentOutOfRangeException), "EventLink.Type"),
        ["undefined claim link type set with 'with'"] = (() => new ClaimLink(ClaimLinkType.Supports, new ClaimId("c")) with { Type = (ClaimLinkType)50 }, typeof(ArgumentOutOfRangeException), "ClaimLink.Type"),
        ["blank statement content"] = (() => new Statement { Id = new StatementId("s"), Speaker = A, Channel = StatementChannel.Speech, Mode = SpeechMode.DirectQuote, Content = "" }, typeof(ArgumentException), "Statement.Content must not be empty"),
        ["undefined channel"] = (() => new Statement { Id = new StatementId("s"), Speaker = A, Channel = (StatementChannel)77, Mode = SpeechMode.DirectQuote, Content = "x" }, typeof(ArgumentOutOfRangeException), "Statement.Channel"),
        ["undefined speech mode"] = (() => new Statement { Id = new StatementId("s"), Speaker = A, Channel = StatementChannel.Speech, Mode = (SpeechMode)2, Content = "x" }, typeof(ArgumentOutOfRangeException), "Statement.Mode"),
        ["blank proposition"] = (() => Claim() with { Proposition = " " }, typeof(ArgumentException), "Claim.Proposition must not be empty"),
        ["undefined polarity"] = (() => Claim() with { Polarity = (ClaimPolarity)3 }, typeof(ArgumentOutOfRangeException), "Claim.Polarity must be one of the values of ClaimPolarity"),
        ["undefined certainty"] = (() => Claim() with { Certainty = (ClaimCertainty)4 }, typeof(ArgumentOutOfRangeException), "Claim.Certainty"),
        ["null claim subjects"] = (() => Claim() with { About = null! }, typeof(ArgumentNullException), "Claim.About must not be null"),
        ["null claim link"] = (() => Claim() with { Links = [null!] }, typeof(ArgumentException), "Claim.Links must not contain null"),
        ["blank relation role"] = (() => new Relation { Id = new RelationId("r"), Type = RelationType.Leads, Source = A, Target = new ActorId("b"), Role = "" }, typeof(ArgumentException), "Relation.Role must not be empty"),
        ["undefined relation type"] = (() => new Relation { Id = new RelationId("r"), Type = (RelationType)8, Source = A, Target = new ActorId("b") }, typeof(ArgumentOutOfRangeException), "Relation.Type"),
        ["blank dataset title"] = (() => new Dataset { Id = new DatasetId("d"), Title = "  " }, typeof(ArgumentException), "Dataset.Title must not be empty"),
        ["malformed schema version"] = (() => new Dataset { Id = new DatasetId("d"), SchemaVersion = "1" }, typeof(ArgumentException), "Dataset.SchemaVersion must be 'major.minor'"),
        ["null schema version"] = (() => new Dataset { Id = new DatasetId("d"), SchemaVersion = null! }, typeof(ArgumentException), "Dataset.SchemaVersion must be 'major.minor'"),
        ["null actor in a dataset"] = (() => new Dataset { Id = new DatasetId("d"), Actors = [null!] }, typeof(ArgumentException), "Dataset.Actors must not contain null (item 0)"),
        ["null document in a dataset"] = (() => new Dataset { Id = new DatasetId("d"), Documents = [new Document { Id = new DocumentId("x") }, null!] }, typeof(ArgumentException), "Dataset.Documents must not contain null (item 1)"),
        ["null violation in a report"] = (() => new NewsEvents.Validation.ValidationReport([null!]), typeof(ArgumentException), "must not contain null"),
    };

    public static TheoryData<string> RuleNames => [.. Rules.Keys];

    private static Claim Claim() => new() { Id = new ClaimId("c"), Claimant = A, Proposition = "p", Polarity = ClaimPolarity.Positive, Certainty = ClaimCertainty.Certain };

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Each_rule_throws_an_argument_exception_stating_it(string rule)
    {
        var (build, exception, fragment) = Rules[rule];

        var thrown = FluentActions.Invoking(build).Should().Throw<ArgumentException>().Which;

        thrown.GetType().Should().Be(exception);
        thrown.Message.Should().Contain(fragment);
    }

    [Fact]
    public void Default_arrays_become_empty_and_compare_equal_to_empty()
    {
        var actor = new Actor { Id = A, Kind = ActorKind.Person, Name = "x", Aliases = default, Codes = default, Evidence = default };

        actor.Aliases.IsDefault.Should().BeFalse();
        actor.Aliases.Should().BeEmpty();
        actor.Should().Be(new Actor { Id = A, Kind = ActorKind.Person, Name = "x" });
    }

    [Fact]
    public void Optional_members_accept_null()
    {
        var document = new Document { Id = new DocumentId("d"), Url = null, Title = null, Language = null, Text = null };
        document.Text.Should().BeNull();
        new Document { Id = new DocumentId("d"), Text = "" }.Text.Should().BeEmpty("a text may be empty; only names must not be blank");
        new Document { Id = new DocumentId("d"), Language = "zh-Hant-TW" }.Language.Should().Be("zh-Hant-TW");
        new Document { Id = new DocumentId("d"), Url = "https://例え.jp/記事?q=é" }.Url.Should().NotBeNull();
    }

    [Fact]
    public async Task A_dataset_with_a_default_id_in_a_participant_cannot_be_written_and_says_so()
    {
        var dataset = TestDatasets.Minimal() with
        {
            Actors = [new Actor { Id = A, Kind = ActorKind.Person, Name = "x" }],
            Events = [new Event { Id = new EventId("e"), Type = EventType.Other, Status = EventStatus.Occurred, Participants = [new Participant(default, ParticipantRole.Victim)] }],
        };

        var thrown = FluentActions.Invoking(() => NewsEventsJson.Serialize(dataset)).Should().ThrowExactly<NewsEventsFormatException>().Which;
        thrown.Message.Should().Contain("ActorId");
        thrown.Violations.Should().NotBeEmpty();
        FluentActions.Invoking(() => NewsEventsJson.SerializeToUtf8Bytes(dataset)).Should().ThrowExactly<NewsEventsFormatException>();
        FluentActions.Invoking(() => NewsEventsJson.Serialize(new MemoryStream(), dataset)).Should().ThrowExactly<NewsEventsFormatException>();
        await FluentActions.Awaiting(() => NewsEventsJson.SerializeAsync(new MemoryStream(), dataset)).Should().ThrowExactlyAsync<NewsEventsFormatException>();
        NewsEvents.Validation.DatasetValidator.Validate(dataset).Violations.Should().ContainSingle().Which.Path.Should().Be("$.events[0].participants[0].actor");
    }

    [Fact]
    public void Other_default_ids_cannot_be_written_either()
    {
        var noId = new Dataset { Id = default };
        FluentActions.Invoking(() => NewsEventsJson.Serialize(noId)).Should().ThrowExactly<NewsEventsFormatException>();

        var defaultEvidenceOwner = TestDatasets.Minimal() with { Claims = [new Claim { Id = new ClaimId("c"), Claimant = default, Proposition = "p", Polarity = ClaimPolarity.Positive, Certainty = ClaimCertainty.Certain }] };
        FluentActions.Invoking(() => NewsEventsJson.Serialize(defaultEvidenceOwner)).Should().ThrowExactly<NewsEventsFormatException>();

        var defaultLink = TestDatasets.Minimal() with { Relations = [new Relation { Id = default, Type = RelationType.Backs, Source = A, Target = new ActorId("b") }] };
        FluentActions.Invoking(() => NewsEventsJson.Serialize(defaultLink)).Should().ThrowExactly<NewsEventsFormatException>();
    }

    [Fact]
    public void Time_values_keep_month_precision_in_a_dataset()
    {
        var dataset = TestDatasets.Minimal() with
        {
            Events = [new Event { Id = new EventId("e"), Type = EventType.Other, Status = EventStatus.Occurred, Time = TimeValue.Month(2019, 2) with { Expression = "February 2019" } }],
        };

        var read = NewsEventsJson.Deserialize(JsonContract.RoundTrip(dataset));

        read.Events[0].Time!.Precision.Should().Be(TimePrecision.Month);
        read.Events[0].Time.Should().NotBe(TimeValue.Day(2019, 2, 1));
        read.Events[0].Time!.FirstDate.Should().Be(new LocalDate(2019, 2, 1));
        read.Events[0].Time!.LastDate.Should().Be(new LocalDate(2019, 2, 28));
        NewsEventsJson.Serialize(dataset).Should().Contain("\"value\": \"2019-02\"");
    }

    [Fact]
    public void Two_equal_datasets_from_distinct_arrays_are_equal_with_equal_hashes()
    {
        Actor[] first = [TestDatasets.SampleActor()];
        Actor[] second = [TestDatasets.SampleActor()];
        var a = TestDatasets.Minimal() with { Actors = ImmutableArray.Create(first) };
        var b = TestDatasets.Minimal() with { Actors = ImmutableArray.Create(second) };

        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Actors.Should().NotBeSameAs(b.Actors);
    }
}
