namespace NewsEvents.Tests.Model;

/// <summary>A set of source attributes: unique names, kept in their ordinal order.</summary>
public class SourceAttributesTests
{
    private static readonly AttributeValue One = AttributeValue.FromNumber("1");

    [Fact]
    public void Attributes_are_kept_in_the_ordinal_order_of_their_names_whatever_order_they_came_in()
    {
        SourceAttributes given = [new("gdelt:b", One), new("acled:z", One), new("gdelt:B", One), new("gdelt:a", One)];

        given.Select(a => a.Name).Should().Equal("acled:z", "gdelt:B", "gdelt:a", "gdelt:b");
        (given == SourceAttributes.Create([new("gdelt:a", One), new("gdelt:B", One), new("gdelt:b", One), new("acled:z", One)])).Should().BeTrue();
    }

    [Fact]
    public void A_name_given_twice_is_refused()
    {
        FluentActions.Invoking(() => SourceAttributes.Create([new("gdelt:a", One), new("gdelt:b", One), new("gdelt:a", AttributeValue.FromNumber("2"))]))
            .Should().Throw<ArgumentException>().WithMessage("SourceAttributes must not name an attribute twice, but has 'gdelt:a' twice.*");
        FluentActions.Invoking(() => SourceAttributes.Create([new("gdelt:a", One), default]))
            .Should().Throw<ArgumentException>().WithMessage("*default SourceAttribute*");
    }

    [Fact]
    public void The_default_is_the_empty_set()
    {
        var none = default(SourceAttributes);
        none.IsEmpty.Should().BeTrue();
        none.Count.Should().Be(0);
        (none == SourceAttributes.Create([])).Should().BeTrue();
        none.GetValueOrDefault("gdelt:a").Should().BeNull();
        none.Remove("gdelt:a").IsEmpty.Should().BeTrue();
        none.ToString().Should().Be("{}");
        new Event { Id = new EventId("e"), Type = EventType.Meeting, Status = EventStatus.Occurred }.Attributes.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Values_are_found_set_and_removed_by_name_keeping_the_order()
    {
        SourceAttributes attributes = [new("gdelt:c", One), new("gdelt:a", One)];

        attributes.TryGetValue("gdelt:a", out var found).Should().BeTrue();
        found.Should().Be(One);
        attributes.TryGetValue("gdelt:b", out _).Should().BeFalse();
        var two = AttributeValue.FromText("two");
        var set = attributes.SetItem("gdelt:b", two);
        set.Select(a => a.Name).Should().Equal("gdelt:a", "gdelt:b", "gdelt:c");
        set.SetItem("gdelt:b", One).GetValueOrDefault("gdelt:b").Should().Be(One);
        set.SetItem("gdelt:b", One).Count.Should().Be(3);
        set.Remove("gdelt:a").Select(a => a.Name).Should().Equal("gdelt:b", "gdelt:c");
        attributes.Count.Should().Be(2, "the set is immutable");
        FluentActions.Invoking(() => attributes.SetItem("bad name", One)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void The_set_does_not_share_the_callers_array()
    {
        var items = new[] { new SourceAttribute("gdelt:a", One) };
        var attributes = SourceAttributes.Create(items);
        items[0] = new SourceAttribute("gdelt:z", One);
        attributes[0].Name.Should().Be("gdelt:a");
    }

    [Fact]
    public void Attributes_already_in_order_are_taken_as_they_are_and_equal_the_created_set()
    {
        var ordered = new[] { new SourceAttribute("gdelt:B", One), new SourceAttribute("gdelt:a", One), new SourceAttribute("newsevents:x", One) };
        var taken = SourceAttributes.FromOrdered(ordered);

        taken.Should().Equal(ordered);
        (taken == SourceAttributes.Create([ordered[2], ordered[0], ordered[1]])).Should().BeTrue();
        taken.GetValueOrDefault("gdelt:a").Should().Be(One);
        SourceAttributes.FromOrdered([]).IsEmpty.Should().BeTrue();
    }
}
