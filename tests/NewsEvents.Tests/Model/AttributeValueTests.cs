namespace NewsEvents.Tests.Model;

/// <summary>An attribute's value is a JSON scalar kept exactly as written.</summary>
public class AttributeValueTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("1.0")]
    [InlineData("1.50")]
    [InlineData("-12")]
    [InlineData("2.5e-3")]
    [InlineData("1E+400")]
    [InlineData("123456789012345678901234567890.123456789")]
    public void A_number_keeps_its_text(string text)
    {
        var value = AttributeValue.FromNumber(text);
        value.Kind.Should().Be(AttributeValueKind.Number);
        value.Text.Should().Be(text);
        value.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("01")]
    [InlineData("+1")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData(" 1")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    public void Text_that_is_not_a_JSON_number_is_refused(string text) =>
        FluentActions.Invoking(() => AttributeValue.FromNumber(text)).Should().Throw<ArgumentException>()
            .WithMessage($"AttributeValue.Text of a number must be a JSON number such as -12, 1.0 or 2.5e-3, not '{text}'.*");

    [Fact]
    public void Numbers_made_from_NET_values_are_written_invariantly()
    {
        AttributeValue.FromNumber(-12L).Text.Should().Be("-12");
        AttributeValue.FromNumber(1.50m).Text.Should().Be("1.50");
        AttributeValue.FromNumber("2.5e-3").TryGetDouble(out var d).Should().BeTrue();
        d.Should().Be(0.0025);
        AttributeValue.FromNumber("1.50").TryGetDecimal(out var m).Should().BeTrue();
        m.Should().Be(1.50m);
        AttributeValue.FromNumber("-7").TryGetInt64(out var l).Should().BeTrue();
        l.Should().Be(-7);
        AttributeValue.FromNumber("7.0").TryGetInt64(out _).Should().BeFalse("a fraction is not a whole number as written");
        AttributeValue.FromText("7").TryGetDecimal(out _).Should().BeFalse("text is not a number");
    }

    [Fact]
    public void Text_is_any_well_formed_string_even_empty()
    {
        AttributeValue.FromText(string.Empty).Text.Should().BeEmpty();
        AttributeValue.FromText(" ").Kind.Should().Be(AttributeValueKind.Text);
        FluentActions.Invoking(() => AttributeValue.FromText("a\uD800")).Should().Throw<ArgumentException>().WithMessage("*lone surrogate*");
        FluentActions.Invoking(() => AttributeValue.FromText(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Booleans_are_true_and_false()
    {
        AttributeValue.FromBoolean(true).Text.Should().Be("true");
        AttributeValue.FromBoolean(false).Kind.Should().Be(AttributeValueKind.Boolean);
    }
}
