using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NewsEvents.Validation;

namespace NewsEvents.Json;

/// <summary>
/// For a dataset of a newer minor version: removes the properties this reader's model does not
/// know, reporting each one, so that the strict reader can read the rest. It walks the JSON beside
/// the generated contract, so it knows exactly what the model holds.
/// </summary>
internal static class NewerVersionPruner
{
    /// <summary>The members of the types that hand-written converters read, which the generated contract cannot list.</summary>
    private static readonly Dictionary<Type, string[]> ConverterMembers = new()
    {
        [typeof(Evidence)] = EvidenceJsonConverter.Names,
        [typeof(ExternalCode)] = ExternalCodeJsonConverter.Names,
        [typeof(GeoPoint)] = GeoPointJsonConverter.Names,
        [typeof(Quantity)] = QuantityJsonConverter.Names,
        [typeof(TimeValue)] = ["value", "zone", "expression", "anchor", "approximate", "duration"],
    };

    public static void Prune(JsonNode? node, JsonTypeInfo typeInfo, string path, Action<Violation>? warning)
    {
        switch (node)
        {
            case JsonObject obj when typeInfo.Kind == JsonTypeInfoKind.Object:
                var known = typeInfo.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
                foreach (var (name, child) in obj.ToArray())
                {
                    var childPath = $"{path}.{name}";
                    if (known.TryGetValue(name, out var property))
                    {
                        Prune(child, typeInfo.Options.GetTypeInfo(property.PropertyType), childPath, warning);
                    }
                    else
                    {
                        obj.Remove(name);
                        warning?.Invoke(new Violation(childPath, ViolationKind.UnknownProperty, $"The property '{name}' is not known to this reader ({SchemaVersion.Current}) and was ignored."));
                    }
                }

                break;
            case JsonArray array when typeInfo.Kind == JsonTypeInfoKind.Enumerable && typeInfo.ElementType is { } elementType:
                var elementInfo = typeInfo.Options.GetTypeInfo(elementType);
                for (var i = 0; i < array.Count; i++)
                {
                    Prune(array[i], elementInfo, $"{path}[{i}]", warning);
                }

                break;
            case JsonObject obj when ConverterMembers.TryGetValue(typeInfo.Type, out var members):
                foreach (var (name, _) in obj.ToArray())
                {
                    if (Array.IndexOf(members, name) < 0)
                    {
                        obj.Remove(name);
                        warning?.Invoke(new Violation($"{path}.{name}", ViolationKind.UnknownProperty, $"The property '{name}' is not known to this reader ({SchemaVersion.Current}) and was ignored."));
                    }
                }

                break;
            case JsonObject when Nullable.GetUnderlyingType(typeInfo.Type) is { } underlying:
                Prune(node, typeInfo.Options.GetTypeInfo(underlying), path, warning);
                break;
        }
    }
}
