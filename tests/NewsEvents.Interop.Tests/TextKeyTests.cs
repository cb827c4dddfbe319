namespace NewsEvents.Interop.Tests;

public class TextKeyTests
{
    [Fact]
    public void Columns_are_joined_by_tabs_and_a_new_key_starts_afresh()
    {
        var key = new TextKey();
        key.Start("USA").Then("UNITED STATES").Then("").Span.ToString().Should().Be("USA\tUNITED STATES\t");
        key.Start("GOV").Span.ToString().Should().Be("GOV");
    }

    [Fact]
    public void A_key_longer_than_its_space_grows_it()
    {
        var longName = new string('x', 1_000);
        new TextKey().Start("a").Then(longName).Span.ToString().Should().Be("a\t" + longName);
    }
}
