using System.Collections.Immutable;
using System.Globalization;
using NewsEvents.Streaming;
using NewsEvents.Validation;

namespace NewsEvents.Merging;

/// <summary>
/// What the first pass over the inputs decides: their headers, which ids collide across inputs and
/// what each becomes, which actors are linked to an actor of an earlier input; and the mapping of
/// every record through it. Only ids are held (and, when actors are linked, the actors that carry
/// a linking code), never the other records.
/// </summary>
internal sealed class MergePlan
{
    private const int KindCount = (int)JsonLinesRecordKind.Relation + 1;

    private readonly JsonLinesHeader[] _headers;

    // Per kind of record: each id with the input that first defined it.
    private readonly Dictionary<string, int>[] _owner = [.. Enumerable.Range(0, KindCount).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];

    // Per kind: the ids defined by more than one input, with those inputs in order.
    private readonly Dictionary<string, List<int>>[] _shared = [.. Enumerable.Range(0, KindCount).Select(_ => new Dictionary<string, List<int>>(StringComparer.Ordinal))];

    // Per kind: what each input's colliding id becomes.
    private readonly Dictionary<(int Input, string Id), string>[] _renamed = [.. Enumerable.Range(0, KindCount).Select(_ => new Dictionary<(int, string), string>())];

    private readonly Dictionary<(int Input, string Id), (int Input, string Id)> _linkedTo = [];
    private readonly Dictionary<(int Input, string Id), List<(int Input, Actor Actor)>> _linkedFrom = [];

    private MergePlan(JsonLinesHeader[] headers) => _headers = headers;

    /// <summary>The inputs' headers, in order.</summary>
    public IReadOnlyList<JsonLinesHeader> Headers => _headers;

    /// <summary>Reads every input once and decides the renaming and the linking.</summary>
    /// <exception cref="NewsEventsFormatException">An input has no header, two inputs are one dataset, or their major versions differ.</exception>
    public static MergePlan Make(IReadOnlyList<Func<IEnumerable<JsonLinesRecord>>> inputs, bool linkActors)
    {
        var headers = new JsonLinesHeader[inputs.Count];
        var actors = new List<(int Input, string Id)>();
        var linkable = new List<(int Input, Actor Actor)>();
        var plan = new MergePlan(headers);
        for (var input = 0; input < inputs.Count; input++)
        {
            foreach (var record in Guard.NotNull(inputs[input], nameof(inputs))())
            {
                if (record.Value is JsonLinesHeader header)
                {
                    headers[input] ??= header;
                    continue;
                }

                if (headers[input] is null)
                {
                    Guard.Data(string.Create(CultureInfo.InvariantCulture, $"Input {input + 1} does not start with a header: a dataset merged needs its id, which the header carries."), ViolationKind.Format);
                }

                if (record.Value is Actor actor)
                {
                    actors.Add((input, actor.Id.Value));
                    if (linkActors && actor.Codes.Any(c => DatasetMerger.LinkingSchemes.Contains(c.Scheme)))
                    {
                        linkable.Add((input, actor));
                    }
                }
                else
                {
                    plan.Own(record.Kind, IdOf(record.Value), input);
                }
            }

            if (headers[input] is null)
            {
                Guard.Data(string.Create(CultureInfo.InvariantCulture, $"Input {input + 1} is empty: a dataset merged needs at least its header."), ViolationKind.Format);
            }
        }

        CheckHeaders(headers);
        plan.Link(linkable);
        foreach (var (input, id) in actors.Where(a => !plan._linkedTo.ContainsKey(a)))
        {
            plan.Own(JsonLinesRecordKind.Actor, id, input);
        }

        plan.Rename();
        return plan;
    }

    /// <summary>Whether the actor of <paramref name="input"/> is linked to an actor of an earlier input, and so not written on its own.</summary>
    public bool IsLinked(int input, ActorId actor) => _linkedTo.ContainsKey((input, actor.Value));

    public Document Map(int input, Document d) => d with { Id = Id(input, JsonLinesRecordKind.Document, d.Id) };

    /// <summary>The actor under its id in the merge, with what the actors linked to it bring: their names as aliases, their codes and their evidence.</summary>
    public Actor Map(int input, Actor a)
    {
        var mapped = a with { Id = Id(input, JsonLinesRecordKind.Actor, a.Id), Evidence = Evidence(input, a.Evidence) };
        if (!_linkedFrom.TryGetValue((input, a.Id.Value), out var linked))
        {
            return mapped;
        }

        var aliases = new List<string>(a.Aliases);
        var codes = new List<ExternalCode>(a.Codes);
        var evidence = mapped.Evidence.ToBuilder();
        foreach (var (from, other) in linked)
        {
            aliases.AddRange(other.Aliases.Prepend(other.Name).Where(n => n != a.Name && !aliases.Contains(n)).Distinct());
            codes.AddRange(other.Codes.Where(c => !codes.Contains(c)));
            evidence.AddRange(Evidence(from, other.Evidence));
        }

        return mapped with { Aliases = [.. aliases], Codes = [.. codes], Evidence = evidence.ToImmutable(), Country = a.Country ?? linked.Select(l => l.Actor.Country).FirstOrDefault(c => c is not null) };
    }

    public Event Map(int input, Event e) => e with
    {
        Id = Id(input, JsonLinesRecordKind.Event, e.Id),
        Participants = Each(e.Participants, p => Same(p.Actor, Actor(input, p.Actor)) ? p : p with { Actor = Actor(input, p.Actor) }),
        Links = Each(e.Links, l => Same(l.Target, Id(input, JsonLinesRecordKind.Event, l.Target)) ? l : l with { Target = Id(input, JsonLinesRecordKind.Event, l.Target) }),
        Evidence = Evidence(input, e.Evidence),
    };

    public Statement Map(int input, Statement s) => s with
    {
        Id = Id(input, JsonLinesRecordKind.Statement, s.Id),
        Speaker = Actor(input, s.Speaker),
        Audience = Each(s.Audience, a => Actor(input, a)),
        About = Each(s.About, a => Actor(input, a)),
        Evidence = Evidence(input, s.Evidence),
    };

    public Claim Map(int input, Claim c) => c with
    {
        Id = Id(input, JsonLinesRecordKind.Claim, c.Id),
        Claimant = Actor(input, c.Claimant),
        Statement = c.Statement is { } statement ? Id(input, JsonLinesRecordKind.Statement, statement) : (StatementId?)null,
        About = c.About with { Events = Each(c.About.Events, e => Id(input, JsonLinesRecordKind.Event, e)), Actors = Each(c.About.Actors, a => Actor(input, a)) },
        Attribution = Each(c.Attribution, a => Actor(input, a)),
        Links = Each(c.Links, l => Same(l.Target, Id(input, JsonLinesRecordKind.Claim, l.Target)) ? l : l with { Target = Id(input, JsonLinesRecordKind.Claim, l.Target) }),
        Evidence = Evidence(input, c.Evidence),
    };

    public Relation Map(int input, Relation r) => r with
    {
        Id = Id(input, JsonLinesRecordKind.Relation, r.Id),
        Source = Actor(input, r.Source),
        Target = Actor(input, r.Target),
        Evidence = Evidence(input, r.Evidence),
    };

    private static string IdOf(object item) => item switch
    {
        Document d => d.Id.Value,
        Event e => e.Id.Value,
        Statement s => s.Id.Value,
        Claim c => c.Id.Value,
        Relation r => r.Id.Value,
        _ => Guard.State<string>($"A record of type {item.GetType().Name} has no id to merge."),
    };

    private static void CheckHeaders(JsonLinesHeader[] headers)
    {
        for (var i = 0; i < headers.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (headers[i].Id == headers[j].Id)
                {
                    Guard.Data(string.Create(CultureInfo.InvariantCulture,
                        $"Inputs {j + 1} and {i + 1} are both dataset '{headers[i].Id}': a dataset is not merged with itself or with another version of itself; give one of them another id."),
                        ViolationKind.DuplicateId);
                }

                if (Major(headers[i]) != Major(headers[j]))
                {
                    Guard.Data(string.Create(CultureInfo.InvariantCulture,
                        $"Inputs {j + 1} and {i + 1} disagree on schemaVersion ({headers[j].SchemaVersion} and {headers[i].SchemaVersion}): only datasets of one major version are merged."),
                        ViolationKind.UnsupportedSchemaVersion);
                }
            }
        }
    }

    // A header's version is well formed: its constructor parsed it.
    private static int Major(JsonLinesHeader header) => SchemaVersion.TryParse(header.SchemaVersion, out var major, out _) ? major : -1;

    private static bool Same<TId>(TId left, TId right)
        where TId : struct, IEntityId<TId> => ReferenceEquals(left.Value, right.Value);

    /// <summary>The items mapped, or the same array when no item changed.</summary>
    private static ImmutableArray<T> Each<T>(ImmutableArray<T> items, Func<T, T> map)
    {
        ImmutableArray<T>.Builder? changed = null;
        for (var i = 0; i < items.Length; i++)
        {
            var mapped = map(items[i]);
            if (changed is null && !EqualityComparer<T>.Default.Equals(mapped, items[i]))
            {
                changed = ImmutableArray.CreateBuilder<T>(items.Length);
                changed.AddRange(items, i);
            }

            changed?.Add(mapped);
        }

        return changed?.MoveToImmutable() ?? items;
    }

    private ImmutableArray<Evidence> Evidence(int input, ImmutableArray<Evidence> evidence) =>
        Each(evidence, e => Id(input, JsonLinesRecordKind.Document, e.Document) is var document && Same(document, e.Document)
            ? e
            : new Evidence(document, e.Start, e.End, e.Quote));

    private void Own(JsonLinesRecordKind kind, string id, int input)
    {
        var owners = _owner[(int)kind];
        if (!owners.TryGetValue(id, out var first))
        {
            owners.Add(id, input);
            return;
        }

        var shared = _shared[(int)kind];
        if (shared.TryGetValue(id, out var inputs))
        {
            if (inputs[^1] != input)
            {
                inputs.Add(input);
            }
        }
        else if (first != input)
        {
            shared.Add(id, [first, input]);
        }
    }

    /// <summary>
    /// Links each actor with a linking code to the earliest actor of an earlier input that has one of
    /// its codes; at most one actor of an input is linked to any one actor, so that no two actors of
    /// one input become one (a relation between them would relate an actor to itself).
    /// </summary>
    private void Link(List<(int Input, Actor Actor)> linkable)
    {
        var byCode = new Dictionary<ExternalCode, (int Order, int Input, string Id)>();
        var taken = new HashSet<(int Input, (int, string) Root)>();
        for (var order = 0; order < linkable.Count; order++)
        {
            var (input, actor) = linkable[order];
            (int Order, int Input, string Id)? root = null;
            foreach (var code in actor.Codes.Where(c => DatasetMerger.LinkingSchemes.Contains(c.Scheme)))
            {
                if (byCode.TryGetValue(code, out var found) && found.Input < input && !taken.Contains((input, (found.Input, found.Id))) && (root is null || found.Order < root.Value.Order))
                {
                    root = found;
                }
            }

            var self = root ?? (order, input, actor.Id.Value);
            if (root is { } r)
            {
                _linkedTo.Add((input, actor.Id.Value), (r.Input, r.Id));
                taken.Add((input, (r.Input, r.Id)));
                if (!_linkedFrom.TryGetValue((r.Input, r.Id), out var list))
                {
                    _linkedFrom.Add((r.Input, r.Id), list = []);
                }

                list.Add((input, actor));
            }

            foreach (var code in actor.Codes.Where(c => DatasetMerger.LinkingSchemes.Contains(c.Scheme)))
            {
                byCode.TryAdd(code, self);
            }
        }
    }

    /// <summary>
    /// Gives each input's colliding id its dataset's id as a prefix (<c>dataset/id</c>), repeated
    /// while the result is an id some input already has or another renaming made.
    /// </summary>
    private void Rename()
    {
        for (var kind = 0; kind < KindCount; kind++)
        {
            var made = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (id, inputs) in _shared[kind].OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                foreach (var input in inputs)
                {
                    var renamed = id;
                    do
                    {
                        renamed = $"{_headers[input].Id.Value}{DatasetMerger.Separator}{renamed}";
                    }
                    while (_owner[kind].ContainsKey(renamed) || made.Contains(renamed));

                    if (EntityIdRules.Check(renamed, "id") is not null)
                    {
                        Guard.Data($"The id '{id}' of dataset '{_headers[input].Id}' is used by other inputs too, and '{renamed}', which it would become, is longer than an id may be ({EntityIdRules.MaxLength.ToString(CultureInfo.InvariantCulture)} characters); give the dataset a shorter id.", ViolationKind.InvalidValue);
                    }

                    made.Add(renamed);
                    _renamed[kind].Add((input, id), renamed);
                }
            }
        }
    }

    private TId Id<TId>(int input, JsonLinesRecordKind kind, TId id)
        where TId : struct, IEntityId<TId> =>
        _shared[(int)kind].Count > 0 && _renamed[(int)kind].TryGetValue((input, id.Value), out var renamed) ? TId.Create(renamed) : id;

    private ActorId Actor(int input, ActorId id) => _linkedTo.TryGetValue((input, id.Value), out var root)
        ? Id(root.Input, JsonLinesRecordKind.Actor, new ActorId(root.Id))
        : Id(input, JsonLinesRecordKind.Actor, id);
}
