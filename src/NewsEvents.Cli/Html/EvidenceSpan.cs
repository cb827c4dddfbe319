namespace NewsEvents.Cli.Html;

/// <summary>One evidence span of one item, as the report draws it in its document.</summary>
/// <param name="Item">The HTML id of the item it supports (<see cref="HtmlIds"/>).</param>
/// <param name="Token">Its own token (<see cref="HtmlIds.Span"/>).</param>
/// <param name="Label">The item in words, for the span's tooltip and the evidence table.</param>
/// <param name="Evidence">The span itself (offsets in code points).</param>
internal sealed record EvidenceSpan(string Item, string Token, string Label, Evidence Evidence)
{
    public int Start => Evidence.Start;

    public int End => Evidence.End;
}
