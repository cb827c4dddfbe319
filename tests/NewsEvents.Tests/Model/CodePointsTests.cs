using System.Buffers;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

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

    // Long runs of plain text with the odd surrogate (paired or not) anywhere: the searches that skip
    // to the first surrogate must give what a walk over every character gives.
    private static Arbitrary<string> TextsWithSurrogates =>
        Gen.Elements('a', 'z', ' ', 'é', 'Ж', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\uDBFF', '\uDC00')
            .Zip(Gen.Choose(0, 40))
            .ArrayOf()
            .Select(parts => string.Concat(parts.Select(p => p.Item2 < 36 ? new string('a', p.Item2) : p.Item1.ToString())))
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Count_agrees_with_a_walk_over_the_runes() =>
        Prop.ForAll(TextsWithSurrogates, text => CodePoints.Count(text).Should().Be(text.EnumerateRunes().Count()));

    [Property(MaxTest = 500)]
    public Property The_first_lone_surrogate_is_where_decoding_first_fails() =>
        Prop.ForAll(TextsWithSurrogates, text =>
        {
            var expected = -1;
            for (var i = 0; i < text.Length;)
            {
                if (Rune.DecodeFromUtf16(text.AsSpan(i), out _, out var used) != OperationStatus.Done)
                {
                    expected = i;
                    break;
                }

                i += used;
            }

            Guard.IndexOfLoneSurrogate(text).Should().Be(expected);
        });
}
