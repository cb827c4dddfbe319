namespace NewsEvents.Cli.Html;

/// <summary>
/// The HTML ids of the report's items (<c>claim-c1</c>): the kind first, so an event and a claim of one id
/// stay apart, then the id, which has no white space (the format forbids it) and so also serves as a token
/// of the space-separated lists the script reads.
/// </summary>
internal static class HtmlIds
{
    public static string Actor(string id) => $"actor-{id}";

    public static string Event(string id) => $"event-{id}";

    public static string Statement(string id) => $"statement-{id}";

    public static string Claim(string id) => $"claim-{id}";

    public static string Relation(string id) => $"relation-{id}";

    /// <summary>
    /// The token of an item's <paramref name="ordinal"/>-th evidence span (<c>claim-c1-0</c>): unique, as the
    /// ordinal is a number after the last hyphen.
    /// </summary>
    public static string Span(string item, int ordinal) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{item}-{ordinal}");

    /// <summary>The anchor at the first word of an evidence span.</summary>
    public static string Words(string span) => $"w-{span}";
}
