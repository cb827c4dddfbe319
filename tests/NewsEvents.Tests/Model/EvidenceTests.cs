namespace NewsEvents.Tests.Model;

public class EvidenceTests
{
    private static readonly DocumentId Doc = new("d");

    [Fact]
    public void A_span_keeps_its_offsets_and_quote()
    {
        var evidence = new Evidence(Doc, 2, 8, "Haftar");

        evidence.Document.Should().Be(Doc);
        (evidence.Start, evidence.End, evidence.Length, evidence.Quote).Should().Be((2, 8, 6, "Haftar"));
        new Evidence(Doc, 5, 5, "").Length.Should().Be(0);
        new Evidence(Doc, 0, 100).Quote.Should().BeNull();
    }

    [Fact]
    public void Start_must_not_be_negative() =>
        FluentActions.Invoking(() => new Evidence(Doc, -1, 3)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("Evidence.Start must not be negative, not -1");

    [Fact]
    public void End_must_not_be_before_start() =>
        FluentActions.Invoking(() => new Evidence(Doc, 8, 2)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("Evidence.End (2) must not be before Evidence.Start (8)");

    [Theory]
    [InlineData(2, 8, "Hafta")]
    [InlineData(2, 8, "Haftar!")]
    [InlineData(0, 2, "😀😀😀")]
    public void A_quote_of_another_length_than_its_span_is_kept_for_validation_to_report(int start, int end, string quote)
    {
        // Refusing it here would hide every other violation of the data it came with (see DatasetValidatorTests).
        var evidence = new Evidence(Doc, start, end, quote);

        (evidence.Start, evidence.End, evidence.Length, evidence.Quote).Should().Be((start, end, end - start, quote));
    }

    [Fact]
    public void A_quote_with_astral_characters_counts_each_once() => new Evidence(Doc, 0, 2, "😀😀").Length.Should().Be(2);

    [Fact]
    public void The_quote_must_be_well_formed() =>
        FluentActions.Invoking(() => new Evidence(Doc, 0, 1, "\ud800")).Should().Throw<ArgumentException>().WithMessage("*well-formed*");

    [Fact]
    public void The_document_must_be_set() =>
        FluentActions.Invoking(() => new Evidence(default, 0, 1)).Should().ThrowExactly<ArgumentException>().WithMessage("*Evidence.Document must be set*");

    [Fact]
    public void Find_counts_code_points_and_occurrences()
    {
        const string text = "😀 Lavrov said; 東京 Lavrov said again.";

        Evidence.Find(Doc, text, "Lavrov").Should().Be(new Evidence(Doc, 2, 8, "Lavrov"));
        Evidence.Find(Doc, text, "Lavrov", 1).Should().Be(new Evidence(Doc, 18, 24, "Lavrov"));
        FluentActions.Invoking(() => Evidence.Find(Doc, text, "Lavrov", 2)).Should().ThrowExactly<ArgumentException>().WithMessage("*does not appear 3 time(s)*");
        FluentActions.Invoking(() => Evidence.Find(Doc, text, "Putin")).Should().ThrowExactly<ArgumentException>().WithMessage("*\"Putin\" does not appear*");
        FluentActions.Invoking(() => Evidence.Find(Doc, text, "Lavrov", -1)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("*counts from 0, not -1*");
        FluentActions.Invoking(() => Evidence.Find(Doc, text, " ")).Should().Throw<ArgumentException>().WithMessage("*must not be empty or white space*");
    }
}
