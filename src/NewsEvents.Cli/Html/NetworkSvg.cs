using NewsEvents.Cli.Reports;

namespace NewsEvents.Cli.Html;

/// <summary>
/// Draws the actor network: the actors on a circle, grouped by side (each side its colour, actors on no
/// side last, in grey), the mediators as diamonds on an inner circle, the relations among them as lines
/// (one line a pair and type, thicker for more relations) and each mediator's ties to the parties it
/// mediates between as dashed lines. The layout is computed here from sorted data alone, so the same
/// dataset always gives the same picture, byte for byte.
/// </summary>
internal static class NetworkSvg
{
    private const double Width = 960, Height = 620, CentreX = Width / 2, CentreY = Height / 2, Outer = 230, Inner = 90;

    private const int LabelCharacters = 28;

    /// <summary>An actor drawn.</summary>
    public sealed record Node(string Id, string Name, int? Side, bool IsMediator);

    /// <summary>A line drawn: relations of one type between two actors, or a mediator's tie to a party.</summary>
    public sealed record Edge(string From, string To, string Label, int Count, bool IsMediation);

    /// <summary>The nodes in drawing order, each with where it is drawn.</summary>
    public static IReadOnlyList<(Node Node, double X, double Y)> Layout(IEnumerable<Node> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var sorted = nodes.OrderBy(n => n.Side ?? int.MaxValue).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        var placed = new List<(Node, double, double)>();
        foreach (var (ring, radius) in new[] { (sorted.Where(n => !n.IsMediator).ToList(), Outer), (sorted.Where(n => n.IsMediator).ToList(), Inner) })
        {
            for (var i = 0; i < ring.Count; i++)
            {
                // From the top, clockwise; one mediator alone stands in the middle.
                var angle = (2 * Math.PI * i / ring.Count) - (Math.PI / 2);
                var r = ring.Count == 1 && radius == Inner ? 0 : radius;
                placed.Add((ring[i], CentreX + (r * Math.Cos(angle)), CentreY + (r * Math.Sin(angle))));
            }
        }

        return placed;
    }

    /// <summary>Draws the network; a node links to its actor's row when <paramref name="isShown"/> says the page has it (by HTML id).</summary>
    public static void Write(TextWriter output, IEnumerable<Node> nodes, IEnumerable<Edge> edges, Func<string, bool> isShown)
    {
        var placed = Layout(nodes);
        var at = placed.ToDictionary(p => p.Node.Id, p => (p.X, p.Y), StringComparer.Ordinal);
        var sides = placed.Select(p => p.Node.Side).OfType<int>().Distinct().Order().ToList();
        output.Write($"<svg class=\"network\" role=\"img\" aria-labelledby=\"network-title\" viewBox=\"0 0 {Svg.N(Width)} {Svg.N(Height)}\" width=\"{Svg.N(Width)}\" height=\"{Svg.N(Height)}\" font-size=\"12\">");
        output.Write("<title id=\"network-title\">");
        HtmlText.Write(output, $"Actor network: {Words.Count(placed.Count, "actor")} in {Words.Count(sides.Count, "side")}, mediators in the middle; the tables below list the same");
        output.Write("</title>");
        WriteLegend(output, sides);
        foreach (var edge in edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Label, StringComparer.Ordinal))
        {
            if (!at.TryGetValue(edge.From, out var a) || !at.TryGetValue(edge.To, out var b))
            {
                continue;
            }

            var style = edge.IsMediation
                ? $"stroke=\"{HtmlPalette.NoSide}\" stroke-dasharray=\"5 4\" stroke-width=\"1.5\""
                : $"stroke=\"{HtmlPalette.Rule}\" stroke-width=\"{Svg.N(Math.Min(6, 1 + Math.Log2(edge.Count)))}\"";
            output.Write($"<line x1=\"{Svg.N(a.X)}\" y1=\"{Svg.N(a.Y)}\" x2=\"{Svg.N(b.X)}\" y2=\"{Svg.N(b.Y)}\" {style}>");
            Svg.Title(output, $"{edge.From} {edge.Label} {edge.To}{(edge.Count > 1 ? $" ({edge.Count})" : string.Empty)}");
            output.Write("</line>");
        }

        foreach (var (node, x, y) in placed)
        {
            var colour = HtmlPalette.SideColour(node.Side);
            var linked = isShown(HtmlIds.Actor(node.Id));
            output.Write(linked ? "<a href=\"#" : "<g data-actor=\"");
            HtmlText.WriteAttribute(output, linked ? HtmlIds.Actor(node.Id) : node.Id);
            output.Write("\">");
            Svg.Title(output, $"{node.Name}{(node.Side is { } s ? $", side {s}" : string.Empty)}{(node.IsMediator ? ", mediator" : string.Empty)}");
            output.Write(node.IsMediator
                ? $"<path d=\"M{Svg.N(x)} {Svg.N(y - 9)}L{Svg.N(x + 9)} {Svg.N(y)}L{Svg.N(x)} {Svg.N(y + 9)}L{Svg.N(x - 9)} {Svg.N(y)}Z\" fill=\"{colour}\" stroke=\"{HtmlPalette.Page}\" stroke-width=\"2\"/>"
                : $"<circle cx=\"{Svg.N(x)}\" cy=\"{Svg.N(y)}\" r=\"7\" fill=\"{colour}\" stroke=\"{HtmlPalette.Page}\" stroke-width=\"2\"/>");

            // Labels point away from the centre, so they do not cross the lines inside the circle.
            var right = x >= CentreX;
            var anchor = node.IsMediator ? "middle" : right ? "start" : "end";
            var (lx, ly) = node.IsMediator ? (x, y + 22) : (x + (right ? 12 : -12), y + 4);
            Svg.Text(output, lx, ly, Svg.Cut(node.Name, LabelCharacters), $" text-anchor=\"{anchor}\" fill=\"{HtmlPalette.Text}\"");
            output.Write(linked ? "</a>" : "</g>");
        }

        output.Write("</svg>");
    }

    private static void WriteLegend(TextWriter output, List<int> sides)
    {
        var y = 16.0;
        foreach (var side in sides)
        {
            output.Write($"<circle cx=\"10\" cy=\"{Svg.N(y - 4)}\" r=\"6\" fill=\"{HtmlPalette.SideColour(side)}\"/>");
            Svg.Text(output, 22, y, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"side {side}"), $" fill=\"{HtmlPalette.Text}\"");
            y += 18;
        }

        output.Write($"<circle cx=\"10\" cy=\"{Svg.N(y - 4)}\" r=\"6\" fill=\"{HtmlPalette.NoSide}\"/>");
        Svg.Text(output, 22, y, "no side", $" fill=\"{HtmlPalette.Text}\"");
        y += 18;
        output.Write($"<path d=\"M10 {Svg.N(y - 11)}L17 {Svg.N(y - 4)}L10 {Svg.N(y + 3)}L3 {Svg.N(y - 4)}Z\" fill=\"{HtmlPalette.NoSide}\"/>");
        Svg.Text(output, 22, y, "mediator (dashed: its ties to the parties)", $" fill=\"{HtmlPalette.Text}\"");
    }
}
