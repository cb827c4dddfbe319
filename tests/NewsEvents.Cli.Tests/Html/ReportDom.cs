using System.Net;
using System.Text.RegularExpressions;
using NewsEvents.Cli.Html;

namespace NewsEvents.Cli.Tests.Html;

/// <summary>Reads a report's HTML (as written, or as a browser serialized its DOM): the words highlighted for each evidence span.</summary>
internal static partial class ReportDom
{
    /// <summary>The text of the highlighted segments naming each span token, joined in order.</summary>
    public static Dictionary<string, string> HighlightedWords(string html)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match segment in Segment().Matches(html))
        {
            var text = WebUtility.HtmlDecode(segment.Groups["text"].Value);
            foreach (var token in WebUtility.HtmlDecode(segment.Groups["spans"].Value).Split(' '))
            {
                words[token] = words.GetValueOrDefault(token, string.Empty) + text;
            }
        }

        return words;
    }

    /// <summary>Every evidence span of the dataset in a document with text, by its token, with the words it should show.</summary>
    public static IEnumerable<(string Token, string Words)> ExpectedSpans(Dataset dataset)
    {
        var texts = dataset.Documents.Where(d => d.Text is not null).ToDictionary(d => d.Id, d => d.Text!);
        IEnumerable<(string, string)> Of(string item, IReadOnlyList<Evidence> evidence)
        {
            for (var i = 0; i < evidence.Count; i++)
            {
                if (texts.TryGetValue(evidence[i].Document, out var text))
                {
                    yield return (HtmlIds.Span(item, i), CodePoints.Slice(text, evidence[i].Start, evidence[i].End)!);
                }
            }
        }

        return dataset.Actors.SelectMany(a => Of(HtmlIds.Actor(a.Id.Value!), a.Evidence))
            .Concat(dataset.Events.SelectMany(e => Of(HtmlIds.Event(e.Id.Value!), e.Evidence)))
            .Concat(dataset.Statements.SelectMany(s => Of(HtmlIds.Statement(s.Id.Value!), s.Evidence)))
            .Concat(dataset.Claims.SelectMany(c => Of(HtmlIds.Claim(c.Id.Value!), c.Evidence)))
            .Concat(dataset.Relations.SelectMany(r => Of(HtmlIds.Relation(r.Id.Value!), r.Evidence)));
    }

    /// <summary>Asserts that every span of <paramref name="dataset"/> is highlighted in <paramref name="html"/> with exactly its words (its quote, where it has one).</summary>
    public static void ShouldHighlightEverySpan(string html, Dataset dataset)
    {
        var words = HighlightedWords(html);
        var expected = ExpectedSpans(dataset).ToList();
        expected.Should().NotBeEmpty();
        foreach (var (token, text) in expected)
        {
            words.Should().ContainKey(token);
            words[token].Should().Be(text, "span {0} highlights its words", token);
        }
    }

    /// <summary>The ids of the elements of the page.</summary>
    public static HashSet<string> Ids(string html) =>
        [.. Id().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value))];

    [GeneratedRegex("<a class=\"ev\"[^>]*? data-s=\"(?<spans>[^\"]*)\"[^>]*>(?<text>[^<]*)</a>")]
    private static partial Regex Segment();

    [GeneratedRegex(" id=\"(?<id>[^\"]*)\"")]
    private static partial Regex Id();
}
