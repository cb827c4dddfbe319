using System.Text.RegularExpressions;
using NewsEvents.Cli.Html;
using NewsEvents.Samples;

namespace NewsEvents.Cli.Tests.Html;

public sealed partial class HtmlPaletteTests
{
    [Fact]
    public void Every_colour_pair_of_the_palette_passes_WCAG_AA()
    {
        foreach (var (foreground, background, minimum) in HtmlPalette.Pairs)
        {
            HtmlPalette.Contrast(foreground, background).Should().BeGreaterThanOrEqualTo(minimum, "{0} on {1}", foreground, background);
        }
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21)]
    [InlineData("#ffffff", "#ffffff", 1)]
    [InlineData("#767676", "#ffffff", 4.54)]
    public void Contrast_is_computed_as_WCAG_defines_it(string first, string second, double expected) =>
        HtmlPalette.Contrast(first, second).Should().BeApproximately(expected, 0.01);

    [Fact]
    public void The_page_uses_no_colour_outside_the_palette()
    {
        var html = HtmlReport.Render(SampleDatasets.MoscowTalks);
        var palette = HtmlPalette.Pairs.SelectMany(p => new[] { p.Foreground, p.Background }).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Colour().Matches(html).Select(m => m.Value).Distinct().Should().NotBeEmpty().And.OnlyContain(c => palette.Contains(c));
    }

    [GeneratedRegex("#[0-9a-fA-F]{6}\\b")]
    private static partial Regex Colour();
}
