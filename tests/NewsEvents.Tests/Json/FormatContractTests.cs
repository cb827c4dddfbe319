using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using NewsEvents.Json;
using NewsEvents.Schema;
using NewsEvents.Tests.Docs;
using NewsEvents.Tests.TestSupport;

namespace NewsEvents.Tests.Json;

/// <summary>
/// The member table (<see cref="FormatTable"/>) is the one statement of the format's members: the
/// model, the writer's output, the reader, the JSON Schema and docs/format.md each agree with it.
/// Adding a member to one and not the others fails here.
/// </summary>
public partial class FormatContractTests
{
    /// <summary>The model type of each object of the format.</summary>
    private static readonly Dictionary<string, Type> ModelTypes = new()
    {
        ["dataset"] = typeof(Dataset),
        ["metadata"] = typeof(DatasetMetadata),
        ["codebook"] = typeof(Codebook),
        ["document"] = typeof(Document),
        ["actor"] = typeof(Actor),
        ["event"] = typeof(Event),
        ["participant"] = typeof(Participant),
        ["eventLink"] = typeof(EventLink),
        ["statement"] = typeof(Statement),
        ["claim"] = typeof(Claim),
        ["claimSubjects"] = typeof(ClaimSubjects),
        ["claimLink"] = typeof(ClaimLink),
        ["relation"] = typeof(Relation),
        ["evidence"] = typeof(Evidence),
        ["place"] = typeof(Place),
        ["geoPoint"] = typeof(GeoPoint),
        ["quantity"] = typeof(Quantity),
        ["externalCode"] = typeof(ExternalCode),
        ["timeValue"] = typeof(TimeValue),
    };

    private static readonly JsonObject Defs = JsonNode.Parse(RepositoryFiles.ReadText("docs", "schema", NewsEventsSchema.FileName))!["$defs"]!.AsObject();

    public static TheoryData<string> Objects => [.. FormatTable.All.Select(f => f.Name)];

    private static ObjectFormat Format(string name) => FormatTable.All.Single(f => f.Name == name);

    [Fact]
    public void Every_object_of_the_model_is_in_the_table_once()
    {
        FormatTable.All.Select(f => f.Name).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(ModelTypes.Keys);
    }

    [Theory]
    [MemberData(nameof(Objects))]
    public void The_schema_lists_the_tables_members_in_order_with_the_same_required_and_kinds(string name)
    {
        var format = Format(name);
        var def = Defs[name]!.AsObject();
        var properties = def["properties"]!.AsObject();

        properties.Select(p => p.Key).Should().Equal(format.Members.Select(m => m.Name), $"the members of $defs/{name}, in canonical order");
        (def["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []).Should().BeEquivalentTo(format.Members.Where(m => m.Required).Select(m => m.Name), $"the required members of $defs/{name}");
        foreach (var member in format.Members)
        {
            var (type, of) = Resolve(properties[member.Name]!.AsObject());
            type.Should().Be(SchemaType(member.Kind), $"{name}.{member.Name} holds {member.Kind}");
            if (member.Of is not null)
            {
                of.Should().Be(member.Of, $"{name}.{member.Name} holds {member.Of}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Objects))]
    public void The_docs_list_the_tables_members_in_order_with_the_same_required(string name)
    {
        var format = Format(name);
        var docs = RepositoryFiles.ReadText("docs", "format.md");
        var section = docs[(docs.IndexOf($"\n### {name}\n", StringComparison.Ordinal) + 1)..];
        section = section[..Math.Max(section.IndexOf("\n#", 1, StringComparison.Ordinal), 0)];
        var rows = MemberRow().Matches(section).Select(m => (Name: m.Groups["name"].Value, Required: m.Groups["required"].Value == "yes")).ToArray();

        rows.Select(r => r.Name).Should().Equal(format.Members.Select(m => m.Name), $"the table of ### {name} in docs/format.md");
        rows.Select(r => r.Required).Should().Equal(format.Members.Select(m => m.Required), $"the Required column of ### {name}");
    }

    [Theory]
    [MemberData(nameof(Objects))]
    public void Every_member_is_a_property_of_the_model(string name)
    {
        var type = ModelTypes[name];
        foreach (var member in Format(name).Members.Where(m => !(name == "timeValue" && m.Name == "value")))
        {
            var pascal = char.ToUpperInvariant(member.Name[0]) + member.Name[1..];
            (type.GetProperty(pascal, BindingFlags.Public | BindingFlags.Instance) ?? type.GetProperty("Is" + pascal, BindingFlags.Public | BindingFlags.Instance))
                .Should().NotBeNull($"{type.Name} holds {name}.{member.Name}");
        }
    }

    [Theory]
    [MemberData(nameof(Objects))]
    public void The_serializer_options_agree_with_the_table(string name)
    {
        var info = NewsEventsJson.Options.GetTypeInfo(ModelTypes[name]);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return; // A small object: its converter adapts the format's own reader and writer.
        }

        var format = Format(name);
        info.Properties.Select(p => p.Name).Should().Equal(format.Members.Select(m => m.Name));
        info.Properties.Select(p => p.IsRequired).Should().Equal(format.Members.Select(m => m.Required));
    }

    [Fact]
    public void The_writer_writes_every_member_of_the_table_in_its_order()
    {
        var dataset = NewsEventsJson.Deserialize(Golden.Bytes("rich.json"));
        var written = JsonNode.Parse(NewsEventsJson.SerializeToUtf8Bytes(dataset))!;
        var seen = new HashSet<(string, string)>();

        Walk(written, FormatTable.Dataset, "$", seen, (node, format, path) =>
        {
            var names = node.AsObject().Select(p => p.Key).ToArray();
            var indexes = names.Select(n => format.IndexOf(n)).ToArray();
            indexes.Should().NotContain(-1, $"{path} holds only members of the table");
            indexes.Should().BeInAscendingOrder($"{path} is written in the table's order");
            format.Members.Where(m => m.Required).Select(m => m.Name).Except(names).Should().BeEmpty($"{path} holds every required member");
        });

        var all = FormatTable.All.SelectMany(f => f.Members.Select(m => (f.Name, m.Name)));
        seen.Should().BeEquivalentTo(all, "the rich file, as written, holds every member of every object of the table");
    }

    [Fact]
    public void The_reader_requires_what_the_table_requires_and_nothing_else()
    {
        var rich = RepositoryFiles.ReadText("tests", "NewsEvents.Tests", "Golden", "rich.json");
        var required = new List<(string Path, string Member)>();
        var optional = new List<(string Path, string Member)>();
        Walk(JsonNode.Parse(rich)!, FormatTable.Dataset, "$", [], (node, format, path) =>
        {
            foreach (var member in format.Members.Where(m => node.AsObject().ContainsKey(m.Name)))
            {
                (member.Required ? required : optional).Add((path, member.Name));
            }
        });
        var options = new NewsEventsReaderOptions { Validate = false };

        foreach (var (path, member) in required.DistinctBy(r => Regex.Replace(r.Path, @"\[\d+\]", "[]") + "." + r.Member))
        {
            var thrown = Reject.Json(Without(rich, path, member), options);
            thrown.Violations.Should().ContainSingle().Which.Path.Should().Be(path, $"{member} is required");
            thrown.Violations[0].Message.Should().EndWith($"needs its member '{member}'.");
        }

        foreach (var (path, member) in optional.DistinctBy(r => Regex.Replace(r.Path, @"\[\d+\]", "[]") + "." + r.Member))
        {
            // Another rule may still need it (a quantity needs a value or a range), but the reader does not require it.
            var problems = Problems(() => NewsEventsJson.Deserialize(Without(rich, path, member), options));
            problems.Should().NotContain(p => p.EndsWith($"needs its member '{member}'.", StringComparison.Ordinal), $"{path}.{member} is optional");
        }
    }

    private static string[] Problems(Func<Dataset> read)
    {
        try
        {
            read();
            return [];
        }
        catch (NewsEventsFormatException e)
        {
            return [.. e.Violations.Select(v => v.Message)];
        }
    }

    /// <summary>Visits every object of the format in <paramref name="node"/>, following the table's links from object to object.</summary>
    private static void Walk(JsonNode node, ObjectFormat format, string path, HashSet<(string, string)> seen, Action<JsonNode, ObjectFormat, string> visit)
    {
        visit(node, format, path);
        foreach (var (name, value) in node.AsObject())
        {
            var member = format.Members.SingleOrDefault(m => m.Name == name);
            if (member is null || value is null)
            {
                continue;
            }

            seen.Add((format.Name, name));
            if (member.Of is not { } of)
            {
                continue;
            }

            var inner = FormatTable.All.Single(f => f.Name == of);
            if (member.Kind == ValueKind.Object)
            {
                Walk(value, inner, $"{path}.{name}", seen, visit);
            }
            else
            {
                var items = value.AsArray();
                for (var i = 0; i < items.Count; i++)
                {
                    Walk(items[i]!, inner, $"{path}.{name}[{i}]", seen, visit);
                }
            }
        }
    }

    private static string Without(string json, string path, string member)
    {
        var root = JsonNode.Parse(json)!;
        var node = root;
        foreach (Match step in PathStep().Matches(path))
        {
            node = step.Groups["index"].Success ? node![int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)] : node![step.Groups["name"].Value];
        }

        node!.AsObject().Remove(member).Should().BeTrue();
        return root.ToJsonString();
    }

    private static string SchemaType(ValueKind kind) => kind switch
    {
        ValueKind.String => "string",
        ValueKind.Number => "number",
        ValueKind.Integer => "integer",
        ValueKind.Boolean => "boolean",
        ValueKind.Object => "object",
        _ => "array",
    };

    /// <summary>A property's JSON type and, for an object or a list of objects, the object's name, following $ref.</summary>
    private static (string? Type, string? Of) Resolve(JsonObject schema)
    {
        if (schema["$ref"] is { } reference)
        {
            var name = reference.GetValue<string>()["#/$defs/".Length..];
            var (type, of) = Resolve(Defs[name]!.AsObject());
            return (type, type == "object" ? name : of);
        }

        var declared = schema["type"]?.GetValue<string>();
        if (declared == "array" && schema["items"] is JsonObject items)
        {
            return ("array", Resolve(items).Of);
        }

        return (declared ?? (schema["properties"] is null ? null : "object"), null);
    }

    [GeneratedRegex(@"^\| `(?<name>[A-Za-z]+)` \| [^|]+ \| (?<required>yes|no) \|", RegexOptions.Multiline)]
    private static partial Regex MemberRow();

    [GeneratedRegex(@"\.(?<name>[A-Za-z]+)|\[(?<index>\d+)\]")]
    private static partial Regex PathStep();
}
