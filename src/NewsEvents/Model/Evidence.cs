using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// A span of a document that an item was taken from: the W3C Web Annotation
/// TextPositionSelector (<see cref="Start"/>, <see cref="End"/>) and TextQuoteSelector
/// (<see cref="Quote"/>) pair.
/// </summary>
/// <remarks>
/// Offsets count Unicode code points (not UTF-16 units, not bytes) of the document's text;
/// <see cref="End"/> is exclusive. The quote lets a span be re-anchored when the text shifts; it is
/// optional because some sources (GDELT) give offsets without text. When present, its length in code
/// points should equal <c>End - Start</c> and it should equal the document's text there: validation
/// checks both (<see cref="Validation.ViolationKind.QuoteMismatch"/>), reporting a quote that does not
/// fit with every other violation rather than refusing it here, where it would hide them.
/// </remarks>
[JsonConverter(typeof(EvidenceJsonConverter))]
public sealed record Evidence
{
    /// <summary>Creates a span.</summary>
    /// <param name="document">The document the span lies in.</param>
    /// <param name="start">The first code point of the span (0-based).</param>
    /// <param name="end">The code point after the span.</param>
    /// <param name="quote">The exact text of the span, when known.</param>
    /// <exception cref="ArgumentException">An offset is negative, the span is reversed, or the quote is not well-formed Unicode.</exception>
    public Evidence(DocumentId document, int start, int end, string? quote = null)
    {
        if (document.Value is null)
        {
            Guard.Fail("Evidence.Document must be set.", nameof(document));
        }

        if (start < 0)
        {
            Guard.OutOfRange($"Evidence.Start must not be negative, not {start.ToString(CultureInfo.InvariantCulture)}.", nameof(start));
        }

        if (end < start)
        {
            Guard.OutOfRange($"Evidence.End ({end.ToString(CultureInfo.InvariantCulture)}) must not be before Evidence.Start ({start.ToString(CultureInfo.InvariantCulture)}).", nameof(end));
        }

        if (quote is not null)
        {
            Guard.WellFormed(quote, "Evidence.Quote");
        }

        Document = document;
        Start = start;
        End = end;
        Quote = quote;
    }

    /// <summary>The document the span lies in.</summary>
    public DocumentId Document { get; }

    /// <summary>The first code point of the span (0-based).</summary>
    public int Start { get; }

    /// <summary>The code point after the span (exclusive end).</summary>
    public int End { get; }

    /// <summary>The exact text of the span, or null when the source gave offsets only.</summary>
    public string? Quote { get; }

    /// <summary>
    /// Values of the source dataset that the model has no member for, each under a namespaced name
    /// (<c>gdelt:Confidence</c>); empty unless the span was imported (new in format 1.1).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public SourceAttributes Attributes { get; init; }

    /// <summary>The span's length in code points.</summary>
    public int Length => End - Start;

    /// <summary>
    /// Finds <paramref name="quote"/> in <paramref name="text"/> and returns the span of its
    /// <paramref name="occurrence"/>-th appearance (0-based), counting code points.
    /// </summary>
    /// <exception cref="ArgumentException">The quote does not appear that often in the text, or the occurrence is negative.</exception>
    public static Evidence Find(DocumentId document, string text, string quote, int occurrence = 0)
    {
        Guard.NotNull(text, nameof(text));
        Guard.Text(quote, nameof(quote));
        if (occurrence < 0)
        {
            Guard.OutOfRange($"The occurrence counts from 0, not {occurrence.ToString(CultureInfo.InvariantCulture)}.", nameof(occurrence));
        }

        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(quote, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                Guard.Fail($"The quote \"{quote}\" does not appear {(occurrence + 1).ToString(CultureInfo.InvariantCulture)} time(s) in the text.", nameof(quote));
            }
        }

        var start = CodePoints.Count(text.AsSpan(0, index));
        return new Evidence(document, start, start + CodePoints.Count(quote), quote);
    }

    /// <summary>Returns <c>document[start..end] "quote"</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{Document}[{Start}..{End}]");
        if (Quote is not null)
        {
            builder.Append(" \"").Append(Quote).Append('"');
        }

        return builder.ToString();
    }
}
