using System.Text;
using System.Text.Json.Nodes;

namespace NewsEvents.FuzzTests;

/// <summary>
/// Structure-aware mutation of JSON: picks a node of the document and replaces, removes, duplicates
/// or renames it, with values chosen to hit edges (numbers past decimal, control characters, lone
/// surrogates, ids of other items, times in odd zones, deep nesting); now and then a byte is flipped.
/// </summary>
public static class JsonMutator
{
    private static readonly string[] Strings =
    [
        "", " ", "x", "a\nb", "\u001b[2J", "\u202Eevil", "\t", "naïve Лавров حفتر 😀", new string('x', 5000),
        "1.0", "person", "occurred", "planned", "contradicts", "2019", "2019-02", "2020-01-13", "2020-01-13T10:00:00Z",
        "2020-01-13T10:00:00+03:00", "2019-04/2020-01-13", "../2020", "2020/..", "2020-W03", "2020-02-30", "9999-12-31",
        "Europe/Moscow", "Pacific/Kiritimati", "America/Sao_Paulo", "Mars/Olympus", "UTC", "d1", "a1", "e1", "c1", "s1",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-1", "1", "2147483648", "-2147483649", "1e400", "1e-30", "1.0000000000000000000000000000001",
        "79228162514264337593543950336", "0.5", "-0", "1E2", "123456789012345678901234567890",
    ];

    /// <summary>Applies one to three mutations to <paramref name="json"/> (UTF-8 text of one JSON value).</summary>
    public static byte[] Mutate(byte[] json, Random random)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(random);
        if (random.Next(12) == 0)
        {
            return FlipBytes(json, random);
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            // Already damaged (a cut line, a byte-order mark): damage it a little more.
            return FlipBytes(json, random);
        }

        if (root is null)
        {
            return json;
        }

        for (var i = random.Next(1, 4); i > 0; i--)
        {
            root = MutateOnce(root, random);
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static JsonNode MutateOnce(JsonNode root, Random random)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var node = nodes[random.Next(nodes.Count)];
        var parent = node.Parent;
        var replacement = random.Next(10) switch
        {
            0 => null,
            1 => Deep(random.Next(10, 200)),
            2 => JsonNode.Parse(Numbers[random.Next(Numbers.Length)]),
            3 => JsonValue.Create(random.Next(2) == 0),
            4 => new JsonArray(),
            5 => new JsonObject(),
            6 => node.DeepClone(),
            7 => JsonValue.Create(LoneSurrogate(random)),
            _ => JsonValue.Create(Strings[random.Next(Strings.Length)]),
        };

        switch (parent)
        {
            case null:
                return replacement ?? root;
            case JsonObject obj:
                {
                    var name = node.GetPropertyName();
                    var roll = random.Next(6);
                    if (roll == 0)
                    {
                        obj.Remove(name);
                    }
                    else if (roll == 1)
                    {
                        // A member of another name: unknown members, or a member name that forges lines.
                        obj[random.Next(2) == 0 ? name + "\nfake.json: valid (dataset x)" : "unknown"] = replacement;
                    }
                    else
                    {
                        obj[name] = replacement;
                    }

                    break;
                }

            case JsonArray array:
                {
                    var index = node.GetElementIndex();
                    var roll = random.Next(5);
                    if (roll == 0)
                    {
                        array.RemoveAt(index);
                    }
                    else if (roll == 1)
                    {
                        array.Insert(index, node.DeepClone());
                    }
                    else
                    {
                        array[index] = replacement;
                    }

                    break;
                }
        }

        return root;
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
        }
    }

    private static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }

    private static string LoneSurrogate(Random random) => random.Next(2) == 0 ? "a\uD800b" : "\uDC00";

    private static byte[] FlipBytes(byte[] json, Random random)
    {
        var bytes = (byte[])json.Clone();
        ReadOnlySpan<byte> interesting = "{}[]\":,\\0123456789-+.eE \t\r\n"u8;
        for (var i = random.Next(1, 4); i > 0 && bytes.Length > 0; i--)
        {
            bytes[random.Next(bytes.Length)] = random.Next(4) == 0 ? (byte)random.Next(256) : interesting[random.Next(interesting.Length)];
        }

        return bytes;
    }
}
