namespace NewsEvents.Tests.Model;

/// <summary>The rule of attribute names: a prefix, a colon and a name.</summary>
public class SourceAttributeTests
{
    [Theory]
    [InlineData("gdelt:GoldsteinScale")]
    [InlineData("gdelt:Actor1Geo_ADM1Code")]
    [InlineData("acled:time_precision")]
    [InlineData("icews:Event.ID")]
    [InlineData("my-tool2:v2-note")]
    [InlineData("x:1")]
    public void A_prefix_a_colon_and_a_name_is_a_name(string name)
    {
        SourceAttribute.IsValidName(name).Should().BeTrue();
        new SourceAttribute(name, AttributeValue.FromNumber("1")).Name.Should().Be(name);
        new SourceAttribute(name, AttributeValue.FromNumber("1")).Prefix.Should().Be(name[..name.IndexOf(':', StringComparison.Ordinal)]);
    }

    [Theory]
    [InlineData("GoldsteinScale")]
    [InlineData(":GoldsteinScale")]
    [InlineData("gdelt:")]
    [InlineData("Gdelt:GoldsteinScale")]
    [InlineData("1gdelt:x")]
    [InlineData("gdelt:Goldstein Scale")]
    [InlineData("gdelt:a:b")]
    [InlineData("gd.elt:x")]
    [InlineData("gdelt:Москва")]
    [InlineData("")]
    public void Anything_else_is_refused_with_the_rule(string name)
    {
        SourceAttribute.IsValidName(name).Should().BeFalse();
        FluentActions.Invoking(() => new SourceAttribute(name, AttributeValue.FromNumber("1")))
            .Should().Throw<ArgumentException>().WithMessage($"SourceAttribute.Name must be a prefix, a colon and a name*not '{name}'.*");
    }

    [Fact]
    public void A_name_is_at_most_128_characters()
    {
        var longest = "gdelt:" + new string('x', SourceAttribute.MaxNameLength - 6);
        SourceAttribute.IsValidName(longest).Should().BeTrue();
        SourceAttribute.IsValidName(longest + "x").Should().BeFalse();
    }

    [Fact]
    public void Null_name_or_value_is_refused()
    {
        FluentActions.Invoking(() => new SourceAttribute(null!, AttributeValue.FromNumber("1"))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new SourceAttribute("gdelt:A", null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void An_attribute_with_another_value_keeps_its_checked_name()
    {
        var named = new SourceAttribute("gdelt:QuadClass", AttributeValue.FromNumber("1"));
        var other = named.WithValue(AttributeValue.FromNumber("4"));
        other.Should().Be(new SourceAttribute("gdelt:QuadClass", AttributeValue.FromNumber("4")));
        FluentActions.Invoking(() => named.WithValue(null!)).Should().Throw<ArgumentNullException>();
    }
}
