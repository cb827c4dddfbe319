using System.Text;

namespace NewsEvents.Analysis;

/// <summary>Exports of the network as text for Graphviz and Mermaid.</summary>
public sealed partial class ActorNetwork
{
    /// <summary>
    /// Writes the network as a Graphviz DOT digraph: a node per actor labelled with its name, an edge per
    /// network edge labelled with its <see cref="NetworkEdge.Label"/> and weight (co-participation edges
    /// without arrowheads), each side as a cluster, mediators drawn dashed. Ids and labels are quoted
    /// and escaped (quotes, backslashes, line breaks); the output is the same for the same network.
    /// </summary>
    /// <param name="includeSides">Whether to draw the sides as clusters.</param>
    /// <returns>The DOT text, ending with a line break; a comment names each of <see cref="CrowdedEvents"/>.</returns>
    public string ToDot(bool includeSides = true)
    {
        var dot = new StringBuilder();
        dot.Append("digraph actors {\n");
        dot.Append("  rankdir=LR;\n");
        dot.Append("  node [shape=box];\n");
        foreach (var node in Nodes)
        {
            dot.Append("  ").Append(DotQuote(node.Id.Value)).Append(" [label=").Append(DotQuote(node.Name));
            if (Sides.MediatorOf(node.Id) is not null)
            {
                dot.Append(", style=dashed");
            }

            dot.Append("];\n");
        }

        if (includeSides)
        {
            foreach (var side in Sides.Coalitions)
            {
                dot.Append("  subgraph cluster_side_").Append(AnalysisText.Count(side.Number)).Append(" {\n");
                dot.Append("    label=").Append(DotQuote($"side {AnalysisText.Count(side.Number)}")).Append(";\n");
                foreach (var member in side.Members)
                {
                    dot.Append("    ").Append(DotQuote(member.Value)).Append(";\n");
                }

                dot.Append("  }\n");
            }
        }

        foreach (var edge in Edges)
        {
            dot.Append("  ").Append(DotQuote(edge.From.Value)).Append(" -> ").Append(DotQuote(edge.To.Value))
                .Append(" [label=").Append(DotQuote(EdgeText(edge)))
                .Append(", weight=").Append(AnalysisText.Count(edge.Weight));
            if (!edge.IsDirected)
            {
                dot.Append(", dir=none");
            }

            dot.Append("];\n");
        }

        foreach (var crowded in CrowdedEvents)
        {
            dot.Append("  // ").Append(CrowdedNote(crowded, DotQuote(crowded.Id.Value))).Append('\n');
        }

        dot.Append("}\n");
        return dot.ToString();
    }

    /// <summary>
    /// Writes the network as a Mermaid flowchart: a node per actor (ids n0, n1... in node order)
    /// labelled with its name, an edge per network edge labelled with its label and weight
    /// (co-participation as a line without arrow), each side as a subgraph. Labels are quoted, with
    /// quotes, angle brackets, bars, hashes and line breaks written as Mermaid entities; the output is
    /// the same for the same network.
    /// </summary>
    /// <param name="includeSides">Whether to draw the sides as subgraphs.</param>
    /// <returns>The Mermaid text, ending with a line break; a comment names each of <see cref="CrowdedEvents"/>.</returns>
    public string ToMermaid(bool includeSides = true)
    {
        var ids = new Dictionary<ActorId, string>();
        for (var i = 0; i < Nodes.Length; i++)
        {
            ids.Add(Nodes[i].Id, "n" + AnalysisText.Count(i));
        }

        var text = new StringBuilder();
        text.Append("graph LR\n");
        foreach (var node in Nodes)
        {
            text.Append("  ").Append(ids[node.Id]).Append("[\"").Append(MermaidEscape(node.Name)).Append("\"]\n");
        }

        if (includeSides)
        {
            foreach (var side in Sides.Coalitions)
            {
                var number = AnalysisText.Count(side.Number);
                text.Append("  subgraph side").Append(number).Append("[\"side ").Append(number).Append("\"]\n");
                foreach (var member in side.Members)
                {
                    text.Append("    ").Append(ids[member]).Append('\n');
                }

                text.Append("  end\n");
            }
        }

        foreach (var edge in Edges)
        {
            text.Append("  ").Append(ids[edge.From]).Append(edge.IsDirected ? " -->" : " ---")
                .Append("|\"").Append(MermaidEscape(EdgeText(edge))).Append("\"| ").Append(ids[edge.To]).Append('\n');
        }

        foreach (var mediator in Sides.Mediators)
        {
            if (ids.TryGetValue(mediator.Actor, out var id))
            {
                text.Append("  style ").Append(id).Append(" stroke-dasharray: 5 5\n");
            }
        }

        foreach (var crowded in CrowdedEvents)
        {
            text.Append("  %% ").Append(CrowdedNote(crowded, $"\"{MermaidEscape(crowded.Id.Value)}\"")).Append('\n');
        }

        return text.ToString();
    }

    private static string CrowdedNote(Event crowded, string quotedId) =>
        $"event {quotedId}: {AnalysisText.Count(crowded.Participants.Distinct().Count())} participants, more than {AnalysisText.Count(MaxParticipantsJoined)}: not joined pairwise";

    private static string EdgeText(NetworkEdge edge) =>
        edge.Weight == 1 ? edge.Label : $"{edge.Label} ×{AnalysisText.Count(edge.Weight)}";

    private static string DotQuote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\r':
                    break;
                default:
                    quoted.Append(c);
                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    private static string MermaidEscape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    escaped.Append("#quot;");
                    break;
                case '#':
                    escaped.Append("#35;");
                    break;
                case '<':
                    escaped.Append("#lt;");
                    break;
                case '>':
                    escaped.Append("#gt;");
                    break;
                case '|':
                    escaped.Append("#124;");
                    break;
                case '\n':
                    escaped.Append("<br/>");
                    break;
                case '\r':
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
