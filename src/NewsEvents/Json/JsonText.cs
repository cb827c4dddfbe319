using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>Small reading helpers shared by the hand-written converters.</summary>
internal static class JsonText
{
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>Reads a string token, rejecting anything else.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"{what} must be a string, not {Describe(reader.TokenType)}.");
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException($"{what} must be well-formed Unicode text: it holds a lone surrogate or invalid UTF-8.", e);
        }
    }

    /// <summary>Moves to the next token; converters are handed complete values, so running out is a bug or truncation.</summary>
    public static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ended in the middle of a value.");
        }
    }

    /// <summary>Reads the property name at the reader and checks it was not seen before in this object.</summary>
    public static string PropertyName(ref Utf8JsonReader reader, HashSet<string> seen)
    {
        var name = reader.GetString()!;
        if (!seen.Add(name))
        {
            throw new JsonException($"Duplicate property '{name}'.");
        }

        Next(ref reader);
        return name;
    }

    public static void ExpectStartObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"{what} must be a JSON object, not {Describe(reader.TokenType)}.");
        }
    }

    public static JsonException Unknown(string property, string what) =>
        new($"The property '{property}' is not part of {what}.");

    public static JsonException Missing(string property, string what) =>
        new($"{what} is missing its required property '{property}'.");

    public static JsonException Rule(ArgumentException rule) => new(rule.Message.Split(" (Parameter")[0], rule);
}
