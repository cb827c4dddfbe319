namespace NewsEvents.Tests.Model;

public class CodePointsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("😀", 1)]
    [InlineData("a😀b𝄞", 4)]
    [InlineData("e\u0301", 2)]
    [InlineData("👨‍👩‍👧", 5)]
    public void Count_counts_code_points(string text, int expected) => CodePoints.Count(text).Should().Be(expected);

    [Fact]
    public void A_lone_surrogate_counts_as_one()
    {
        CodePoints.Count("\ud800").Should().Be(1);
        CodePoints.Count("\ud800\ud800\udc00").Should().Be(2);
        CodePoints.Count("\udc00\ud800").Should().Be(2);
    }

    [Theory]
    [InlineData("😀 Haftar", 2, 8, "Haftar")]
    [InlineData("😀 Haftar", 0, 1, "😀")]
    [InlineData("😀 Haftar", 8, 8, "")]
    [InlineData("a𝄞b", 1, 2, "𝄞")]
    public void Slice_cuts_at_code_points(string text, int start, int end, string expected) =>
        CodePoints.Slice(text, start, end).Should().Be(expected);

    [Theory]
    [InlineData(0, 9)]
    [InlineData(-1, 2)]
    [InlineData(5, 4)]
    [InlineData(9, 9)]
    public void Slice_outside_the_text_is_null(int start, int end) => CodePoints.Slice("😀 Haftar", start, end).Should().BeNull();

    [Fact]
    public void ToUtf16Index_maps_code_points_to_chars()
    {
        CodePoints.ToUtf16Index("😀 Haftar", 2).Should().Be(3);
        CodePoints.ToUtf16Index("😀 Haftar", 8).Should().Be(9);
        CodePoints.ToUtf16Index("😀 Haftar", 9).Should().Be(-1);
    }
}
