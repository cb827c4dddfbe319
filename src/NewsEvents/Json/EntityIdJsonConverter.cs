using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsEvents.Json;

/// <summary>Reads and writes a strongly typed identifier as a JSON string.</summary>
/// <typeparam name="TId">The identifier type.</typeparam>
internal sealed class EntityIdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, IEntityId<TId>
{
    /// <inheritdoc />
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"An identifier must be a JSON string, not {JsonText.Describe(reader.TokenType)}.");
        }

        var text = JsonText.GetString(ref reader);
        var broken = EntityIdRules.Check(text, "identifier");
        return broken is null ? TId.Create(text!) : throw new JsonException(broken);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        if (value.Value is null)
        {
            Guard.Json(DefaultRule());
        }

        writer.WriteStringValue(value.Value);
    }

    /// <summary>Why a default identifier cannot be written: the one wording of every writer.</summary>
    internal static string DefaultRule() => $"A default {typeof(TId).Name} has no value and cannot be written.";

    /// <inheritdoc />
    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WritePropertyName(value.Value);
}
