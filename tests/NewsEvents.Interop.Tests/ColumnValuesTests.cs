namespace NewsEvents.Interop.Tests;

public class ColumnValuesTests
{
    [Fact]
    public void A_short_value_is_made_once_and_shared()
    {
        var values = new ColumnValues();

        values.Of("042").Should().BeSameAs(values.Of("042"));
        values.Of("042").Kind.Should().Be(AttributeValueKind.Text, "a code with a leading zero is not a JSON number");
        values.Of("-4.5").Kind.Should().Be(AttributeValueKind.Number);
    }

    [Fact]
    public void A_long_value_is_not_kept_for_reuse_so_that_unique_columns_hold_no_memory()
    {
        var values = new ColumnValues();
        var gcam = string.Join(',', Enumerable.Range(0, 40).Select(i => $"c{i}:{i}"));

        var first = values.Of(gcam);

        first.Text.Should().Be(gcam);
        values.Of(gcam).Should().NotBeSameAs(first).And.Be(first);
    }
}
