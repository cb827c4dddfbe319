using System.Text.Json;

namespace NewsEvents.Json;

/// <summary>The source attributes of an item: an object whose names are data (namespaced, <c>gdelt:GoldsteinScale</c>) and whose values are JSON scalars.</summary>
internal static partial class FormatReader
{
    /// <summary>What a source attribute holds, for messages.</summary>
    internal const string AttributeValueRule = "must be a string, a number, true or false (a source attribute holds one JSON scalar)";

    /// <summary>
    /// Reads an item's source attributes. A number keeps its text as written. A name that breaks the
    /// rule of names, a repeated name and a value that is not a scalar are each reported at the
    /// attribute's path (<c>$.events[0].attributes['gdelt:X']</c>).
    /// </summary>
    public static SourceAttributes ReadAttributes<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            Mismatch(ref r, "a JSON object of source attributes (names and scalar values)");
            return default;
        }

        var first = default(ShortList<SourceAttribute>);
        Span<SourceAttribute> firstItems = first;
        SourceAttribute[]? more = null;
        var count = 0;
        var problems = r.Problems;

        // The checking pass remembers every name, so that a name repeated after a bad value is still reported.
        var names = T.Reports ? new HashSet<string>(StringComparer.Ordinal) : null;
        try
        {
            r.Next();
            while (r.TokenType == JsonTokenType.PropertyName)
            {
                var name = r.GetString();
                r.EnterName(name);
                r.Next();
                var value = AttributeValueOf(ref r);
                if (T.Reports && SourceAttribute.CheckName(name, "The name of a source attribute") is { } broken)
                {
                    r.Problem(broken, asIs: true);
                    value = null;
                }
                else if (names is not null && !names.Add(name))
                {
                    r.Problem("appears more than once: a source attribute has one value.");
                    value = null;
                }

                r.Leave();
                if (value is not null)
                {
                    // The fast pass leaves the name's rule to the model, which refuses the same names.
                    Collect(firstItems, ref more, ref count, new SourceAttribute(name, value));
                }

                r.Next();
            }

            return r.Problems != problems ? default : SourceAttributes.Create(Collected(firstItems, more, count));
        }
        finally
        {
            ReturnScratch(more, count);
        }
    }

    /// <summary>Reads an attribute's value: a string, a number as written, or a boolean; anything else is reported.</summary>
    public static AttributeValue? AttributeValueOf<T>(ref T r)
        where T : IFormatTokens, allows ref struct
    {
        switch (r.TokenType)
        {
            case JsonTokenType.String:
                return AttributeValue.FromText(r.GetString());
            case JsonTokenType.Number:
                return AttributeValue.FromNumber(System.Text.Encoding.ASCII.GetString(r.ValueSpan));
            case JsonTokenType.True:
                return AttributeValue.FromBoolean(true);
            case JsonTokenType.False:
                return AttributeValue.FromBoolean(false);
            default:
                r.Problem($"{AttributeValueRule}, not {JsonText.Describe(r.TokenType)}.");
                r.SkipValue();
                return null;
        }
    }
}
