using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using NewsEvents.Json;
using NewsEvents.Schema;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Docs;

/// <summary>
/// The JSON Schema at docs/schema/ is the one shipped in the assembly, is a valid draft 2020-12
/// schema, accepts what the writer writes, and rejects what the reader rejects.
/// </summary>
public class SchemaTests
{
    private static readonly string SchemaPath = RepositoryFiles.PathOf("docs", "schema", NewsEventsSchema.FileName);
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
    private static readonly JsonObject Defs = JsonNode.Parse(File.ReadAllText(SchemaPath))!["$defs"]!.AsObject();

    [Fact]
    public void The_embedded_schema_is_the_file_in_docs()
    {
        NewsEventsSchema.GetJsonText().Should().Be(File.ReadAllText(SchemaPath));

        using var stream = NewsEventsSchema.OpenRead();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.ToArray().Should().Equal(File.ReadAllBytes(SchemaPath));
    }

    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema_with_its_id()
    {
        using var document = JsonDocument.Parse(NewsEventsSchema.GetJsonText());
        var root = document.RootElement;

        root.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        root.GetProperty("$id").GetString().Should().Be(NewsEventsSchema.Id);
        var result = MetaSchemas.Draft202012.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.Should().BeTrue(Describe(result));
    }

    [Fact]
    public void Every_object_forbids_unknown_properties_and_every_property_is_described()
    {
        foreach (var (name, def) in Defs)
        {
            def!["description"].Should().NotBeNull($"$defs/{name} needs a description");
            if (def["properties"] is JsonObject properties)
            {
                def["additionalProperties"]?.GetValueKind().Should().Be(JsonValueKind.False, $"$defs/{name} must forbid unknown properties");
                foreach (var (property, schema) in properties)
                {
                    var described = schema!["description"] is not null || (schema["$ref"] is { } target && Def(target)["description"] is not null);
                    described.Should().BeTrue($"$defs/{name}/properties/{property} needs a description");
                }
            }
        }
    }

    [Fact]
    public void The_canonical_json_of_a_dataset_using_every_member_is_valid()
    {
        var json = NewsEventsJson.Serialize(RichDataset.Create());

        Evaluate(json).IsValid.Should().BeTrue(Describe(Evaluate(json)));
        NewsEventsJson.Deserialize(json).Should().Be(RichDataset.Create());
    }

    [Property(MaxTest = 100)]
    public Property The_canonical_json_of_every_generated_dataset_is_valid() =>
        Prop.ForAll(Arb.From(DatasetGenerators.Dataset), dataset =>
        {
            var result = Evaluate(NewsEventsJson.Serialize(dataset));
            result.IsValid.Should().BeTrue(Describe(result));
        });

    [Fact]
    public void The_rich_dataset_uses_every_member_and_every_enumeration_value_of_the_schema()
    {
        // Guards the test above: the schema is only proved against the writer for what the sample writes.
        var coverage = new Coverage();
        coverage.Walk("dataset", JsonNode.Parse(NewsEventsJson.Serialize(RichDataset.Create())));

        foreach (var (name, def) in Defs)
        {
            if (def!["properties"] is JsonObject properties)
            {
                properties.Select(p => p.Key).Should().BeSubsetOf(coverage.Members(name), $"the rich dataset should use every member of $defs/{name}");
            }

            if (def["enum"] is JsonArray values)
            {
                values.Select(v => v!.GetValue<string>()).Should().BeSubsetOf(coverage.Values(name), $"the rich dataset should use every value of $defs/{name}");
            }
        }
    }

    [Theory]
    [InlineData(typeof(ActorKind))]
    [InlineData(typeof(EventType))]
    [InlineData(typeof(EventStatus))]
    [InlineData(typeof(ParticipantRole))]
    [InlineData(typeof(EventLinkType))]
    [InlineData(typeof(StatementChannel))]
    [InlineData(typeof(SpeechMode))]
    [InlineData(typeof(ClaimPolarity))]
    [InlineData(typeof(ClaimCertainty))]
    [InlineData(typeof(ClaimLinkType))]
    [InlineData(typeof(RelationType))]
    [InlineData(typeof(PlacePrecision))]
    [InlineData(typeof(QuantityKind))]
    [InlineData(typeof(QuantityQualifier))]
    [InlineData(typeof(CodeScheme))]
    public void Each_enumeration_of_the_schema_lists_exactly_the_names_the_writer_writes(Type enumType)
    {
        var written = (string[])typeof(SchemaTests).GetMethod(nameof(WrittenNames), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(enumType).Invoke(null, null)!;
        var defName = char.ToLowerInvariant(enumType.Name[0]) + enumType.Name[1..];

        Def("#/$defs/" + defName)["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal(written);
    }

    private static string[] WrittenNames<TEnum>()
        where TEnum : struct, Enum
    {
        var converter = new StrictEnumJsonConverter<TEnum>();
        return [.. Enum.GetValues<TEnum>().Select(value =>
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                converter.Write(writer, value, NewsEventsJson.Options);
            }

            return JsonSerializer.Deserialize<string>(buffer.WrittenSpan)!;
        })];
    }

    [Theory]
    [InlineData(typeof(Dataset), "dataset")]
    [InlineData(typeof(DatasetMetadata), "metadata")]
    [InlineData(typeof(Codebook), "codebook")]
    [InlineData(typeof(Document), "document")]
    [InlineData(typeof(Actor), "actor")]
    [InlineData(typeof(Event), "event")]
    [InlineData(typeof(Participant), "participant")]
    [InlineData(typeof(EventLink), "eventLink")]
    [InlineData(typeof(Statement), "statement")]
    [InlineData(typeof(Claim), "claim")]
    [InlineData(typeof(ClaimSubjects), "claimSubjects")]
    [InlineData(typeof(ClaimLink), "claimLink")]
    [InlineData(typeof(Relation), "relation")]
    [InlineData(typeof(Place), "place")]
    public void Each_object_of_the_schema_has_the_members_and_required_members_of_the_serializer_contract(Type type, string defName)
    {
        var contract = NewsEventsJson.Options.GetTypeInfo(type);
        var members = contract.Properties.Where(p => p.Get is not null).ToList(); // [JsonIgnore] members have no getter here
        var def = Def("#/$defs/" + defName);

        contract.Kind.Should().Be(JsonTypeInfoKind.Object);
        def["properties"]!.AsObject().Select(p => p.Key).Should().Equal(members.Select(p => p.Name), "the schema lists the members in the order the writer writes them");
        (def["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []).Should().BeEquivalentTo(
            members.Where(p => p.IsRequired).Select(p => p.Name));
    }

    [Fact]
    public void A_minimal_dataset_is_valid()
    {
        const string json = """{ "schemaVersion": "1.0", "id": "empty" }""";

        Evaluate(json).IsValid.Should().BeTrue();
        NewsEventsJson.Deserialize(json).Id.Value.Should().Be("empty");
    }

    [Fact]
    public void Every_golden_file_that_the_reader_accepts_is_valid()
    {
        AssertValidWhereTheReaderAccepts(RepositoryFiles.Glob(Path.Combine("tests", "NewsEvents.Tests", "Golden"), "*.json"));
    }

    [Fact]
    public void Every_seed_dataset_that_the_reader_accepts_is_valid()
    {
        AssertValidWhereTheReaderAccepts(RepositoryFiles.Glob("seeds", "*.json", SearchOption.TopDirectoryOnly));
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "an unknown property", """{ "schemaVersion": "1.0", "id": "d", "colour": "red" }""" },
        { "an unknown property of an actor", """{ "schemaVersion": "1.0", "id": "d", "actors": [ { "id": "a", "kind": "person", "name": "A", "rank": 1 } ] }""" },
        { "an unknown property of evidence", """{ "schemaVersion": "1.0", "id": "d", "documents": [ { "id": "doc" } ], "actors": [ { "id": "a", "kind": "person", "name": "A", "evidence": [ { "document": "doc", "start": 0, "end": 1, "exact": "A" } ] } ] }""" },
        { "a computed member written as data", """{ "schemaVersion": "1.0", "id": "d", "actors": [ { "id": "a", "kind": "person", "name": "A" } ], "claims": [ { "id": "c", "claimant": "a", "proposition": "P", "polarity": "positive", "certainty": "certain", "about": { "isEmpty": true } } ] }""" },
        { "a missing dataset id", """{ "schemaVersion": "1.0" }""" },
        { "a missing actor id", """{ "schemaVersion": "1.0", "id": "d", "actors": [ { "kind": "person", "name": "A" } ] }""" },
        { "a missing schemaVersion", """{ "id": "d" }""" },
        { "another major version", """{ "schemaVersion": "2.0", "id": "d" }""" },
        { "an enumeration name in the wrong case", """{ "schemaVersion": "1.0", "id": "d", "actors": [ { "id": "a", "kind": "Person", "name": "A" } ] }""" },
        { "an enumeration as a number", """{ "schemaVersion": "1.0", "id": "d", "actors": [ { "id": "a", "kind": 0, "name": "A" } ] }""" },
        { "a CAMEO code with a letter", """{ "schemaVersion": "1.0", "id": "d", "events": [ { "id": "e", "type": "meeting", "status": "occurred", "codes": [ { "scheme": "cameo", "value": "46a" } ] } ] }""" },
        { "a CAMEO code as a number", """{ "schemaVersion": "1.0", "id": "d", "events": [ { "id": "e", "type": "meeting", "status": "occurred", "codes": [ { "scheme": "cameo", "value": 46 } ] } ] }""" },
        { "a participant without a role", """{ "schemaVersion": "1.0", "id": "d", "actors": [ { "id": "a", "kind": "person", "name": "A" } ], "events": [ { "id": "e", "type": "meeting", "status": "occurred", "participants": [ { "actor": "a" } ] } ] }""" },
        { "an id with a space", """{ "schemaVersion": "1.0", "id": "my dataset" }""" },
        { "a blank name", """{ "schemaVersion": "1.0", "id": "d", "actors": [ { "id": "a", "kind": "person", "name": "  " } ] }""" },
        { "a null quote", """{ "schemaVersion": "1.0", "id": "d", "documents": [ { "id": "doc" } ], "actors": [ { "id": "a", "kind": "person", "name": "A", "evidence": [ { "document": "doc", "start": 0, "end": 1, "quote": null } ] } ] }""" },
        { "a negative offset", """{ "schemaVersion": "1.0", "id": "d", "documents": [ { "id": "doc" } ], "actors": [ { "id": "a", "kind": "person", "name": "A", "evidence": [ { "document": "doc", "start": -1, "end": 1 } ] } ] }""" },
        { "a null list", """{ "schemaVersion": "1.0", "id": "d", "actors": null }""" },
        { "a lower-case country", """{ "schemaVersion": "1.0", "id": "d", "actors": [ { "id": "a", "kind": "state", "name": "Russia", "country": "ru" } ] }""" },
        { "a time value that is a bare string", """{ "schemaVersion": "1.0", "id": "d", "documents": [ { "id": "doc", "published": "2020-01-13" } ] }""" },
        { "a malformed time value", """{ "schemaVersion": "1.0", "id": "d", "documents": [ { "id": "doc", "published": { "value": "13/01/2020" } } ] }""" },
        { "a month 13", """{ "schemaVersion": "1.0", "id": "d", "documents": [ { "id": "doc", "published": { "value": "2020-13" } } ] }""" },
        { "a duration that is not ISO-8601", """{ "schemaVersion": "1.0", "id": "d", "documents": [ { "id": "doc", "published": { "value": "2020", "duration": "8 hours" } } ] }""" },
        { "a quantity with a value and a range", """{ "schemaVersion": "1.0", "id": "d", "events": [ { "id": "e", "type": "fighting", "status": "occurred", "quantities": [ { "kind": "killed", "value": 12, "min": 10 } ] } ] }""" },
        { "a quantity with neither a value nor a range", """{ "schemaVersion": "1.0", "id": "d", "events": [ { "id": "e", "type": "fighting", "status": "occurred", "quantities": [ { "kind": "killed" } ] } ] }""" },
        { "a latitude beyond 90", """{ "schemaVersion": "1.0", "id": "d", "events": [ { "id": "e", "type": "meeting", "status": "occurred", "place": { "name": "X", "coordinates": { "latitude": 91, "longitude": 0 } } } ] }""" },
        { "an ftp URL", """{ "schemaVersion": "1.0", "id": "d", "documents": [ { "id": "doc", "url": "ftp://example.org/a" } ] }""" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void The_schema_and_the_reader_both_reject(string what, string json)
    {
        Evaluate(json).IsValid.Should().BeFalse($"the schema should reject {what}");
        var read = () => NewsEventsJson.Deserialize(json);
        read.Should().Throw<NewsEventsFormatException>($"the reader should reject {what}");
    }

    private static void AssertValidWhereTheReaderAccepts(string[] files)
    {
        foreach (var file in files)
        {
            var json = File.ReadAllText(file, Encoding.UTF8);
            try
            {
                NewsEventsJson.Deserialize(json);
            }
            catch (NewsEventsFormatException)
            {
                continue; // A hostile example: the reader's own tests cover it.
            }

            var result = Evaluate(json);
            result.IsValid.Should().BeTrue($"{Path.GetRelativePath(RepositoryFiles.Root, file)} is read by the reader, so the schema must accept it: {Describe(result)}");
        }
    }

    [Theory]
    [InlineData("gdelt:GoldsteinScale")]
    [InlineData("acled:time_precision")]
    [InlineData("my-tool2:v2.note")]
    [InlineData("GoldsteinScale")]
    [InlineData("Gdelt:x")]
    [InlineData("gdelt:")]
    [InlineData("gdelt:a b")]
    [InlineData("gdelt:a:b")]
    [InlineData("gd.elt:x")]
    [InlineData("gdelt:Москва")]
    public void The_schema_accepts_an_attribute_name_exactly_when_the_reader_does(string name)
    {
        Evaluate(WithAttributeNamed(System.Text.Json.JsonSerializer.Serialize(name))).IsValid.Should().Be(SourceAttribute.IsValidName(name), $"the schema and the model agree on '{name}'");
    }

    [Fact]
    public void The_schema_accepts_a_name_of_the_longest_length_and_no_longer()
    {
        var longest = "gdelt:" + new string('x', SourceAttribute.MaxNameLength - 6);
        Evaluate(WithAttributeNamed($"\"{longest}\"")).IsValid.Should().BeTrue();
        Evaluate(WithAttributeNamed($"\"{longest}x\"")).IsValid.Should().BeFalse();
    }

    private static string WithAttributeNamed(string jsonName) =>
        "{\"schemaVersion\": \"1.1\", \"id\": \"d\", \"documents\": [{\"id\": \"doc\", \"attributes\": {" + jsonName + ": 1}}]}";

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => !d.IsValid && d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}")));

    private static JsonObject Def(JsonNode reference) => Def(reference.GetValue<string>());

    private static JsonObject Def(string reference) => Defs[reference["#/$defs/".Length..]]!.AsObject();

    /// <summary>Records which members of which $defs object, and which enumeration values, an instance uses.</summary>
    private sealed class Coverage
    {
        private readonly Dictionary<string, HashSet<string>> _seen = [];

        public IEnumerable<string> Members(string def) => _seen.GetValueOrDefault(def) ?? [];

        public IEnumerable<string> Values(string def) => _seen.GetValueOrDefault(def) ?? [];

        public void Walk(string defName, JsonNode? instance)
        {
            var def = Defs[defName]!;
            if (def["$ref"] is { } target)
            {
                Walk(target.GetValue<string>()["#/$defs/".Length..], instance);
                return;
            }

            if (def["enum"] is not null && instance is JsonValue value)
            {
                Seen(defName).Add(value.GetValue<string>());
            }

            if (def["properties"] is JsonObject properties && instance is JsonObject obj)
            {
                foreach (var (name, child) in obj)
                {
                    Seen(defName).Add(name);
                    if (properties[name] is { } property)
                    {
                        WalkSubschema(property, child);
                    }
                }
            }

            if (def["items"] is { } items && instance is JsonArray array)
            {
                foreach (var item in array)
                {
                    WalkSubschema(items, item);
                }
            }
        }

        private void WalkSubschema(JsonNode subschema, JsonNode? instance)
        {
            if (subschema["$ref"] is { } target)
            {
                Walk(target.GetValue<string>()["#/$defs/".Length..], instance);
            }
            else if (subschema["items"] is { } items && instance is JsonArray array)
            {
                foreach (var item in array)
                {
                    WalkSubschema(items, item);
                }
            }
        }

        private HashSet<string> Seen(string def) => _seen.TryGetValue(def, out var set) ? set : _seen[def] = [];
    }
}
