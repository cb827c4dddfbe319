using NewsEvents.Cli.Html;

namespace NewsEvents.Cli.Tests.Html;

/// <summary>The report as a real browser shows it: headless Chromium loads each page, runs its script, and hands back its DOM and a screenshot.</summary>
public sealed class HtmlReportBrowserTests : IDisposable
{
    private readonly TestFiles _files = new();

    [Theory]
    [MemberData(nameof(ReportSamples.Names), MemberType = typeof(ReportSamples))]
    public void The_browser_shows_every_event_claim_and_evidence_span_of_a_sample_with_its_words(string name)
    {
        var dataset = ReportSamples.Named(name);
        var dom = Chromium.DumpDom(_files.Write($"{name}.html", HtmlReport.Render(dataset)));

        var ids = ReportDom.Ids(dom);
        ids.Should().Contain(dataset.Events.Select(e => HtmlIds.Event(e.Id.Value!)));
        ids.Should().Contain(dataset.Claims.Select(c => HtmlIds.Claim(c.Id.Value!)));
        ids.Should().Contain(dataset.Statements.Select(s => HtmlIds.Statement(s.Id.Value!)));
        ReportDom.ShouldHighlightEverySpan(dom, dataset);
        dom.Should().Contain("<svg class=\"timeline\"").And.Contain("<svg class=\"network\"");
    }

    [Theory]
    [MemberData(nameof(ReportSamples.Names), MemberType = typeof(ReportSamples))]
    public void The_screenshot_of_a_sample_s_report_is_not_blank(string name)
    {
        var image = PngImage.Decode(Chromium.Screenshot(_files.Write($"{name}.html", HtmlReport.Render(ReportSamples.Named(name)))));

        image.Width.Should().Be(1280);
        var colours = new Dictionary<int, int>();
        for (var y = 0; y < image.Height; y += 4)
        {
            for (var x = 0; x < image.Width; x += 4)
            {
                colours[image.At(x, y)] = colours.GetValueOrDefault(image.At(x, y)) + 1;
            }
        }

        colours.Count.Should().BeGreaterThan(50, "text, drawings and tables give many shades");
        colours.Values.Max().Should().BeLessThan(colours.Values.Sum() * 95 / 100, "no one colour fills the page");
    }

    [Fact]
    public void Markup_in_names_quotes_and_texts_stays_text_in_the_browser()
    {
        var dataset = ReportSamples.Markup;
        var dom = Chromium.DumpDom(_files.Write("markup.html", HtmlReport.Render(dataset)));

        dom.Split("<script").Length.Should().Be(2, "the page's own script is the only one");
        dom.Should().NotContain("<img").And.NotContain("<textarea").And.NotContain("<b>").And.NotContain("<i>Title");
        dom.Should().Contain("&lt;script&gt;alert(\"pwned\")&lt;/script&gt; &amp; Co", "the actor's name is text");
        dom.Should().Contain("&lt;img src=x onerror=alert(1)&gt; fired first", "the event's summary is text");
        dom.Should().Contain("&lt;/textarea&gt;&lt;b&gt;The army&lt;/b&gt; fired \"first\" &amp; fled", "the claim's proposition is text");
        dom.Should().Contain("&lt;i&gt;Title&lt;/i&gt; &amp; \"quotes\"", "the document's title is text");
        ReportDom.ShouldHighlightEverySpan(dom, dataset);
    }

    public void Dispose() => _files.Dispose();
}
