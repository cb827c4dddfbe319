using NewsEvents.Interop.Icews;
using NewsEvents.Interop.Tests.Sources;

namespace NewsEvents.Interop.Tests.Icews;

/// <summary>ICEWS coded event files, on rows written by hand from the column specification (Fixtures/ATTRIBUTION.md).</summary>
public class IcewsImporterTests
{
    [Fact]
    public void An_event_id_is_unique_only_with_its_date_and_an_exact_repeat_is_counted_not_duplicated()
    {
        var importer = new IcewsImporter();
        var dataset = importer.ReadDataset([Fixtures.Source(EventSources.Icews)], new DatasetId("icews"));

        dataset.Events.Select(e => e.Id.Value).Should().Equal("icews-926685-2025-03-14", "icews-926685-2025-03-15", "icews-926690-2025-03-15", "icews-926691-2025-03-16");
        importer.Report.RepeatedEvents.Should().Be(1);
        importer.Report.Files.Should().ContainSingle().Which.Should().Be(new NewsEvents.Interop.Sources.SourceFileReport(EventSources.Icews, IcewsImporter.Description, 5, 0));
    }

    [Fact]
    public void A_row_becomes_an_event_with_its_CAMEO_codes_actors_place_and_story()
    {
        var dataset = EventSources.Import(EventSources.Icews);
        var meeting = dataset.Events[0];

        meeting.Type.Should().Be(EventType.Other, "CAMEO 03, intent to cooperate, is an intention");
        meeting.Status.Should().Be(EventStatus.Occurred);
        meeting.Time.Should().Be(TimeValue.Day(2025, 3, 14));
        meeting.Codes.Should().Equal(ExternalCode.Cameo("036"), ExternalCode.Cameo("03"), ExternalCode.Plover("AGREE"));
        meeting.Place.Should().Be(new Place { Name = "Dranmir", Precision = PlacePrecision.City, Coordinates = new GeoPoint(54.1234, 18.5678) });
        meeting.Participants.Should().Equal(new Participant(new ActorId("icews-actor-Morvania"), ParticipantRole.Initiator), new Participant(new ActorId("icews-actor-Dranmir-Council"), ParticipantRole.Target));
        meeting.Attributes.GetValueOrDefault("icews:Source_Country")!.Text.Should().Be("Morvania", "ICEWS gives country names, kept as written");
        meeting.Attributes.GetValueOrDefault("icews:Intensity").Should().Be(AttributeValue.FromNumber("4"));
        dataset.Documents.Should().Contain(new Document { Id = new DocumentId("icews-story-28235806"), Publisher = "Meridian Wire" });
    }

    [Fact]
    public void The_finest_place_named_is_the_events_place()
    {
        var events = EventSources.Import(EventSources.Icews).Events;

        events[2].Place.Should().Be(new Place { Name = "Dranmir East", Precision = PlacePrecision.Region, Coordinates = new GeoPoint(54.2, 18.6) });
        events[3].Place.Should().Be(new Place { Name = "Morvania", Precision = PlacePrecision.Country });
    }

    [Theory]
    [InlineData("Morvania", "", "Morvania", ActorKind.State)]
    [InlineData("Police (Morvania)", "Police,Government", "Morvania", ActorKind.Government)]
    [InlineData("Northern Liberation Front", "Rebels,Insurgents,Separatists", "Morvania", ActorKind.ArmedGroup)]
    [InlineData("Eastern Union", "International Government Organizations,Regional", "", ActorKind.InternationalOrganization)]
    [InlineData("Red Crescent (Morvania)", "Non-Governmental Organizations,Medical", "Morvania", ActorKind.Organization)]
    [InlineData("Citizen (Morvania)", "Social", "Morvania", ActorKind.Collective)]
    public void An_actors_kind_comes_from_its_sectors_and_a_countrys_own_name_is_the_state(string name, string sectors, string country, ActorKind kind) =>
        IcewsImporter.KindOf(name, sectors, country).Should().Be(kind);

    [Fact]
    public void A_quote_in_a_value_is_a_character_of_it()
    {
        var dataset = EventSources.Import(EventSources.Icews);

        dataset.Actors.Should().Contain(a => a.Name == "People's Assembly (Morvania)" && a.Kind == ActorKind.Government);
    }
}
