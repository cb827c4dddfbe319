using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsEvents.Validation;

/// <summary>
/// The repeats-links between claims, gathered as claims go by, and the search for circles among
/// them: a claim that repeats another cannot, through a chain of repeats, repeat itself, or the
/// claims of the circle would have no origin. Only claims with repeats-links are held, and their
/// links all in one list (not a list for each claim: most claims have one link, which a list of its
/// own would hold at several times the cost); in memory, or, given a folder, on disk
/// (<see cref="RepeatLinksOnDisk"/>), where only the claims that lead into a circle come back to memory.
/// </summary>
internal sealed class RepeatCycles : IDisposable
{
    private readonly List<Node> _nodes = [];
    private readonly List<Edge> _edges = [];
    private readonly RepeatLinksOnDisk? _disk;

    // A link leads to the claim that first used the target id, as every reference does.
    private readonly Dictionary<string, int> _firstById = new(StringComparer.Ordinal);

    /// <summary>Holds the links in memory.</summary>
    public RepeatCycles()
    {
    }

    /// <summary>Holds the links on disk (see <see cref="RepeatLinksOnDisk"/>).</summary>
    public RepeatCycles(string folder, int memoryBytes, Func<string, ulong> fingerprint) =>
        _disk = new RepeatLinksOnDisk(folder, memoryBytes, fingerprint);

    /// <summary>The claims held in memory: those with links, or, on disk, those brought back for the search (after <see cref="Search"/>).</summary>
    internal int HeldClaims => _nodes.Count;

    /// <summary>Holds the repeats-links of a claim, other than links to itself (a rule of their own).</summary>
    /// <param name="claim">The claim's id.</param>
    /// <param name="first">Whether the claim is the first to use its id.</param>
    /// <param name="at">Where the claim is.</param>
    /// <param name="links">The claim's links.</param>
    public void Add(string? claim, bool first, ItemAt at, ImmutableArray<ClaimLink> links)
    {
        var firstEdge = _edges.Count;
        for (var j = 0; j < links.Length; j++)
        {
            if (links[j].Type == ClaimLinkType.Repeats && links[j].Target.Value is { } target && target != claim)
            {
                _edges.Add(new Edge(target, j));
            }
        }

        if (_edges.Count == firstEdge)
        {
            return;
        }

        if (_disk is not null)
        {
            _disk.Add(claim, first, at, CollectionsMarshal.AsSpan(_edges)[firstEdge..]);
            _edges.RemoveRange(firstEdge, _edges.Count - firstEdge);
            return;
        }

        if (first && claim is not null)
        {
            _firstById[claim] = _nodes.Count;
        }

        _nodes.Add(new Node(claim, at, firstEdge, _edges.Count - firstEdge));
    }

    /// <summary>
    /// Reports each repeats-link that closes a circle, with a three-colour depth-first search from
    /// each claim in order, iterative so that long chains cannot overflow the stack.
    /// </summary>
    /// <param name="sink">Where the circles are reported.</param>
    /// <param name="cancellationToken">Stops the work on disk between two readings of its files.</param>
    public void Search(ValidationSink sink, CancellationToken cancellationToken = default)
    {
        if (_disk is not null)
        {
            _disk.LoadLeadingIntoCircles(this, cancellationToken);
        }
        else
        {
            var edges = CollectionsMarshal.AsSpan(_edges);
            for (var i = 0; i < edges.Length; i++)
            {
                edges[i] = edges[i] with { To = _firstById.GetValueOrDefault(edges[i].Target, -1) };
            }
        }

        var state = new byte[_nodes.Count];
        var stack = new Stack<(int Node, int Edge)>();
        for (var root = 0; root < _nodes.Count; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (current, edge) = stack.Pop();
                var node = _nodes[current];
                if (edge >= node.EdgeCount)
                {
                    state[current] = 2;
                    continue;
                }

                stack.Push((current, edge + 1));
                var link = _edges[node.FirstEdge + edge];
                if (link.To < 0)
                {
                    continue;
                }

                var next = (int)link.To;
                if (state[next] == 1)
                {
                    sink.Report(node.At, new MemberPath("links", link.Link, ".target"), ViolationKind.RepeatCycle,
                        $"Claim '{node.Claim}' repeats '{link.Target}', which through its own repeats leads back to it: the claims have no origin.");
                }
                else if (state[next] == 0)
                {
                    state[next] = 1;
                    stack.Push((next, 0));
                }
            }
        }
    }

    /// <summary>Adds a claim whose links are already resolved (<see cref="Edge.To"/>), for the search; from the disk.</summary>
    internal void AddResolved(string? claim, ItemAt at, IEnumerable<Edge> edges)
    {
        var firstEdge = _edges.Count;
        _edges.AddRange(edges);
        _nodes.Add(new Node(claim, at, firstEdge, _edges.Count - firstEdge));
    }

    /// <summary>Points the links resolved to claims by their number on disk at the claims' numbers here; those to claims not here at none.</summary>
    internal void Renumber(Dictionary<long, int> numbers)
    {
        var edges = CollectionsMarshal.AsSpan(_edges);
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = edges[i] with { To = edges[i].To >= 0 && numbers.TryGetValue(edges[i].To, out var number) ? number : -1 };
        }
    }

    public void Dispose() => _disk?.Dispose();

    private readonly record struct Node(string? Claim, ItemAt At, int FirstEdge, int EdgeCount);

    /// <summary>A repeats-link: its target's id, its index among the claim's links, and the claim it leads to (-1: none).</summary>
    internal readonly record struct Edge(string Target, int Link, long To = -1);
}
