using NewsEvents.Cli.Html;

namespace NewsEvents.Cli.Tests.Html;

public sealed class NetworkSvgTests
{
    private static readonly NetworkSvg.Node[] Nodes =
    [
        new("b", "B", 1, false), new("a", "A", 2, false), new("c", "C", 1, false), new("m", "Mediator", null, true), new("z", "Z", null, false),
    ];

    [Fact]
    public void The_layout_depends_on_the_data_not_its_order()
    {
        var layout = NetworkSvg.Layout(Nodes);

        NetworkSvg.Layout(Nodes.Reverse()).Should().Equal(layout);
        layout.Select(p => p.Node.Id).Should().Equal("b", "c", "a", "z", "m");
    }

    [Fact]
    public void Sides_sit_together_on_the_circle_and_a_lone_mediator_in_the_middle()
    {
        var layout = NetworkSvg.Layout(Nodes).ToDictionary(p => p.Node.Id, p => (p.X, p.Y));

        layout["m"].Should().Be((480.0, 310.0));
        layout["b"].Y.Should().BeLessThan(layout["m"].Y, "the first actor of the first side is at the top");
        var svg = new StringWriter();
        NetworkSvg.Write(svg, Nodes, [new NetworkSvg.Edge("m", "a", "mediates for", 1, true), new NetworkSvg.Edge("b", "c", "backs", 3, false)], id => id != "actor-m");
        svg.ToString().Should().Contain(HtmlPalette.SideColour(1)).And.Contain(HtmlPalette.SideColour(2)).And.Contain("stroke-dasharray=\"5 4\"").And.Contain("<title>b backs c (3)</title>");
        svg.ToString().Should().Contain("<a href=\"#actor-b\">").And.Contain("<g data-actor=\"m\">").And.NotContain("#actor-m", "an actor without a row is drawn, not linked");
    }
}
