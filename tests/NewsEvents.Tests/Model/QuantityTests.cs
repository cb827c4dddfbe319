namespace NewsEvents.Tests.Model;

public class QuantityTests
{
    [Fact]
    public void A_value_or_a_range_is_kept_with_its_decimals()
    {
        new Quantity(QuantityKind.Money, 1.50m).Value.Should().Be(1.50m).And.Subject!.Value.Scale.Should().Be(2);
        var range = new Quantity(QuantityKind.Killed, min: 10, max: 12, qualifier: QuantityQualifier.About);
        (range.Min, range.Max, range.Value, range.Qualifier).Should().Be((10m, 12m, (decimal?)null, QuantityQualifier.About));
        new Quantity(QuantityKind.Killed, min: 12).Max.Should().BeNull("a range may be open");
        new Quantity(QuantityKind.Killed, max: 30).Min.Should().BeNull();
        new Quantity(QuantityKind.Count, min: 5, max: 5).Min.Should().Be(5, "an empty range is allowed");
        new Quantity(QuantityKind.Count, 3).Qualifier.Should().Be(QuantityQualifier.Exact);
    }

    [Fact]
    public void Neither_value_nor_range_is_rejected() =>
        FluentActions.Invoking(() => new Quantity(QuantityKind.Killed)).Should().ThrowExactly<ArgumentException>().WithMessage("*needs a value or a range (min, max)*");

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Both_value_and_range_are_rejected(bool min, bool max) =>
        FluentActions.Invoking(() => new Quantity(QuantityKind.Killed, 3, min ? 1 : null, max ? 5 : null)).Should().ThrowExactly<ArgumentException>().WithMessage("*a value or a range (min, max), not both*");

    [Fact]
    public void Min_above_max_is_rejected() =>
        FluentActions.Invoking(() => new Quantity(QuantityKind.Killed, min: 12.5m, max: 12)).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("Quantity.Min (12.5) must not exceed Quantity.Max (12)");

    [Fact]
    public void Blank_unit_and_text_are_rejected()
    {
        FluentActions.Invoking(() => new Quantity(QuantityKind.Duration, 8, unit: " ")).Should().Throw<ArgumentException>().WithMessage("*Quantity.Unit must not be empty or white space*");
        FluentActions.Invoking(() => new Quantity(QuantityKind.Duration, 8, text: "")).Should().Throw<ArgumentException>().WithMessage("*Quantity.Text must not be empty or white space*");
    }

    [Fact]
    public void Undefined_enumeration_values_are_rejected()
    {
        FluentActions.Invoking(() => new Quantity((QuantityKind)99, 1)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("*must be one of the values of QuantityKind*");
        FluentActions.Invoking(() => new Quantity(QuantityKind.Killed, 1, qualifier: (QuantityQualifier)(-1))).Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("*QuantityQualifier*");
    }
}
