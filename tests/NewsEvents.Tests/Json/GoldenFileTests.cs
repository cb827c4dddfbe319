using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsEvents.Json;
using NewsEvents.Tests.TestSupport;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Json;

/// <summary>The canonical JSON golden files: reading and writing them again changes no byte.</summary>
public class GoldenFileTests
{
    public static TheoryData<string> Files => ["minimal.json", "rich.json", "generated.json"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Serialize_of_Deserialize_is_byte_identical(string file)
    {
        var bytes = Golden.Bytes(file);

        NewsEventsJson.SerializeToUtf8Bytes(NewsEventsJson.Deserialize(bytes)).Should().Equal(bytes);
        NewsEventsJson.Serialize(NewsEventsJson.Deserialize(Encoding.UTF8.GetString(bytes))).Should().Be(Encoding.UTF8.GetString(bytes));
        using var stream = File.OpenRead(Golden.PathOf(file));
        NewsEventsJson.SerializeToUtf8Bytes(NewsEventsJson.Deserialize(stream)).Should().Equal(bytes);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Async_stream_reading_and_writing_is_byte_identical(string file)
    {
        var bytes = Golden.Bytes(file);
        await using var input = new MemoryStream(bytes);
        var dataset = await NewsEventsJson.DeserializeAsync(input);
        await using var output = new MemoryStream();
        await NewsEventsJson.SerializeAsync(output, dataset);
        output.ToArray().Should().Equal(bytes);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Golden_files_are_canonical_text(string file)
    {
        var bytes = Golden.Bytes(file);
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte order mark");
        bytes.Should().NotContain((byte)'\r', "LF line ends only");
        bytes[^1].Should().Be((byte)'\n', "a final newline");
        bytes[^2].Should().NotBe((byte)'\n', "exactly one final newline");
        Encoding.UTF8.GetString(bytes).Should().StartWith($"{{\n  \"schemaVersion\": \"{SchemaVersion.Current}\",\n  \"id\": ");
    }

    [Fact]
    public void The_rich_dataset_built_in_CSharp_serializes_exactly_to_the_golden_file()
    {
        var rich = TestDatasets.Rich();

        NewsEventsJson.SerializeToUtf8Bytes(rich).Should().Equal(Golden.Bytes("rich.json"));
        NewsEventsJson.Deserialize(Golden.Bytes("rich.json")).Should().Be(rich);
        NewsEventsJson.SerializeToUtf8Bytes(TestDatasets.Minimal()).Should().Equal(Golden.Bytes("minimal.json"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Golden_files_are_valid_datasets(string file) =>
        DatasetValidator.Validate(NewsEventsJson.Deserialize(Golden.Bytes(file), new NewsEventsReaderOptions { Validate = false })).Violations.Should().BeEmpty();

    [Fact]
    public void The_generated_file_holds_the_hard_characters()
    {
        var text = Encoding.UTF8.GetString(Golden.Bytes("generated.json"));

        text.Should().Contain("\\uD83D", "astral characters are written as escaped surrogate pairs").And.Contain("\\u2028").And.Contain("\\u00A0").And.Contain("\\n");
        text.Should().Contain("東京").And.Contain("مرحبا").And.Contain("&amp;").And.Contain("<script>");
    }

    [Fact]
    public void The_rich_dataset_is_valid() => DatasetValidator.Validate(TestDatasets.Rich()).Violations.Should().BeEmpty();

    [Fact]
    public void The_rich_file_uses_every_enumeration_value()
    {
        using var json = JsonDocument.Parse(Golden.Bytes("rich.json"));
        var strings = new HashSet<string>(StringComparer.Ordinal);
        Collect(json.RootElement, strings);

        var enums = typeof(Dataset).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && t.GetCustomAttribute<System.Text.Json.Serialization.JsonConverterAttribute>()?.ConverterType is { IsGenericType: true } c
                && c.GetGenericTypeDefinition() == typeof(StrictEnumJsonConverter<>))
            .ToArray();
        enums.Should().Contain([typeof(ActorKind), typeof(EventType), typeof(EventStatus), typeof(ParticipantRole), typeof(ClaimPolarity), typeof(ClaimCertainty), typeof(RelationType), typeof(CodeScheme)]);
        foreach (var type in enums)
        {
            foreach (var name in Enum.GetNames(type))
            {
                var camel = char.ToLowerInvariant(name[0]) + name[1..];
                strings.Should().Contain(camel, $"the rich golden file uses {type.Name}.{name}");
            }
        }
    }

    [Fact]
    public void The_rich_file_uses_every_member()
    {
        using var json = JsonDocument.Parse(Golden.Bytes("rich.json"));
        var seen = new HashSet<(Type, string)>();
        var expected = new HashSet<(Type, string)>();
        Walk(json.RootElement, NewsEventsJson.Options.GetTypeInfo(typeof(Dataset)), seen, expected);

        seen.Should().BeEquivalentTo(expected, "every property of every generated object type appears somewhere");
        expected.Should().Contain((typeof(Claim), "attribution")).And.Contain((typeof(Document), "agency"));

        // The hand-written converters: every member of each appears too.
        var text = Encoding.UTF8.GetString(Golden.Bytes("rich.json"));
        foreach (var name in new[] { "\"quote\"", "\"value\"", "\"min\"", "\"max\"", "\"qualifier\"", "\"unit\"", "\"text\"", "\"latitude\"", "\"longitude\"", "\"scheme\"", "\"zone\"", "\"expression\"", "\"anchor\"", "\"approximate\"", "\"duration\"" })
        {
            text.Should().Contain(name);
        }

        text.Should().Contain("\"value\": \"2020-01\"", "a month-precise time stays month-precise");
        text.Should().Contain("\"value\": \"2020-W03\"").And.Contain("\"value\": \"2019\"").And.Contain("\"value\": \"2019-04/2020-01-13\"").And.Contain("\"value\": \"2004/..\"");
        text.Should().Contain("\"value\": \"046\"", "CAMEO codes keep their leading zero");
    }

    private static void Collect(JsonElement element, HashSet<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    Collect(p.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
        }
    }

    private static void Walk(JsonElement element, JsonTypeInfo info, HashSet<(Type, string)> seen, HashSet<(Type, string)> expected)
    {
        if (Nullable.GetUnderlyingType(info.Type) is { } underlying)
        {
            info = info.Options.GetTypeInfo(underlying);
        }

        if (info.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            var properties = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
            foreach (var name in properties.Keys)
            {
                expected.Add((info.Type, name));
            }

            foreach (var p in element.EnumerateObject())
            {
                properties.Should().ContainKey(p.Name);
                seen.Add((info.Type, p.Name));
                Walk(p.Value, info.Options.GetTypeInfo(properties[p.Name].PropertyType), seen, expected);
            }
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } elementType && element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, info.Options.GetTypeInfo(elementType), seen, expected);
            }
        }
    }
}
