using System.Text.RegularExpressions;
using NewsEvents.Cli.Html;
using NewsEvents.Generation;
using NewsEvents.Samples;

namespace NewsEvents.Cli.Tests.Html;

public sealed partial class HtmlReportTests
{
    public static TheoryData<string> All => ["moscow", "dranmir", "markup"];

    private static Dataset Named(string name) => name == "markup" ? ReportSamples.Markup : ReportSamples.Named(name);

    [Fact]
    public void The_same_dataset_gives_the_same_bytes()
    {
        var first = HtmlReport.Render(SampleDatasets.MoscowTalks);
        var again = HtmlReport.Render(NewsEventsJson.Deserialize(SampleDatasets.MoscowTalksJson));

        again.Should().Be(first);
    }

    [Fact]
    public void The_network_is_laid_out_the_same_whatever_the_order_of_the_data()
    {
        var dataset = SampleDatasets.DranmirClashes;
        var shuffled = dataset with { Actors = [.. dataset.Actors.Reverse()], Relations = [.. dataset.Relations.Reverse()] };

        Network(HtmlReport.Render(shuffled)).Should().Be(Network(HtmlReport.Render(dataset)));

        static string Network(string html) => html[html.IndexOf("<svg class=\"network\"", StringComparison.Ordinal)..html.IndexOf("</svg>", html.IndexOf("<svg class=\"network\"", StringComparison.Ordinal), StringComparison.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(All))]
    public void No_request_leaves_the_page_but_the_documents_own_links(string name)
    {
        var dataset = Named(name);
        var html = HtmlReport.Render(dataset);
        var links = dataset.Documents.Select(d => d.Url).OfType<string>().ToList();

        foreach (Match href in Href().Matches(html))
        {
            var target = System.Net.WebUtility.HtmlDecode(href.Groups["target"].Value);
            (target.StartsWith('#') || links.Contains(target)).Should().BeTrue("{0} is a link within the page or a document's own", target);
        }

        // A URL in a document's text is text; what could fetch is an attribute, an element or the style.
        foreach (Match attribute in Attribute().Matches(html))
        {
            if (attribute.Groups["value"].Value.Contains("://", StringComparison.Ordinal))
            {
                attribute.Groups["name"].Value.Should().Be("href");
                links.Should().Contain(System.Net.WebUtility.HtmlDecode(attribute.Groups["value"].Value));
            }
        }

        html.Should().NotContainAny("<link", "<img", "<iframe", "<object", "<embed", "<audio", "<video", "<source", "@import");
        Regex.IsMatch(html, "<[^>]+\\ssrc=").Should().BeFalse("no element loads anything");
        UrlFunction().Matches(html).Select(m => m.Value).Where(u => !u.StartsWith("url(#", StringComparison.Ordinal)).Should().BeEmpty("fills refer to the page's own gradients");
    }

    [Fact]
    public void Markup_in_the_data_is_escaped_everywhere()
    {
        var html = HtmlReport.Render(ReportSamples.Markup);

        html.Split("<script").Length.Should().Be(2, "the page's own script is the only one");
        html.Should().NotContain("<img").And.NotContain("</textarea>").And.NotContain("<b>").And.NotContain("<i>Title");
        html.Should().Contain("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;");
        ReportDom.ShouldHighlightEverySpan(html, ReportSamples.Markup);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_span_is_highlighted_with_its_words_and_links_to_its_item(string name)
    {
        var dataset = Named(name);
        var html = HtmlReport.Render(dataset);
        var ids = ReportDom.Ids(html);

        ReportDom.ShouldHighlightEverySpan(html, dataset);
        foreach (Match href in Href().Matches(html))
        {
            var target = System.Net.WebUtility.HtmlDecode(href.Groups["target"].Value);
            if (target.StartsWith('#') && (target.StartsWith("#w-", StringComparison.Ordinal) || target.StartsWith("#claim-", StringComparison.Ordinal) || target.StartsWith("#event-", StringComparison.Ordinal)))
            {
                ids.Should().Contain(target[1..], "the words and items linked to are in the page");
            }
        }
    }

    [Fact]
    public void A_document_without_text_lists_its_evidence_by_offsets_and_its_url()
    {
        var dataset = SampleDatasets.DranmirClashes;
        var document = dataset.Documents[0];
        var html = HtmlReport.Render(dataset with { Documents = [document with { Text = null, Url = "https://example.org/dranmir" }] }, null);

        html.Should().Contain("holds no text of this document").And.Contain("href=\"https://example.org/dranmir\"");
        html.Should().NotContain("class=\"ev\"");
        var claim = dataset.Claims[0].Evidence[0];
        html.Should().Contain($"{claim.Start}\u2013{claim.End}").And.Contain(HtmlText.Escape(claim.Quote));
    }

    [Fact]
    public void A_large_dataset_s_report_is_cut_as_analyze_cuts_and_full_lifts_the_caps()
    {
        var dataset = new SyntheticDatasetGenerator(7, SyntheticDatasetOptions.ForEvents(2_000)).GenerateDataset();

        var cut = HtmlReport.Render(dataset);
        var full = HtmlReport.Render(dataset, new HtmlReportOptions { Full = true });
        var top = HtmlReport.Render(dataset, new HtmlReportOptions { Top = 5 });

        cut.Should().Contain($"and {dataset.Events.Length - 20} more (--top N or --full shows more)");
        Rows(cut, "event-").Should().Be(20);
        Rows(top, "event-").Should().Be(5);
        Rows(full, "event-").Should().Be(dataset.Events.Length);
        full.Length.Should().BeGreaterThan(cut.Length * 5);
    }

    [Fact]
    public void Every_link_within_a_cut_report_leads_to_an_element_of_the_page()
    {
        var html = HtmlReport.Render(new SyntheticDatasetGenerator(11, SyntheticDatasetOptions.ForEvents(2_000)).GenerateDataset());
        var ids = ReportDom.Ids(html);

        var targets = Href().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["target"].Value)).Where(t => t.StartsWith('#')).ToList();
        targets.Should().HaveCountGreaterThan(100);
        targets.Select(t => t[1..]).Should().OnlyContain(id => ids.Contains(id), "a capped item is named, not linked");
    }

    [Fact]
    public void The_report_of_ten_times_the_events_is_about_the_same_size()
    {
        var small = HtmlReport.Render(new SyntheticDatasetGenerator(3, SyntheticDatasetOptions.ForEvents(1_000)).GenerateDataset()).Length;
        var large = HtmlReport.Render(new SyntheticDatasetGenerator(3, SyntheticDatasetOptions.ForEvents(10_000)).GenerateDataset()).Length;

        ((double)large / small).Should().BeLessThan(2, "the caps bound every section");
    }

    [Fact]
    public void Options_refuse_a_top_below_one_and_top_with_full()
    {
        FluentActions.Invoking(() => new HtmlReportOptions { Top = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithMessage("HtmlReportOptions.Top must be at least 1.*");
        FluentActions.Invoking(() => HtmlReport.Render(SampleDatasets.MoscowTalks, new HtmlReportOptions { Top = 3, Full = true }))
            .Should().Throw<ArgumentException>().WithMessage("*cannot be used together*");
    }

    [Fact]
    public void The_page_is_accessible_and_printable()
    {
        var html = HtmlReport.Render(SampleDatasets.DranmirClashes);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">").And.Contain("<meta charset=\"utf-8\">").And.Contain("@media print");
        html.Should().Contain("<h1 ").And.Contain("<h2 ").And.Contain("<h3 ");
        Regex.Count(html, "<table>").Should().Be(Regex.Count(html, "<table><caption>"), "every table has a caption");
        html.Should().Contain("role=\"img\" aria-labelledby=\"timeline-title\"").And.Contain("role=\"img\" aria-labelledby=\"network-title\"");
    }

    private static int Rows(string html, string prefix) => Regex.Count(html, $"<tr id=\"{prefix}");

    [GeneratedRegex("href=\"(?<target>[^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("\\s(?<name>[a-z-]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"url\([^)]*\)")]
    private static partial Regex UrlFunction();
}
