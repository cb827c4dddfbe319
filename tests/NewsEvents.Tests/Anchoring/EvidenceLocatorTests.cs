using NewsEvents.Anchoring;

namespace NewsEvents.Tests.Anchoring;

public class EvidenceLocatorTests
{
    /// <summary>An emoji before each "Lavrov": offsets count code points, not UTF-16 units.</summary>
    private const string Text = "😀 Lavrov said; 東京 Lavrov said again. 😀😀 Lavrov.";

    [Fact]
    public void Every_occurrence_is_found_in_code_points()
    {
        EvidenceLocator.FindAll(Text, "Lavrov").Should().Equal(new QuoteOccurrence(2, 8), new QuoteOccurrence(18, 24), new QuoteOccurrence(40, 46));
        EvidenceLocator.FindAll(Text, "Lavrov").Select(o => CodePoints.Slice(Text, o.Start, o.End)).Should().OnlyContain(q => q == "Lavrov");
        EvidenceLocator.FindAll(Text, "😀").Should().Equal(new QuoteOccurrence(0, 1), new QuoteOccurrence(37, 38), new QuoteOccurrence(38, 39));
        EvidenceLocator.FindAll("aaaa", "aa").Should().Equal(new QuoteOccurrence(0, 2), new QuoteOccurrence(1, 3), new QuoteOccurrence(2, 4));
        EvidenceLocator.FindAll(Text, "Putin").Should().BeEmpty();
        EvidenceLocator.FindAll(Text, "lavrov").Should().BeEmpty("matching is ordinal");
    }

    [Fact]
    public void The_nearest_occurrence_is_found_either_side()
    {
        EvidenceLocator.FindNearest(Text, "Lavrov", 20).Should().Be(new QuoteOccurrence(18, 24));
        EvidenceLocator.FindNearest(Text, "Lavrov", 0).Should().Be(new QuoteOccurrence(2, 8));
        EvidenceLocator.FindNearest(Text, "Lavrov", 1000).Should().Be(new QuoteOccurrence(40, 46));
        EvidenceLocator.FindNearest(Text, "Lavrov", 10).Should().Be(new QuoteOccurrence(2, 8), "of two as near, the earlier");
        EvidenceLocator.FindNearest(Text, "Putin", 10).Should().BeNull();
    }

    [Fact]
    public void The_nearest_occurrence_is_found_far_away_in_a_long_text()
    {
        var text = "😀" + new string('x', 100_000) + "needle" + new string('y', 100_000);

        EvidenceLocator.FindNearest(text, "needle", 0).Should().Be(new QuoteOccurrence(100_001, 100_007));
        EvidenceLocator.FindNearest(text, "needle", 200_000).Should().Be(new QuoteOccurrence(100_001, 100_007));
    }

    [Fact]
    public void An_empty_quote_or_a_null_text_is_refused()
    {
        FluentActions.Invoking(() => EvidenceLocator.FindAll(Text, "")).Should().ThrowExactly<ArgumentException>().WithMessage("*must not be empty*");
        FluentActions.Invoking(() => EvidenceLocator.FindNearest(null!, "x", 0)).Should().Throw<ArgumentException>();
    }
}
