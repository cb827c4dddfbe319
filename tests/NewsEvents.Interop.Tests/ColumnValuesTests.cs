namespace NewsEvents.Interop.Tests;

public class ColumnValuesTests
{
    [Fact]
    public void A_value_is_kept_as_written_a_JSON_number_as_a_number_any_other_as_text()
    {
        var values = new ColumnValues();

        values.Of(0, "-2.50").Should().Be(AttributeValue.FromNumber("-2.50"));
        values.Of(0, "043").Should().Be(AttributeValue.FromText("043"));
        values.Of(0, "USA").Should().Be(AttributeValue.FromText("USA"));
        values.Of(0, "").Should().Be(AttributeValue.FromText(""));
    }

    [Fact]
    public void A_repeated_value_of_a_column_is_made_once()
    {
        var values = new ColumnValues();
        var first = values.Of(3, "GOV".AsSpan());

        values.Of(3, "GOV".ToCharArray()).Should().BeSameAs(first);
    }

    [Fact]
    public void A_column_of_new_values_leaves_the_values_of_another_column_in_place()
    {
        var values = new ColumnValues();
        var code = values.Of(1, "USA");
        for (var i = 0; i < 10_000; i++)
        {
            values.Of(2, "https://example.com/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Text.Should().EndWith(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        values.Of(1, "USA").Should().BeSameAs(code);
    }

    [Fact]
    public void Values_that_share_a_slot_are_never_confused()
    {
        // Same length, same first and last four characters: the slot's hash cannot tell them apart, the text can.
        var values = new ColumnValues();
        var a = values.Of(0, "abcd1efgh");
        var b = values.Of(0, "abcd2efgh");

        a.Text.Should().Be("abcd1efgh");
        b.Text.Should().Be("abcd2efgh");
        values.Of(0, "abcd1efgh").Text.Should().Be("abcd1efgh");
    }

    [Fact]
    public void A_long_value_is_kept_only_until_its_column_has_another_so_that_unique_columns_hold_no_memory()
    {
        var values = new ColumnValues();
        var gcam = string.Join(',', Enumerable.Range(0, 40).Select(i => $"c{i}:{i}"));

        var first = values.Of(0, gcam);
        var again = values.Of(0, gcam);
        values.Of(0, gcam + ",c40:40");
        values.Of(1, "USA");

        first.Text.Should().Be(gcam);
        again.Should().BeSameAs(first);
        values.Of(0, gcam).Should().NotBeSameAs(first).And.Be(first);
    }
}
