using System.Collections.Immutable;
using NewsEvents.Validation;
using NodaTime;
using static NewsEvents.Tests.TestSupport.TestDatasets;

namespace NewsEvents.Tests.TestSupport;

/// <summary>Every model type, with a sample and one modified copy per member (see <see cref="ModelCase"/>).</summary>
public static class ModelCases
{
    public static readonly IReadOnlyList<ModelCase> All =
    [
        new("ActorId", () => A("haftar"), [("Value", () => A("lavrov"))], ["haftar"]),
        new("DocumentId", () => new DocumentId("doc-1"), [("Value", () => new DocumentId("doc-2"))], ["doc-1"]),
        new("EventId", () => E("ev-1"), [("Value", () => E("ev-2"))], ["ev-1"]),
        new("StatementId", () => new StatementId("st-1"), [("Value", () => new StatementId("st-2"))], ["st-1"]),
        new("ClaimId", () => new ClaimId("cl-1"), [("Value", () => new ClaimId("cl-2"))], ["cl-1"]),
        new("RelationId", () => new RelationId("rel-1"), [("Value", () => new RelationId("rel-2"))], ["rel-1"]),
        new("DatasetId", () => new DatasetId("ds-1"), [("Value", () => new DatasetId("ds-2"))], ["ds-1"]),
        new("Evidence", SampleEvidence,
        [
            ("Document", () => new Evidence(Wire, 45, 59, "Khalifa Haftar")),
            ("Start/End", () => new Evidence(Article, 46, 60, "Khalifa Haftar")),
            ("Start", () => new Evidence(Article, 46, 59, "Khalifa Hafta")),
            ("Quote", () => new Evidence(Article, 45, 59, "Khalifa Hafter")),
            ("Quote (absent)", () => new Evidence(Article, 45, 59)),
            ("Attributes", () => SampleEvidence() with { Attributes = SampleAttributes() }),
        ], ["doc-reuters", "45..59", "Khalifa Haftar"]),
        new("GeoPoint", SampleGeoPoint,
        [
            ("Latitude", () => new GeoPoint(32.8873, 13.1913)),
            ("Longitude", () => new GeoPoint(32.8872, -13.1913)),
        ], ["32.8872", "13.1913"]),
        new("ExternalCode", SampleCode,
        [
            ("Scheme", () => new ExternalCode(CodeScheme.GeoNames, "46")),
            ("Value", () => ExternalCode.Cameo("0461")),
        ], ["cameo", "046"]),
        new("ExternalCode (scheme)", () => ExternalCode.Cameo("190"), [("Scheme", () => new ExternalCode(CodeScheme.GeoNames, "190"))], ["cameo:190"]),
        new("Quantity", SampleQuantity,
        [
            ("Kind", () => new Quantity(QuantityKind.Injured, 12m, qualifier: QuantityQualifier.AtLeast, text: "at least 12 people")),
            ("Value", () => new Quantity(QuantityKind.Killed, 12.5m, qualifier: QuantityQualifier.AtLeast, text: "at least 12 people")),
            ("Min/Max", () => new Quantity(QuantityKind.Killed, min: 12m, qualifier: QuantityQualifier.AtLeast, text: "at least 12 people")),
            ("Max", () => new Quantity(QuantityKind.Killed, max: 12m, qualifier: QuantityQualifier.AtLeast, text: "at least 12 people")),
            ("Qualifier", () => new Quantity(QuantityKind.Killed, 12m, qualifier: QuantityQualifier.About, text: "at least 12 people")),
            ("Unit", () => new Quantity(QuantityKind.Killed, 12m, qualifier: QuantityQualifier.AtLeast, unit: "people", text: "at least 12 people")),
            ("Text", () => new Quantity(QuantityKind.Killed, 12m, qualifier: QuantityQualifier.AtLeast)),
        ], ["killed", "atLeast", "12"]),
        new("Quantity (range)", () => new Quantity(QuantityKind.Duration, min: 7.5m, max: 8.25m, qualifier: QuantityQualifier.About, unit: "hours"),
        [
            ("Min", () => new Quantity(QuantityKind.Duration, min: 7.25m, max: 8.25m, qualifier: QuantityQualifier.About, unit: "hours")),
            ("Max", () => new Quantity(QuantityKind.Duration, min: 7.5m, max: 8.5m, qualifier: QuantityQualifier.About, unit: "hours")),
        ], ["duration", "7.5..8.25", "hours"]),
        new("Place", SamplePlace,
        [
            ("Name", () => SamplePlace() with { Name = "Tarabulus" }),
            ("Country", () => SamplePlace() with { Country = "LB" }),
            ("Country (absent)", () => SamplePlace() with { Country = null }),
            ("Precision", () => SamplePlace() with { Precision = PlacePrecision.Region }),
            ("Coordinates", () => SamplePlace() with { Coordinates = new GeoPoint(32.9, 13.2) }),
            ("Codes", () => SamplePlace() with { Codes = [new ExternalCode(CodeScheme.GeoNames, "2210248")] }),
            ("Codes (empty)", () => SamplePlace() with { Codes = [] }),
        ], ["Tripoli", "LY", "city"]),
        new("TimeValue", SampleTime,
        [
            ("Value", () => TimeValue.Day(2020, 1, 12) with { Zone = Moscow, Expression = "on Tuesday", Anchor = TimeValue.Day(2020, 1, 14) }),
            ("Precision", () => TimeValue.Month(2020, 1) with { Zone = Moscow, Expression = "on Tuesday", Anchor = TimeValue.Day(2020, 1, 14) }),
            ("Zone", () => SampleTime() with { Zone = Tripoli }),
            ("Expression", () => SampleTime() with { Expression = "on Monday" }),
            ("Anchor", () => SampleTime() with { Anchor = TimeValue.Day(2020, 1, 15) }),
            ("IsApproximate", () => SampleTime() with { IsApproximate = true }),
            ("Duration", () => SampleTime() with { Duration = Period.FromHours(8) }),
        ], ["2020-01-13[Europe/Moscow]"]),
        new("Participant", SampleParticipant,
        [
            ("Actor", () => SampleParticipant() with { Actor = A("lavrov") }),
            ("Role", () => SampleParticipant() with { Role = ParticipantRole.Host }),
        ], ["haftar", "attendee"]),
        new("EventLink", SampleEventLink,
        [
            ("Type", () => SampleEventLink() with { Type = EventLinkType.Causes }),
            ("Target", () => SampleEventLink() with { Target = E("other") }),
        ], ["partOf", "talks"]),
        new("ClaimLink", SampleClaimLink,
        [
            ("Type", () => SampleClaimLink() with { Type = ClaimLinkType.Contradicts }),
            ("Target", () => SampleClaimLink() with { Target = new ClaimId("other") }),
        ], ["supports", "claim-tass"]),
        new("ClaimSubjects", SampleSubjects,
        [
            ("Events", () => SampleSubjects() with { Events = [E("left"), E("talks")] }),
            ("Actors", () => SampleSubjects() with { Actors = [] }),
        ], ["left", "haftar"]),
        new("AttributeValue", () => AttributeValue.FromNumber("1.0"),
        [
            ("Text", () => AttributeValue.FromNumber("1")),
            ("Text (1.00)", () => AttributeValue.FromNumber("1.00")),
            ("Kind", () => AttributeValue.FromText("1.0")),
        ], ["1.0"]),
        new("AttributeValue (text)", () => AttributeValue.FromText("Moscow"),
        [
            ("Text", () => AttributeValue.FromText("moscow")),
            ("Kind", () => AttributeValue.FromBoolean(true)),
        ], ["\"Moscow\""]),
        new("AttributeValue (boolean)", () => AttributeValue.FromBoolean(true), [("Text", () => AttributeValue.FromBoolean(false))], ["true"]),
        new("SourceAttribute", () => new SourceAttribute("gdelt:GoldsteinScale", AttributeValue.FromNumber("-2.0")),
        [
            ("Name", () => new SourceAttribute("gdelt:AvgTone", AttributeValue.FromNumber("-2.0"))),
            ("Value", () => new SourceAttribute("gdelt:GoldsteinScale", AttributeValue.FromNumber("-2"))),
        ], ["gdelt:GoldsteinScale=-2.0"], IsJson: false),
        new("SourceAttributes", () => SampleAttributes(),
        [
            ("Count", () => SampleAttributes().Remove("gdelt:GoldsteinScale")),
            ("Value", () => SampleAttributes().SetItem("gdelt:GoldsteinScale", AttributeValue.FromNumber("1.00"))),
            ("Name", () => SampleAttributes().Remove("gdelt:GoldsteinScale").SetItem("gdelt:Goldstein", AttributeValue.FromNumber("1.0"))),
            ("Empty", () => SourceAttributes.Empty),
        ], ["acled:civilian_targeting=false", "gdelt:ActionGeo_FullName=\"Moscow, Moskva, Russia\"", "gdelt:GoldsteinScale=1.0"]),
        new("Codebook", SampleCodebook,
        [
            ("Name", () => SampleCodebook() with { Name = "PLOVER" }),
            ("Version", () => SampleCodebook() with { Version = "1.1b4" }),
        ], ["CAMEO", "1.1b3"]),
        new("DatasetMetadata", SampleMetadata,
        [
            ("Description", () => SampleMetadata() with { Description = "Other." }),
            ("Coders", () => SampleMetadata() with { Coders = ["Б. Кодер", "A. Coder"] }),
            ("Coded", () => SampleMetadata() with { Coded = TimeValue.Day(2020, 1, 21) }),
            ("License", () => SampleMetadata() with { License = "MIT" }),
            ("Codebooks", () => SampleMetadata() with { Codebooks = [SampleCodebook()] }),
            ("SourceFiles", () => SampleMetadata() with { SourceFiles = [] }),
            ("Citation", () => SampleMetadata() with { Citation = null }),
        ], ["Coded from one Reuters story"]),
        new("Document", SampleDocument,
        [
            ("Id", () => SampleDocument() with { Id = Wire }),
            ("Url", () => SampleDocument() with { Url = "https://example.org/other" }),
            ("Title", () => SampleDocument() with { Title = "Other" }),
            ("Publisher", () => SampleDocument() with { Publisher = "Reuters" }),
            ("Agency", () => SampleDocument() with { Agency = null }),
            ("Byline", () => SampleDocument() with { Byline = "By someone" }),
            ("Credits", () => SampleDocument() with { Credits = ["Writing by Tom Balmforth"] }),
            ("Published", () => SampleDocument() with { Published = TimeValue.Day(2020, 1, 14) }),
            ("Language", () => SampleDocument() with { Language = "en" }),
            ("Text", () => SampleDocument() with { Text = ArticleText + " " }),
            ("Attributes", () => SampleDocument() with { Attributes = SampleAttributes() }),
        ], ["doc-reuters", "Haftar leaves Moscow"]),
        new("Actor", SampleActor,
        [
            ("Id", () => SampleActor() with { Id = A("haftar-2") }),
            ("Kind", () => SampleActor() with { Kind = ActorKind.ArmedGroup }),
            ("Name", () => SampleActor() with { Name = "Khalifa Belqasim Haftar" }),
            ("Aliases", () => SampleActor() with { Aliases = ["خليفة حفتر", "Haftar"] }),
            ("Country", () => SampleActor() with { Country = null }),
            ("Codes", () => SampleActor() with { Codes = [new ExternalCode(CodeScheme.Wikidata, "Q1405440")] }),
            ("Evidence", () => SampleActor() with { Evidence = [] }),
            ("Attributes", () => SampleActor() with { Attributes = SampleAttributes() }),
        ], ["haftar", "person", "Khalifa Haftar"]),
        new("Event", SampleEvent,
        [
            ("Id", () => SampleEvent() with { Id = E("left-2") }),
            ("Type", () => SampleEvent() with { Type = EventType.Meeting }),
            ("Status", () => SampleEvent() with { Status = EventStatus.Denied }),
            ("Summary", () => SampleEvent() with { Summary = null }),
            ("Time", () => SampleEvent() with { Time = TimeValue.Month(2020, 1) }),
            ("Place", () => SampleEvent() with { Place = SamplePlace() }),
            ("Participants", () => SampleEvent() with { Participants = [SampleParticipant(), new Participant(A("lavrov"), ParticipantRole.Host)] }),
            ("Codes", () => SampleEvent() with { Codes = [ExternalCode.Cameo("0460")] }),
            ("Quantities", () => SampleEvent() with { Quantities = [] }),
            ("Links", () => SampleEvent() with { Links = [new EventLink(EventLinkType.FollowsFrom, E("talks"))] }),
            ("Evidence", () => SampleEvent() with { Evidence = [SampleEvidence()] }),
            ("Attributes", () => SampleEvent() with { Attributes = SampleAttributes() }),
        ], ["left", "travel", "occurred", "Haftar left Moscow"]),
        new("Statement", SampleStatement,
        [
            ("Id", () => SampleStatement() with { Id = new StatementId("st-2") }),
            ("Speaker", () => SampleStatement() with { Speaker = A("haftar") }),
            ("Channel", () => SampleStatement() with { Channel = StatementChannel.Interview }),
            ("Mode", () => SampleStatement() with { Mode = SpeechMode.ReportedSpeech }),
            ("Content", () => SampleStatement() with { Content = "We will continue" }),
            ("Time", () => SampleStatement() with { Time = null }),
            ("Place", () => SampleStatement() with { Place = SamplePlace() }),
            ("Audience", () => SampleStatement() with { Audience = [] }),
            ("About", () => SampleStatement() with { About = [A("haftar"), A("serraj")] }),
            ("Evidence", () => SampleStatement() with { Evidence = [] }),
            ("Attributes", () => SampleStatement() with { Attributes = SampleAttributes() }),
        ], ["st-lavrov", "lavrov", "toldReporters", "directQuote", "We will continue our efforts"]),
        new("Claim", SampleClaim,
        [
            ("Id", () => SampleClaim() with { Id = new ClaimId("claim-2") }),
            ("Claimant", () => SampleClaim() with { Claimant = A("tass") }),
            ("Proposition", () => SampleClaim() with { Proposition = "Haftar has not left Moscow" }),
            ("Polarity", () => SampleClaim() with { Polarity = ClaimPolarity.Negative }),
            ("Certainty", () => SampleClaim() with { Certainty = ClaimCertainty.Possible }),
            ("Statement", () => SampleClaim() with { Statement = null }),
            ("Time", () => SampleClaim() with { Time = TimeValue.Day(2020, 1, 13) }),
            ("About", () => SampleClaim() with { About = new ClaimSubjects() }),
            ("Attribution", () => SampleClaim() with { Attribution = [A("reuters"), A("moscow-times")] }),
            ("Quantities", () => SampleClaim() with { Quantities = [] }),
            ("Links", () => SampleClaim() with { Links = [] }),
            ("Evidence", () => SampleClaim() with { Evidence = [] }),
            ("Attributes", () => SampleClaim() with { Attributes = SampleAttributes() }),
        ], ["claim-reuters", "lavrov", "positive", "certain", "Haftar has left Moscow"]),
        new("Relation", SampleRelation,
        [
            ("Id", () => SampleRelation() with { Id = new RelationId("rel-2") }),
            ("Type", () => SampleRelation() with { Type = RelationType.Leads }),
            ("Source", () => SampleRelation() with { Source = A("putin") }),
            ("Target", () => SampleRelation() with { Target = A("ussr") }),
            ("Role", () => SampleRelation() with { Role = null }),
            ("Time", () => SampleRelation() with { Time = TimeValue.Year(2004) }),
            ("Evidence", () => SampleRelation() with { Evidence = [] }),
            ("Attributes", () => SampleRelation() with { Attributes = SampleAttributes() }),
        ], ["rel-lavrov-minister", "lavrov", "holdsOffice", "russia"]),
        new("Dataset", Rich,
        [
            ("SchemaVersion", () => Rich() with { SchemaVersion = "1.0" }),
            ("Id", () => Rich() with { Id = new DatasetId("rich-2") }),
            ("Title", () => Rich() with { Title = null }),
            ("Metadata", () => Rich() with { Metadata = SampleMetadata() with { License = "MIT" } }),
            ("Documents", () => Rich() is var d ? d with { Documents = d.Documents.RemoveAt(2) } : d),
            ("Actors", () => Rich() is var d ? d with { Actors = d.Actors.SetItem(1, d.Actors[1] with { Name = "С. Лавров" }) } : d),
            ("Events", () => Rich() is var d ? d with { Events = d.Events.Reverse().ToImmutableArray() } : d),
            ("Statements", () => Rich() is var d ? d with { Statements = [] } : d),
            ("Claims", () => Rich() is var d ? d with { Claims = d.Claims.Add(SampleClaim() with { Id = new ClaimId("claim-new") }) } : d),
            ("Relations", () => Rich() is var d ? d with { Relations = d.Relations.RemoveAt(0) } : d),
        ], ["rich", "Haftar in Moscow", "3 documents"]),
        new("Dataset (minimal)", Minimal, [("Title", () => Minimal() with { Title = "Minimal" })], ["minimal"]),
        new("Violation", () => new Violation("$.actors[0].id", ViolationKind.DuplicateId, "Duplicate."),
        [
            ("Path", () => new Violation("$.actors[1].id", ViolationKind.DuplicateId, "Duplicate.")),
            ("Kind", () => new Violation("$.actors[0].id", ViolationKind.MissingId, "Duplicate.")),
            ("Message", () => new Violation("$.actors[0].id", ViolationKind.DuplicateId, "Other.")),
            ("LineNumber", () => new Violation("$.actors[0].id", ViolationKind.DuplicateId, "Duplicate.") { LineNumber = 3 }),
        ], ["$.actors[0].id", "Duplicate."], IsJson: false),
        new("ValidationReport", () => new ValidationReport([new Violation("$.a", ViolationKind.Format, "A."), new Violation("$.b", ViolationKind.Format, "B.")]),
        [
            ("Violations", () => new ValidationReport([new Violation("$.b", ViolationKind.Format, "B."), new Violation("$.a", ViolationKind.Format, "A.")])),
            ("Violations (empty)", () => new ValidationReport([])),
            ("Count", () => new ValidationReport([new Violation("$.a", ViolationKind.Format, "A."), new Violation("$.b", ViolationKind.Format, "B.")], 5)),
        ], ["$.a: A.", "$.b: B."], IsJson: false),
        new("QuoteOccurrence", () => new NewsEvents.Anchoring.QuoteOccurrence(2, 8),
        [
            ("Start", () => new NewsEvents.Anchoring.QuoteOccurrence(3, 8)),
            ("End", () => new NewsEvents.Anchoring.QuoteOccurrence(2, 9)),
        ], ["2..8"], IsJson: false),
        new("EvidenceMove", () => new NewsEvents.Anchoring.EvidenceMove("$.actors[0].evidence[0]", new Evidence(new DocumentId("d"), 2, 8, "Haftar"), new Evidence(new DocumentId("d"), 3, 9, "Haftar")),
        [
            ("Path", () => new NewsEvents.Anchoring.EvidenceMove("$.actors[1].evidence[0]", new Evidence(new DocumentId("d"), 2, 8, "Haftar"), new Evidence(new DocumentId("d"), 3, 9, "Haftar"))),
            ("Before", () => new NewsEvents.Anchoring.EvidenceMove("$.actors[0].evidence[0]", new Evidence(new DocumentId("d"), 1, 7, "Haftar"), new Evidence(new DocumentId("d"), 3, 9, "Haftar"))),
            ("After", () => new NewsEvents.Anchoring.EvidenceMove("$.actors[0].evidence[0]", new Evidence(new DocumentId("d"), 2, 8, "Haftar"), null)),
        ], ["$.actors[0].evidence[0]", "2..8", "3..9", "Haftar"], IsJson: false),
        new("Figure", SampleFigure,
        [
            ("Quantity", () => SampleFigure() with { Quantity = new Quantity(QuantityKind.Killed, 31m) }),
            ("Claim", () => SampleFigure() with { Claim = null }),
            ("Origin", () => SampleFigure() with { Origin = A("nlf") }),
        ], ["killed atLeast 12", "claim-reuters", "tass"], IsJson: false),
        new("FigureGroup", SampleFigureGroup,
        [
            ("Event", () => SampleFigureGroup() with { Event = E("other") }),
            ("Proposition", () => SampleFigureGroup() with { Proposition = "People were killed" }),
            ("Kind", () => SampleFigureGroup() with { Kind = QuantityKind.Injured }),
            ("Unit", () => SampleFigureGroup() with { Unit = "people" }),
            ("Figures", () => SampleFigureGroup() with { Figures = [SampleFigure() with { Origin = A("nlf") }] }),
            ("Sources", () => SampleFigureGroup() with { Sources = [A("tass"), A("nlf")] }),
            ("IsDisputed", () => SampleFigureGroup() with { IsDisputed = true }),
            ("RangesOverlap", () => SampleFigureGroup() with { RangesOverlap = false }),
        ], ["left killed", "killed atLeast 12", "[single source]"], IsJson: false),
        new("IndependentSource", SampleIndependentSource,
        [
            ("Members", () => SampleIndependentSource() with { Members = [A("brannick")] }),
            ("Claims", () => SampleIndependentSource() with { Claims = 5 }),
        ], ["brannick, morvania", "4 claim(s)"], IsJson: false),
        new("IndependenceOptions", () => new NewsEvents.Analysis.IndependenceOptions(),
        [
            ("Affiliations", () => new NewsEvents.Analysis.IndependenceOptions { Affiliations = [RelationType.HoldsOffice] }),
            ("JoinOutletsToOwners", () => new NewsEvents.Analysis.IndependenceOptions { JoinOutletsToOwners = true }),
        ], ["affiliations: holdsOffice, memberOf, leads"], IsJson: false),
        new("DisputedEvent", SampleDisputedEvent,
        [
            ("Event", () => SampleDisputedEvent() with { Event = SampleEvent() with { Id = E("other") } }),
            ("Contradictions", () => SampleDisputedEvent() with { Contradictions = [] }),
            ("For", () => SampleDisputedEvent() with { For = [A("lavrov")] }),
            ("Against", () => SampleDisputedEvent() with { Against = [] }),
        ], ["left: tass vs lna"], IsJson: false),
        new("Contradiction", SampleContradiction,
        [
            ("Kind", () => SampleContradiction() with { Kind = NewsEvents.Analysis.ContradictionKind.OppositePolarity }),
            ("Proposition", () => SampleContradiction() with { Proposition = "Haftar has left Moscow" }),
            ("About", () => SampleContradiction() with { About = new ClaimSubjects() }),
            ("First", () => SampleContradiction() with { First = [SampleClaim() with { Id = new ClaimId("other") }] }),
            ("Second", () => SampleContradiction() with { Second = [] }),
        ], ["claim-reuters vs denial", "ExplicitLink"], IsJson: false),
    ];

    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    public static TheoryData<string> JsonNames => [.. All.Where(c => c.IsJson).Select(c => c.Name)];

    public static ModelCase Get(string name) => All.Single(c => c.Name == name);

    private static NewsEvents.Analysis.Figure SampleFigure() => new() { Quantity = SampleQuantity(), Claim = SampleClaim(), Origin = A("tass") };

    private static NewsEvents.Analysis.FigureGroup SampleFigureGroup() => new()
    {
        Event = E("left"),
        Kind = QuantityKind.Killed,
        Figures = [SampleFigure()],
        Sources = [A("tass")],
        RangesOverlap = true,
    };

    private static NewsEvents.Analysis.IndependentSource SampleIndependentSource() => new() { Members = [A("brannick"), A("morvania")], Claims = 4 };

    private static NewsEvents.Analysis.Contradiction SampleContradiction() => new()
    {
        Kind = NewsEvents.Analysis.ContradictionKind.ExplicitLink,
        About = SampleSubjects(),
        First = [SampleClaim()],
        Second = [SampleClaim() with { Id = new ClaimId("denial"), Polarity = ClaimPolarity.Negative }],
    };

    private static NewsEvents.Analysis.DisputedEvent SampleDisputedEvent() => new()
    {
        Event = SampleEvent(),
        Contradictions = [SampleContradiction()],
        For = [A("tass")],
        Against = [A("lna")],
    };
}
