using System.Text.Json;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Json;

/// <summary><see cref="NewsEventsJson.NameOf{TEnum}(TEnum)"/> gives exactly the words the writer writes.</summary>
public class EnumNameTests
{
    [Fact]
    public void Every_value_of_every_enumeration_of_the_format_has_the_name_the_writer_writes()
    {
        Check<ActorKind>();
        Check<EventType>();
        Check<EventStatus>();
        Check<ParticipantRole>();
        Check<EventLinkType>();
        Check<StatementChannel>();
        Check<SpeechMode>();
        Check<ClaimPolarity>();
        Check<ClaimCertainty>();
        Check<ClaimLinkType>();
        Check<RelationType>();
        Check<QuantityKind>();
        Check<QuantityQualifier>();
        Check<PlacePrecision>();
        Check<CodeScheme>();
    }

    [Fact]
    public void A_multi_word_value_is_camel_case()
    {
        NewsEventsJson.NameOf(StatementChannel.ToldReporters).Should().Be("toldReporters");
        NewsEventsJson.NameOf(ViolationKind.UnknownReference).Should().Be("unknownReference");
    }

    [Fact]
    public void The_values_added_in_1_1_are_read_and_written_by_their_names()
    {
        const string json = """
            {
              "schemaVersion": "1.0",
              "id": "d",
              "actors": [ { "id": "a", "kind": "armedGroup", "name": "A" } ],
              "events": [ { "id": "e", "type": "fighting", "status": "disputed", "participants": [ { "actor": "a", "role": "accused" } ] } ],
              "statements": [
                { "id": "s1", "speaker": "a", "channel": "broadcast", "mode": "reportedSpeech", "content": "C" },
                { "id": "s2", "speaker": "a", "channel": "unspecified", "mode": "reportedSpeech", "content": "C" }
              ]
            }
            """;

        var dataset = NewsEventsJson.Deserialize(json);

        dataset.Events[0].Status.Should().Be(EventStatus.Disputed);
        dataset.Events[0].Participants[0].Role.Should().Be(ParticipantRole.Accused);
        dataset.Statements.Select(s => s.Channel).Should().Equal(StatementChannel.Broadcast, StatementChannel.Unspecified);
        var written = NewsEventsJson.Serialize(dataset);
        written.Should().Contain("\"status\": \"disputed\"").And.Contain("\"role\": \"accused\"")
            .And.Contain("\"channel\": \"broadcast\"").And.Contain("\"channel\": \"unspecified\"");
        NewsEventsJson.Deserialize(written).Should().Be(dataset);
    }

    [Fact]
    public void An_undefined_value_is_refused()
    {
        var act = () => NewsEventsJson.NameOf((EventStatus)99);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*99*EventStatus*");
    }

    private static void Check<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            NewsEventsJson.NameOf(value).Should().Be(JsonSerializer.Deserialize<string>(Written(value)), $"{typeof(TEnum).Name}.{value}");
        }
    }

    /// <summary>
    /// The value as the format writes it: through the serializer when the generated contract holds the
    /// enumeration, else through the enumeration converter that the hand-written converters (codes,
    /// quantities) call.
    /// </summary>
    private static string Written<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (NewsEventsJson.Options.TryGetTypeInfo(typeof(TEnum), out _))
        {
            return JsonSerializer.Serialize(value, NewsEventsJson.Options);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new NewsEvents.Json.StrictEnumJsonConverter<TEnum>().Write(writer, value, NewsEventsJson.Options);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
