using System.Text;
using System.Text.Json;
using NewsEvents.Json;
using NodaTime;

namespace NewsEvents.Tests.Time;

public class TimeValueJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new TimeValueJsonConverter() } };

    private static TimeValue? Read(string json) => JsonSerializer.Deserialize<TimeValue>(json, Options);

    private static string Write(TimeValue value) => JsonSerializer.Serialize(value, Options);

    [Theory]
    [InlineData("""{"value":"2019-02"}""")]
    [InlineData("""{"value":"2019"}""")]
    [InlineData("""{"value":"2020-W03"}""")]
    [InlineData("""{"value":"2020-01-13","zone":"Europe/Moscow"}""")]
    [InlineData("""{"value":"2020-01-14T06:00","zone":"Europe/Moscow"}""")]
    [InlineData("""{"value":"2020-01-14T06:00:30"}""")]
    [InlineData("""{"value":"2020-01-13T09:30:00+03:00"}""")]
    [InlineData("""{"value":"2020-01-13T06:30:00Z"}""")]
    [InlineData("""{"value":"../2020-01-14T12:00","zone":"Europe/Moscow","expression":"until Tuesday morning","anchor":"2020-01-13","approximate":true}""")]
    [InlineData("""{"value":"2011/..","expression":"since 2011","anchor":"2020-01-13"}""")]
    [InlineData("""{"value":"2019-12-16/2020-01-13","zone":"Europe/Moscow","expression":"in recent weeks","anchor":"2020-01-13","approximate":true}""")]
    [InlineData("""{"value":"2019-04/2020-01-13","duration":"P9M"}""")]
    [InlineData("""{"value":"2020-01-13","duration":"PT8H","approximate":true}""")]
    [InlineData("""{"value":"2020-01-13","duration":"PT90M"}""")]
    [InlineData("""{"value":"2020-01-13","duration":"P1Y2M3W4DT5H6M7S"}""")]
    [InlineData("""{"value":"2020-01-13","anchor":"2020-01-14T06:00:00+03:00"}""")]
    public void Canonical_json_round_trips_byte_for_byte(string json)
    {
        var value = Read(json);

        value.Should().NotBeNull();
        Write(value!).Should().Be(CanonicalOrder(json));
        Read(Write(value!)).Should().Be(value);
    }

    [Fact]
    public void Written_members_follow_the_canonical_order()
    {
        var value = TimeValue.Parse("2019-04/2020-01") with
        {
            Duration = Period.FromMonths(9),
            IsApproximate = true,
            Anchor = TimeValue.Day(2020, 1, 13),
            Expression = "a nine-month war",
            Zone = DateTimeZoneProviders.Tzdb["Europe/Moscow"],
        };

        Write(value).Should().Be(
            """{"value":"2019-04/2020-01","zone":"Europe/Moscow","expression":"a nine-month war","anchor":"2020-01-13","approximate":true,"duration":"P9M"}""");
    }

    [Fact]
    public void Optional_members_are_omitted_when_absent() =>
        Write(TimeValue.Month(2019, 2)).Should().Be("""{"value":"2019-02"}""");

    [Fact]
    public void Reading_accepts_non_canonical_forms()
    {
        Read("""{"duration":"P9M","value":"2020-01-13T06:30:00+00:00","approximate":false}""")
            .Should().Be(TimeValue.Parse("2020-01-13T06:30:00Z") with { Duration = Period.FromMonths(9) });
        Read("""{"value":"2020-01-13T06:30:00","zone":"UTC"}""")!.ToString("V", null).Should().Be("2020-01-13T06:30");
        Read("""{"value":"2020-01-13","duration":"PT1.5S"}""")!.Duration.Should().Be(new PeriodBuilder { Seconds = 1, Milliseconds = 500 }.Build());
    }

    [Fact]
    public void Null_token_reads_as_null() => Read("null").Should().BeNull();

    [Fact]
    public void Non_ascii_expression_round_trips()
    {
        var value = TimeValue.Day(2020, 1, 13) with { Expression = "в понедельник \ud83d\udcf0" };

        Read(Write(value)).Should().Be(value);
    }

    [Theory]
    [InlineData("""{}""", "A time value needs its member 'value'.")]
    [InlineData("""{"zone":"Europe/Moscow"}""", "A time value needs its member 'value'.")]
    [InlineData("""{"value":"2019","value":"2019"}""", "'value' of a time value appears more than once")]
    [InlineData("""{"value":"2019","zone":"UTC","zone":"UTC"}""", "'zone' of a time value appears more than once")]
    [InlineData("""{"value":"2019","approximate":true,"approximate":true}""", "'approximate' of a time value appears more than once")]
    [InlineData("""{"value":"2019","Value":"2019"}""", "A time value has no member 'Value'")]
    [InlineData("""{"value":"2019","precision":"Year"}""", "A time value has no member 'precision'")]
    [InlineData("""{"value":null}""", "'value' of a time value must be a string, not null")]
    [InlineData("""{"value":"2019","zone":null}""", "'zone' of a time value must be a string, not null")]
    [InlineData("""{"value":"2019","expression":null}""", "'expression' of a time value must be a string, not null")]
    [InlineData("""{"value":"2019","anchor":null}""", "'anchor' of a time value must be a string, not null")]
    [InlineData("""{"value":"2019","duration":null}""", "'duration' of a time value must be a string, not null")]
    [InlineData("""{"value":"2019","approximate":null}""", "'approximate' of a time value must be true or false, not null")]
    [InlineData("""{"value":"2019","approximate":"true"}""", "'approximate' of a time value must be true or false, not a string")]
    [InlineData("""{"value":2019}""", "'value' of a time value must be a string, not a number")]
    [InlineData("""{"value":["2019"]}""", "'value' of a time value must be a string, not an array")]
    [InlineData("""{"value":{"year":2019}}""", "'value' of a time value must be a string, not an object")]
    [InlineData("\"2019\"", "A time value must be a JSON object, not a string")]
    [InlineData("[]", "A time value must be a JSON object, not an array")]
    [InlineData("""{"value":"2019-13"}""", "month must lie between 1 and 12")]
    [InlineData("""{"value":"2020-W54"}""", "weeks 1 to 53")]
    [InlineData("""{"value":"2020-01-14/2020-01-13"}""", "start must not be after its end")]
    [InlineData("""{"value":"../.."}""", "at least one bound")]
    [InlineData("""{"value":"February 2019"}""", "expected a point")]
    [InlineData("""{"value":"2019","zone":"Mars/Olympus_Mons"}""", "tzdb zone id")]
    [InlineData("""{"value":"2019","zone":""}""", "tzdb zone id")]
    [InlineData("""{"value":"2019","anchor":"2019/2020"}""", "'anchor' of a time value must be a point in time")]
    [InlineData("""{"value":"2019","anchor":"yesterday"}""", "'anchor' of a time value must be a point in time")]
    [InlineData("""{"value":"2019","duration":"nine months"}""", "ISO-8601 period")]
    [InlineData("""{"value":"2019","duration":""}""", "ISO-8601 period")]
    [InlineData("""{"value":"2019","expression":""}""", "'expression' must not be empty or white space")]
    [InlineData("""{"value":"2019","expression":"  "}""", "'expression' must not be empty or white space")]
    [InlineData("""{"value":"2019","expression":"a\ud800b"}""", "lone surrogate")]
    [InlineData("""{"value":"2019","expression":"\udc00"}""", "lone surrogate")]
    [InlineData("""{"value":"\ud800"}""", "lone surrogate")]
    [InlineData("""{"value":"2019","\ud800":1}""", "A member name of a time value must be well-formed Unicode text")]
    [InlineData("""{"value":"2020-w03"}""", "expected a point")]
    [InlineData("""{"value":"2020-01-14t06:00"}""", "expected a point")]
    [InlineData("""{"value":"2020-01-13T06:30:00z"}""", "offset such as +03:00")]
    public void Bad_data_is_a_json_exception_stating_the_rule(string json, string rule)
    {
        var read = () => Read(json);

        read.Should().Throw<JsonException>().WithMessage($"*{rule}*");
    }

    [Fact]
    public void Invalid_utf8_is_a_json_exception()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"value":"2019","expression":"ab"}""");
        bytes[^4] = 0xC3; // a lead byte with no continuation: "a\xC3b" is not UTF-8.

        FluentActions.Invoking(() => JsonSerializer.Deserialize<TimeValue>(bytes, Options)).Should().Throw<JsonException>();
    }

    [Fact]
    public void Truncated_json_is_a_json_exception() =>
        FluentActions.Invoking(() => Read("""{"value":"2019" """)).Should().Throw<JsonException>();

    [Fact]
    public void Error_carries_the_path()
    {
        var read = () => JsonSerializer.Deserialize<TimeValue[]>("""[{"value":"2019"},{"value":"2019","zone":"Nowhere/Else"}]""", Options);

        read.Should().Throw<JsonException>().Which.Path.Should().StartWith("$[1]");
    }

    [Fact]
    public void A_resolved_value_serializes_to_the_documented_form()
    {
        var moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];
        var anchor = new LocalDateTime(2020, 1, 13, 10, 0).InZoneStrictly(moscow);

        var value = NewsEvents.Time.TimeExpressionResolver.Resolve("until Tuesday morning", anchor, NewsEvents.Time.TenseHint.Future).Value!;

        Write(value).Should().Be(
            """{"value":"2020-01-13/2020-01-14T12:00","zone":"Europe/Moscow","expression":"until Tuesday morning","anchor":"2020-01-13","approximate":true}""");
    }

    [FsCheck.Xunit.Property(MaxTest = 3000)]
    public bool Mutated_json_gives_a_value_or_a_json_exception_and_nothing_else(int seed, char replacement)
    {
        const string valid = """{"value":"2019-04/2020-01-13","zone":"Europe/Moscow","expression":"since April","anchor":"2020-01-13","approximate":true,"duration":"P9M"}""";
        var random = new Random(seed);
        var chars = valid.ToCharArray();
        int edits = 1 + random.Next(3);
        for (int i = 0; i < edits; i++)
        {
            chars[random.Next(chars.Length)] = random.Next(2) == 0 ? replacement : valid[random.Next(valid.Length)];
        }

        try
        {
            Read(new string(chars));
            return true;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    // The test data above is canonical except where members are listed out of order.
    private static string CanonicalOrder(string json)
    {
        string[] order = ["value", "zone", "expression", "anchor", "approximate", "duration"];
        using var document = JsonDocument.Parse(json);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var name in order)
            {
                if (document.RootElement.TryGetProperty(name, out var element))
                {
                    writer.WritePropertyName(name);
                    element.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
