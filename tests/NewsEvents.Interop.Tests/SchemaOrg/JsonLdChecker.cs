using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsEvents.Interop.Tests.SchemaOrg;

/// <summary>
/// Walks a JSON-LD graph and reports every break of schema.org's definitions (<see cref="SchemaOrgVocabulary"/>): a type
/// or property it does not define, a property on a type outside its domain, a value outside its range, a Date or
/// DateTime that is not ISO 8601, an <c>@id</c> given twice, a reference that names no node.
/// </summary>
internal static partial class JsonLdChecker
{

    // XML Schema's date and dateTime lexical forms, which schema.org's Date and DateTime follow.
    [GeneratedRegex(@"^-?\d{4,}-\d\d-\d\d$")]
    private static partial Regex Date();

    [GeneratedRegex(@"^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")]
    private static partial Regex DateTime();

    // An absolute IRI (RFC 3987), as JSON-LD takes: a scheme, then only unreserved, reserved and percent-encoded
    // ASCII characters or characters beyond ASCII's controls.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:([A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2}|[^\x00-\x9F])*$")]
    private static partial Regex AbsoluteIri();

    public static List<string> Problems(JsonElement root)
    {
        var problems = new List<string>();
        var context = root.GetProperty("@context");
        if (context.GetProperty("@vocab").GetString() != "https://schema.org/")
        {
            problems.Add("@context: the vocabulary is not schema.org");
        }

        var nodes = new Dictionary<string, string[]>();
        var graph = root.GetProperty("@graph");
        foreach (var node in graph.EnumerateArray())
        {
            var id = node.GetProperty("@id").GetString()!;
            if (!AbsoluteIri().IsMatch(id))
            {
                problems.Add($"{id}: not an absolute IRI");
            }

            if (!nodes.TryAdd(id, TypesOf(node)))
            {
                problems.Add($"{id}: @id given twice");
            }
        }

        foreach (var node in graph.EnumerateArray())
        {
            CheckNode(node, node.GetProperty("@id").GetString()!, null, nodes, problems);
        }

        return problems;
    }

    private static void CheckNode(JsonElement node, string path, string? roleOf, Dictionary<string, string[]> nodes, List<string> problems)
    {
        var types = TypesOf(node);
        foreach (var unknown in types.Where(t => !SchemaOrgVocabulary.Parents.ContainsKey(t)))
        {
            problems.Add($"{path}: schema.org has no type {unknown}");
        }

        if (types.Any(t => !SchemaOrgVocabulary.Parents.ContainsKey(t)))
        {
            return;
        }

        var type = string.Join(" and ", types);

        foreach (var property in node.EnumerateObject().Where(p => !p.Name.StartsWith('@')))
        {
            var where = $"{path}.{property.Name}";
            if (!SchemaOrgVocabulary.Properties.TryGetValue(property.Name, out var definition))
            {
                problems.Add($"{where}: schema.org has no property {property.Name}");
                continue;
            }

            // A Role stands between a node and the value of one of its properties, and repeats that property.
            var roleProperty = types.Any(t => SchemaOrgVocabulary.IsA(t, "Role")) && property.Name == roleOf;
            if (!roleProperty && !definition.Domain.Any(d => types.Any(t => SchemaOrgVocabulary.IsA(t, d))))
            {
                problems.Add($"{where}: {property.Name} is not used on {type}");
            }

            var values = property.Value.ValueKind == JsonValueKind.Array ? [.. property.Value.EnumerateArray()] : new[] { property.Value };
            foreach (var value in values)
            {
                CheckValue(value, where, property.Name, definition.Range, nodes, problems);
            }
        }
    }

    private static void CheckValue(JsonElement value, string where, string property, string[] range, Dictionary<string, string[]> nodes, List<string> problems)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                var fits = range.Contains(SchemaOrgVocabulary.Text)
                    || (range.Contains(SchemaOrgVocabulary.Url) && AbsoluteIri().IsMatch(text))
                    || (range.Contains(SchemaOrgVocabulary.Date) && Date().IsMatch(text))
                    || (range.Contains(SchemaOrgVocabulary.DateTime) && DateTime().IsMatch(text));
                if (!fits)
                {
                    problems.Add($"{where}: '{text}' is not a {string.Join(" or ", range)}");
                }

                break;
            case JsonValueKind.Number:
                if (!range.Contains(SchemaOrgVocabulary.Number))
                {
                    problems.Add($"{where}: a number is not a {string.Join(" or ", range)}");
                }

                break;
            case JsonValueKind.Object when value.TryGetProperty("@type", out _):
                var types = TypesOf(value);
                if (types.Any(t => SchemaOrgVocabulary.IsA(t, "Role")))
                {
                    if (!value.TryGetProperty(property, out _))
                    {
                        problems.Add($"{where}: the Role does not repeat {property}");
                    }
                }
                else if (!Fits(types, range))
                {
                    problems.Add($"{where}: a {string.Join(" and ", types)} is not a {string.Join(" or ", range)}");
                }

                CheckNode(value, where, property, nodes, problems);
                break;
            case JsonValueKind.Object when value.TryGetProperty("@id", out var reference) && value.EnumerateObject().Count() == 1:
                var id = reference.GetString()!;
                var target = SchemaOrgVocabulary.Members.TryGetValue(id, out var member) ? [member] : nodes.GetValueOrDefault(id);
                if (target is null)
                {
                    problems.Add($"{where}: {id} names no node");
                }
                else if (!Fits(target, range))
                {
                    problems.Add($"{where}: {id} is a {string.Join(" and ", target)}, not a {string.Join(" or ", range)}");
                }

                break;
            default:
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: a {value.ValueKind} value is neither a literal, a node nor a reference"));
                break;
        }
    }

    // A node of several types (schema.org's multi-typed entities) fits a range that any of its types fits.
    private static bool Fits(string[] types, string[] range) => range.Any(r => types.Any(t => SchemaOrgVocabulary.IsA(t, r)));

    private static string[] TypesOf(JsonElement node)
    {
        var type = node.GetProperty("@type");
        return type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!];
    }
}
