using NewsEvents.Interop.Polecat;
using NewsEvents.Interop.Tests.Sources;

namespace NewsEvents.Interop.Tests.Polecat;

/// <summary>POLECAT weekly files, on rows written by hand from the column specification (POLECAT's rows may not be redistributed; Fixtures/ATTRIBUTION.md).</summary>
public class PolecatImporterTests
{
    [Fact]
    public void A_row_becomes_an_event_with_its_PLOVER_type_mode_place_and_story()
    {
        var dataset = EventSources.Import(EventSources.Polecat);
        var assault = dataset.Events.Single(e => e.Id.Value == "polecat-20250314-XMV-0001");

        assault.Type.Should().Be(EventType.Fighting);
        assault.Status.Should().Be(EventStatus.Occurred);
        assault.Time.Should().Be(TimeValue.Day(2025, 3, 14));
        assault.Codes.Should().Equal(ExternalCode.Plover("ASSAULT"), new ExternalCode(CodeScheme.PloverMode, "heavy-weapons"));
        assault.Place.Should().Be(new Place
        {
            Name = "Dranmir",
            Country = "EE",
            Precision = PlacePrecision.City,
            Coordinates = new GeoPoint(58.3776, 26.729),
            Codes = [new ExternalCode(CodeScheme.GeoNames, "588335")],
        });
        assault.Attributes.GetValueOrDefault("polecat:Contexts")!.Text.Should().Be("military;terrorism");
        assault.Attributes.GetValueOrDefault("polecat:Intensity").Should().Be(AttributeValue.FromNumber("-8.5"));
        dataset.Documents.Should().Contain(new Document
        {
            Id = new DocumentId("polecat-doc-20250314-XMV-0001"),
            Publisher = "Meridian Wire",
            Published = TimeValue.Day(2025, 3, 15),
            Language = "en",
        });
    }

    [Fact]
    public void Actor_and_recipient_lists_are_read_item_by_item_with_countries_sectors_raw_names_and_Wikidata_ids()
    {
        var dataset = EventSources.Import(EventSources.Polecat);
        var consult = dataset.Events.Single(e => e.Id.Value == "polecat-20250314-XMV-0002");

        consult.Participants.Should().Equal(
            new Participant(new ActorId("polecat-actor-Q191"), ParticipantRole.Initiator),
            new Participant(new ActorId("polecat-actor-Eastern-Union"), ParticipantRole.Target),
            new Participant(new ActorId("polecat-actor-Q191"), ParticipantRole.Target));
        dataset.Actors.Single(a => a.Id.Value == "polecat-actor-Q191").Should().Be(new Actor
        {
            Id = new ActorId("polecat-actor-Q191"),
            Kind = ActorKind.Government,
            Name = "Estonia",
            Aliases = ["Tallinn"],
            Country = "EE",
            Codes = [ExternalCode.Wikidata("Q191")],
        });
        dataset.Actors.Single(a => a.Id.Value == "polecat-actor-Eastern-Union").Should().Match<Actor>(a => a.Kind == ActorKind.InternationalOrganization && a.Country == null);
    }

    [Fact]
    public void A_mode_that_says_the_event_is_to_come_gives_its_status()
    {
        var consult = EventSources.Import(EventSources.Polecat).Events.Single(e => e.Id.Value == "polecat-20250314-XMV-0002");

        consult.Status.Should().Be(EventStatus.Planned);
        consult.Codes.Should().Contain(new ExternalCode(CodeScheme.PloverMode, "future"));
        consult.Place.Should().Be(new Place { Name = "EST", Country = "EE", Precision = PlacePrecision.Country });
    }

    [Fact]
    public void A_list_whose_length_differs_from_the_names_is_not_paired_with_them_and_the_event_says_so()
    {
        var dataset = EventSources.Import(EventSources.Polecat);
        var protest = dataset.Events.Single(e => e.Id.Value == "polecat-20250315-XMV-0003");

        protest.Attributes.GetValueOrDefault("newsevents:unalignedLists")!.Text.Should().Be("Actor Country");
        protest.Attributes.GetValueOrDefault("polecat:Actor_Country")!.Text.Should().Be("EST", "the list is kept as written");
        dataset.Actors.Single(a => a.Name == "Students (Morvania)").Country.Should().BeNull();
    }

    [Fact]
    public void Stray_trailing_TABs_and_single_quotes_inside_values_are_read_as_rpolecat_warns()
    {
        var dataset = EventSources.Import(EventSources.Polecat);

        dataset.Events.Should().HaveCount(3, "the last row ends with two stray TABs");
        dataset.Events[0].Attributes.GetValueOrDefault("polecat:Story_People")!.Text.Should().Be("Jaan 'the Elder' Tamm");
    }

    [Fact]
    public void A_release_that_writes_Event_Intensity_is_read_and_keeps_its_spelling()
    {
        var text = File.ReadAllText(Fixtures.PathOf(EventSources.Polecat)).Replace("\tIntensity\t", "\tEvent Intensity\t", StringComparison.Ordinal);
        var source = Fixtures.Text("intensity.tsv", text);

        PolecatImporter.Detect(source).Should().BeTrue();
        var dataset = new PolecatImporter().ReadDataset([source], new DatasetId("d"));
        dataset.Events[0].Attributes.GetValueOrDefault("polecat:Event_Intensity").Should().Be(AttributeValue.FromNumber("-8.5"));
    }

    [Theory]
    [InlineData("PPLA", PlacePrecision.City)]
    [InlineData("ADM1", PlacePrecision.Region)]
    [InlineData("PCLI", PlacePrecision.Country)]
    [InlineData("MT", null)]
    public void A_GeoNames_feature_code_gives_the_places_precision(string featureType, PlacePrecision? precision) =>
        PolecatImporter.PrecisionOf(featureType).Should().Be(precision);
}
