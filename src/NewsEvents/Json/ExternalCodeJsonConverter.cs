using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsEvents.Json;

/// <summary>Reads and writes <see cref="ExternalCode"/> as <c>{"scheme": "cameo", "value": "046"}</c>.</summary>
internal sealed class ExternalCodeJsonConverter : JsonConverter<ExternalCode>
{
    internal static readonly string[] Names = ["scheme", "value"];

    // Encoded once: a name given as a string is transcoded and checked for escaping on every write.
    private static readonly JsonEncodedText[] EncodedNames = Array.ConvertAll(Names, name => JsonEncodedText.Encode(name));
    private static readonly StrictEnumJsonConverter<CodeScheme> SchemeConverter = new();

    public override ExternalCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var properties = new SmallObjectReader(ref reader, "a code", EncodedNames);
        CodeScheme scheme = default;
        string? value = null;
        int index;
        while ((index = properties.Next(ref reader)) >= 0)
        {
            if (index == 0)
            {
                scheme = SchemeConverter.Read(ref reader, typeof(CodeScheme), options);
            }
            else
            {
                value = JsonText.ReadString(ref reader, "A code's value");
            }
        }

        properties.Require(0);
        properties.Require(1);
        var broken = ExternalCode.Check(scheme, value);
        return broken is null ? new ExternalCode(scheme, value!) : throw new JsonException(broken);
    }

    public override void Write(Utf8JsonWriter writer, ExternalCode value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(EncodedNames[0]);
        SchemeConverter.Write(writer, value.Scheme, options);
        writer.WriteString(EncodedNames[1], value.Value);
        writer.WriteEndObject();
    }
}
