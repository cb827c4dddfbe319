namespace NewsEvents.Interop.Tests;

public class TextTableTests
{
    [Fact]
    public void A_value_kept_under_a_text_is_found_by_that_text_and_by_no_other()
    {
        var table = new TextTable<string?>(4);
        table.Set("1\tParis, France\tFR", "paris");

        table.TryGet("1\tParis, France\tFR".ToCharArray(), out var found).Should().BeTrue();
        found.Should().Be("paris");
        table.TryGet("1\tParis, Texas\tUS", out _).Should().BeFalse();
    }

    [Fact]
    public void Texts_that_share_a_slot_are_never_confused_the_last_one_is_kept()
    {
        // Same length, same first and last four characters: the same slot.
        var table = new TextTable<int>(2);
        TextTable<int>.SlotOf("abcd1efgh", 2).Should().Be(TextTable<int>.SlotOf("abcd2efgh", 2));
        table.Set("abcd1efgh", 1);
        table.Set("abcd2efgh", 2);

        table.TryGet("abcd1efgh", out _).Should().BeFalse();
        table.TryGet("abcd2efgh", out var value).Should().BeTrue();
        value.Should().Be(2);
    }

    [Fact]
    public void Every_slot_lies_within_the_table()
    {
        foreach (var text in new[] { "", "a", "ab", "abc", "abcd", "https://example.com/" + new string('x', 300) })
        {
            TextTable<int>.SlotOf(text, 3).Should().BeInRange(0, 7);
        }
    }
}
