using System.Globalization;
using System.Text.Json;

namespace NewsEvents.Interop.SchemaOrg;

/// <summary>
/// A JSON-LD node object being read, with its JSON path, and the faults tolerated while reading it and the nodes
/// inside it (<see cref="ClaimReviewTolerance"/>). Every way a value can fail to fit is thrown from here, with its path.
/// </summary>
internal sealed class JsonLdNode
{
    private static readonly string[] SchemaOrgPrefixes = ["https://schema.org/", "http://schema.org/", "schema:"];
    private static readonly string[] SchemaOrgContexts = ["https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"];

    private readonly JsonElement _element;
    private readonly string _file;

    private JsonLdNode(JsonElement element, string path, string file, List<ToleratedFault> tolerated)
    {
        _element = element;
        Path = path;
        _file = file;
        Tolerated = tolerated;
    }

    public string Path { get; }

    /// <summary>The faults tolerated in this node's tree, kept only if the tree is read whole.</summary>
    public List<ToleratedFault> Tolerated { get; }

    /// <summary>The nodes of a file: the root object, the elements of a root array or of the root's <c>@graph</c>.</summary>
    public static IEnumerable<JsonLdNode> TopLevel(JsonElement root, string file)
    {
        switch (root.ValueKind)
        {
            case JsonValueKind.Object when root.TryGetProperty("@graph", out var graph):
                var context = Context(root, "$");
                if (graph.ValueKind != JsonValueKind.Array)
                {
                    throw new JsonLdException("$.@graph", $"a graph is an array of nodes, not {Describe(graph)}");
                }

                return [.. graph.EnumerateArray().Select((n, i) => Top(n, $"$.@graph[{i}]", file, context))];
            case JsonValueKind.Object:
                return [Top(root, "$", file, null)];
            case JsonValueKind.Array:
                return [.. root.EnumerateArray().Select((n, i) => Top(n, $"$[{i}]", file, null))];
            default:
                throw new JsonLdException("$", $"JSON-LD is an object or an array, not {Describe(root)}");
        }
    }

    /// <summary>Whether the node is of the schema.org type <paramref name="type"/>; <paramref name="types"/> are all its types.</summary>
    public bool Is(string type, out string[] types)
    {
        types = Types();
        return types.Contains(type);
    }

    /// <summary>The node's schema.org types, local names; none when it has no type.</summary>
    public string[] Types()
    {
        var member = "@type";
        if (!_element.TryGetProperty(member, out var type))
        {
            member = "type";
            if (!_element.TryGetProperty(member, out type))
            {
                return [];
            }

            Tolerate(member, ClaimReviewTolerance.TypeWithoutAt);
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            Tolerate(member, ClaimReviewTolerance.TypeArray);
            return [.. type.EnumerateArray().Select((t, i) => LocalName(String(t, PathOf(member, i))))];
        }

        return [LocalName(String(type, PathOf(member)))];
    }

    /// <summary>A text member; null when absent, null or blank (blank is a tolerated fault).</summary>
    public string? Text(string member)
    {
        if (!_element.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = String(value, PathOf(member));
        if (string.IsNullOrWhiteSpace(text))
        {
            Tolerate(member, ClaimReviewTolerance.BlankText);
            return null;
        }

        return text;
    }

    /// <summary>A member holding one text or an array of texts (<c>sameAs</c>, <c>alternateName</c>).</summary>
    public IEnumerable<string> Texts(string member)
    {
        if (!_element.TryGetProperty(member, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return Text(member) is { } one ? [one] : [];
        }

        return [.. value.EnumerateArray().Select((item, i) => String(item, PathOf(member, i)) is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw new JsonLdException(PathOf(member, i), "expected a text, not a blank one"))];
    }

    /// <summary>A number member, or a string holding one (a tolerated fault); null when absent.</summary>
    public decimal? Number(string member)
    {
        if (!_element.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetDecimal(out var number) ? number : throw new JsonLdException(PathOf(member), $"{value.GetRawText()} is beyond the numbers a rating can hold");
        }

        if (value.ValueKind == JsonValueKind.String
            && decimal.TryParse(String(value, PathOf(member)), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            Tolerate(member, ClaimReviewTolerance.NumberAsString);
            return parsed;
        }

        throw new JsonLdException(PathOf(member), $"expected a number, not {Describe(value)}");
    }

    /// <summary>A scalar member as the source wrote it (a string as a string, a number with its text); null when absent or not a scalar.</summary>
    public AttributeValue? Raw(string member) =>
        !_element.TryGetProperty(member, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => AttributeValue.FromText(String(value, PathOf(member))),
            JsonValueKind.Number => AttributeValue.FromNumber(value.GetRawText()),
            JsonValueKind.True or JsonValueKind.False => AttributeValue.FromBoolean(value.GetBoolean()),
            _ => null,
        };

    /// <summary>A member holding one node; null when absent.</summary>
    public JsonLdNode? Node(string member)
    {
        var nodes = Nodes(member);
        return nodes.Count switch
        {
            0 => null,
            1 => nodes[0],
            _ => throw new JsonLdException(PathOf(member), $"expected one node, not {nodes.Count.ToString(CultureInfo.InvariantCulture)}"),
        };
    }

    /// <summary>A member holding a node or an array of nodes.</summary>
    public IReadOnlyList<JsonLdNode> Nodes(string member)
    {
        if (!_element.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return [new JsonLdNode(value, PathOf(member), _file, Tolerated)];
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return [.. value.EnumerateArray().Select((item, i) => item.ValueKind == JsonValueKind.Object
                ? new JsonLdNode(item, PathOf(member, i), _file, Tolerated)
                : throw new JsonLdException(PathOf(member, i), $"expected a node (an object), not {Describe(item)}"))];
        }

        throw new JsonLdException(PathOf(member), $"expected a node (an object), not {Describe(value)}");
    }

    /// <summary>Throws the problem of a member of this node.</summary>
    public JsonLdException Fail(string member, string reason) => new(PathOf(member), reason);

    /// <summary>Records a fault of a member of this node that is read anyway.</summary>
    public void Tolerate(string member, ClaimReviewTolerance kind) => Tolerated.Add(new ToleratedFault(_file, PathOf(member), kind));

    private static JsonLdNode Top(JsonElement element, string path, string file, bool? inheritedContext)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonLdException(path, $"a JSON-LD node is an object, not {Describe(element)}");
        }

        var node = new JsonLdNode(element, path, file, []);
        if (!(Context(element, path) ?? inheritedContext ?? false))
        {
            node.Tolerate("@context", ClaimReviewTolerance.MissingContext);
        }

        return node;
    }

    // True when the element has schema.org's context, null when it has none; any other context is refused.
    private static bool? Context(JsonElement element, string path)
    {
        if (!element.TryGetProperty("@context", out var context))
        {
            return null;
        }

        var items = context.ValueKind == JsonValueKind.Array ? [.. context.EnumerateArray()] : new[] { context };
        var schemaOrg = items.Any(c =>
            (c.ValueKind == JsonValueKind.String && SchemaOrgContexts.Any(c.ValueEquals))
            || (c.ValueKind == JsonValueKind.Object && c.TryGetProperty("@vocab", out var vocab) && vocab.ValueKind == JsonValueKind.String
                && SchemaOrgContexts.Any(vocab.ValueEquals)));
        return schemaOrg ? true : throw new JsonLdException($"{path}.@context", $"not schema.org's context: {context.GetRawText()}");
    }

    // The one place strings are taken out of the JSON: a string that is not well-formed Unicode is refused, not
    // turned into U+FFFD.
    private static string String(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new JsonLdException(path, $"expected a text, not {Describe(value)}");
        }

        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonLdException(path, "the text holds a lone surrogate: it is not well-formed Unicode");
        }
    }

    private static string LocalName(string type)
    {
        foreach (var prefix in SchemaOrgPrefixes)
        {
            if (type.StartsWith(prefix, StringComparison.Ordinal))
            {
                return type[prefix.Length..];
            }
        }

        return type;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private string PathOf(string member) => $"{Path}.{member}";

    private string PathOf(string member, int index) => string.Create(CultureInfo.InvariantCulture, $"{Path}.{member}[{index}]");
}
