using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsEvents.Json;

/// <summary>Base of the converters for strings with a format rule: they fail with the rule, and JSON adds the path.</summary>
internal abstract class RuleTextJsonConverter : JsonConverter<string>
{
    protected abstract string? Check(string value);

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, "This value");
        var broken = Check(text);
        return broken is null ? text : throw new JsonException(broken);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Non-blank text.</summary>
internal sealed class TextJsonConverter : RuleTextJsonConverter
{
    protected override string? Check(string value) => TextRules.CheckText(value, "This text");
}

/// <summary>An ISO 3166-1 alpha-2 country code.</summary>
internal sealed class CountryJsonConverter : RuleTextJsonConverter
{
    protected override string? Check(string value) => TextRules.CheckCountry(value, "A country");
}

/// <summary>A BCP 47 language tag.</summary>
internal sealed class LanguageJsonConverter : RuleTextJsonConverter
{
    protected override string? Check(string value) => TextRules.CheckLanguage(value, "A language");
}

/// <summary>An absolute http(s) URL.</summary>
internal sealed class UrlJsonConverter : RuleTextJsonConverter
{
    protected override string? Check(string value) => TextRules.CheckUrl(value, "A URL");
}

/// <summary>An array of non-blank strings, with no nulls.</summary>
internal sealed class TextListJsonConverter : JsonConverter<ImmutableArray<string>>
{
    public override ImmutableArray<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"This list must be a JSON array of strings, not {JsonText.Describe(reader.TokenType)}.");
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        while (true)
        {
            JsonText.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return builder.DrainToImmutable();
            }

            var text = JsonText.ReadString(ref reader, "A list item");
            var broken = TextRules.CheckText(text, "A list item");
            builder.Add(broken is null ? text : throw new JsonException(broken));
        }
    }

    public override void Write(Utf8JsonWriter writer, ImmutableArray<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value.IsDefault ? [] : value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
