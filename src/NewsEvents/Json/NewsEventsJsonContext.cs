using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsEvents.Json;

/// <summary>
/// The source-generated serializer context of the NewsEvents format: trim- and AOT-safe, with no
/// reflection fallback. Its settings make reading strict: unknown, duplicate or missing required
/// properties, nulls the model forbids, and nesting deeper than 64 are rejected.
/// </summary>
/// <remarks>
/// Use <see cref="NewsEventsJson"/> rather than this context directly: it adds the canonical
/// writer settings, wraps errors in <see cref="NewsEventsFormatException"/> and validates.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    PreferredObjectCreationHandling = JsonObjectCreationHandling.Replace,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = 64,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(Dataset))]
[JsonSerializable(typeof(AttributeValue))]
internal sealed partial class NewsEventsJsonContext : JsonSerializerContext;
