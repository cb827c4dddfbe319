using System.Collections.Immutable;
using System.Globalization;

namespace NewsEvents.Validation;

/// <summary>
/// Checks the rules of a dataset that span its members: ids unique within their collection and
/// present, every reference resolvable, evidence inside its document's text with a matching quote,
/// no event or relation linked to itself, no circle of repeated claims, a readable schema version.
/// Every violation is reported at once, with its JSON path.
/// </summary>
/// <remarks>
/// Rules of a single value (a well-formed code, an ordered interval, a non-blank name) are enforced
/// when the value is constructed, so a constructed dataset cannot break them. Validation is O(n) in
/// the number of items plus the length of the texts that evidence points into.
/// </remarks>
public static class DatasetValidator
{
    /// <summary>Validates <paramref name="dataset"/>.</summary>
    public static ValidationReport Validate(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var run = new Run();

        if (!SchemaVersion.TryParse(dataset.SchemaVersion, out var major, out _) || major != SchemaVersion.Major)
        {
            run.Add("$.schemaVersion", ViolationKind.UnsupportedSchemaVersion, $"schemaVersion {dataset.SchemaVersion} is not supported: this library reads {SchemaVersion.Major.ToString(CultureInfo.InvariantCulture)}.x.");
        }

        var documents = run.Ids(dataset.Documents, d => d.Id, "documents", "document");
        var actors = run.Ids(dataset.Actors, a => a.Id, "actors", "actor");
        var events = run.Ids(dataset.Events, e => e.Id, "events", "event");
        var statements = run.Ids(dataset.Statements, s => s.Id, "statements", "statement");
        var claims = run.Ids(dataset.Claims, c => c.Id, "claims", "claim");
        run.Ids(dataset.Relations, r => r.Id, "relations", "relation");

        var texts = new EvidenceChecker(dataset.Documents, documents);
        for (var i = 0; i < dataset.Actors.Length; i++)
        {
            texts.Check(run, new Owner("actors", i), dataset.Actors[i].Evidence);
        }

        for (var i = 0; i < dataset.Events.Length; i++)
        {
            var e = dataset.Events[i];
            var at = new Owner("events", i);
            for (var j = 0; j < e.Participants.Length; j++)
            {
                run.Reference(actors, e.Participants[j].Actor, new Member(at, "participants", j, ".actor"), "actor");
            }

            for (var j = 0; j < e.Links.Length; j++)
            {
                run.Link(events, e.Links[j].Target, e.Id, new Member(at, "links", j, ".target"), "event");
            }

            texts.Check(run, at, e.Evidence);
        }

        for (var i = 0; i < dataset.Statements.Length; i++)
        {
            var s = dataset.Statements[i];
            var at = new Owner("statements", i);
            run.Reference(actors, s.Speaker, new Member(at, "speaker"), "actor");
            run.References(actors, s.Audience, at, "audience", "actor");
            run.References(actors, s.About, at, "about", "actor");
            texts.Check(run, at, s.Evidence);
        }

        for (var i = 0; i < dataset.Claims.Length; i++)
        {
            var c = dataset.Claims[i];
            var at = new Owner("claims", i);
            run.Reference(actors, c.Claimant, new Member(at, "claimant"), "actor");
            if (c.Statement is { } statement)
            {
                run.Reference(statements, statement, new Member(at, "statement"), "statement");
            }

            run.References(events, c.About.Events, at, "about.events", "event");
            run.References(actors, c.About.Actors, at, "about.actors", "actor");
            run.References(actors, c.Attribution, at, "attribution", "actor");
            for (var j = 0; j < c.Links.Length; j++)
            {
                run.Link(claims, c.Links[j].Target, c.Id, new Member(at, "links", j, ".target"), "claim");
            }

            texts.Check(run, at, c.Evidence);
        }

        for (var i = 0; i < dataset.Relations.Length; i++)
        {
            var r = dataset.Relations[i];
            var at = new Owner("relations", i);
            run.Reference(actors, r.Source, new Member(at, "source"), "actor");
            run.Reference(actors, r.Target, new Member(at, "target"), "actor");
            if (r.Source == r.Target && r.Source.Value is not null)
            {
                run.Add(new Member(at, "target").ToString(), ViolationKind.SelfReference, $"Relation '{r.Id}' must not relate actor '{r.Source}' to itself.");
            }

            texts.Check(run, at, r.Evidence);
        }

        CheckRepeatCycles(run, dataset.Claims, claims);
        return new ValidationReport(run.Violations.ToImmutable());
    }

    /// <summary>A claim that repeats another cannot, through a chain of repeats, repeat itself: it would have no origin.</summary>
    private static void CheckRepeatCycles(Run run, ImmutableArray<Claim> claims, Dictionary<ClaimId, int> index)
    {
        // Each claim has at most one meaningful repeat target per link; follow every repeats-edge with
        // a three-colour depth-first search, iteratively so that long chains cannot overflow the stack.
        var state = new byte[claims.Length];
        var stack = new Stack<(int Claim, int Link)>();
        for (var root = 0; root < claims.Length; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (current, link) = stack.Pop();
                var links = claims[current].Links;
                if (link >= links.Length)
                {
                    state[current] = 2;
                    continue;
                }

                stack.Push((current, link + 1));
                if (links[link].Type != ClaimLinkType.Repeats || !index.TryGetValue(links[link].Target, out var next) || next == current)
                {
                    continue;
                }

                if (state[next] == 1)
                {
                    run.Add($"$.claims[{current}].links[{link}].target", ViolationKind.RepeatCycle,
                        $"Claim '{claims[current].Id}' repeats '{claims[next].Id}', which through its own repeats leads back to it: the claims have no origin.");
                }
                else if (state[next] == 0)
                {
                    state[next] = 1;
                    stack.Push((next, 0));
                }
            }
        }
    }

    private sealed class Run
    {
        public ImmutableArray<Violation>.Builder Violations { get; } = ImmutableArray.CreateBuilder<Violation>();

        public void Add(string path, ViolationKind kind, string message) => Violations.Add(new Violation(path, kind, message));

        public Dictionary<TId, int> Ids<TItem, TId>(ImmutableArray<TItem> items, Func<TItem, TId> id, string collection, string kind)
            where TId : struct, IEntityId<TId>
        {
            var seen = new Dictionary<TId, int>(items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                var key = id(items[i]);
                if (key.Value is null)
                {
                    Add($"$.{collection}[{i}].id", ViolationKind.MissingId, $"Every {kind} needs an id.");
                }
                else if (!seen.TryAdd(key, i))
                {
                    Add($"$.{collection}[{i}].id", ViolationKind.DuplicateId, $"The {kind} id '{key}' is already used by $.{collection}[{seen[key]}]; ids must be unique within their collection.");
                }
            }

            return seen;
        }

        public void Reference<TId>(Dictionary<TId, int> ids, TId id, Member path, string kind)
            where TId : struct, IEntityId<TId>
        {
            if (id.Value is null)
            {
                Add(path.ToString(), ViolationKind.MissingId, $"A reference to an {kind} must name one.");
            }
            else if (!ids.ContainsKey(id))
            {
                Add(path.ToString(), ViolationKind.UnknownReference, $"No {kind} has the id '{id}'.");
            }
        }

        /// <summary>A link to another item of the same collection: it must resolve and must not point back at its own item.</summary>
        public void Link<TId>(Dictionary<TId, int> ids, TId target, TId self, Member path, string kind)
            where TId : struct, IEntityId<TId>
        {
            Reference(ids, target, path, kind);
            if (target.Equals(self))
            {
                Add(path.ToString(), ViolationKind.SelfReference, $"{char.ToUpperInvariant(kind[0])}{kind[1..]} '{self}' must not link to itself.");
            }
        }

        public void References<TId>(Dictionary<TId, int> ids, ImmutableArray<TId> refs, Owner owner, string member, string kind)
            where TId : struct, IEntityId<TId>
        {
            for (var i = 0; i < refs.Length; i++)
            {
                Reference(ids, refs[i], new Member(owner, member, i), kind);
            }
        }
    }

    /// <summary>An item of a top-level collection, such as <c>$.events[3]</c>; its path is written out only for a violation.</summary>
    private readonly record struct Owner(string Collection, int Index)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"$.{Collection}[{Index}]");
    }

    /// <summary>
    /// A member of an item (<c>$.claims[2].claimant</c>), or an item of a list member and what follows
    /// it (<c>$.events[3].links[0].target</c>); its path is written out only for a violation.
    /// </summary>
    private readonly record struct Member(Owner Owner, string Name, int Item = -1, string Rest = "")
    {
        public override string ToString() => Item < 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Owner}.{Name}{Rest}")
            : string.Create(CultureInfo.InvariantCulture, $"{Owner}.{Name}[{Item}]{Rest}");
    }

    /// <summary>
    /// Checks evidence against its document (found through the id index already built). Each text's
    /// code points are counted once; in a text without surrogate pairs (most) code points are UTF-16
    /// units, and a quote is compared in place without walking the text from its start.
    /// </summary>
    private sealed class EvidenceChecker(ImmutableArray<Document> documents, Dictionary<DocumentId, int> index)
    {
        private readonly Dictionary<DocumentId, int> _lengths = [];

        public void Check(Run run, Owner owner, ImmutableArray<Evidence> evidence)
        {
            for (var i = 0; i < evidence.Length; i++)
            {
                var span = evidence[i];
                if (!index.TryGetValue(span.Document, out var position))
                {
                    run.Add(new Member(owner, "evidence", i, ".document").ToString(), ViolationKind.UnknownReference, $"No document has the id '{span.Document}'.");
                    continue;
                }

                if (documents[position].Text is not { } text)
                {
                    continue;
                }

                if (!_lengths.TryGetValue(span.Document, out var length))
                {
                    length = CodePoints.Count(text);
                    _lengths[span.Document] = length;
                }

                if (span.End > length)
                {
                    run.Add(new Member(owner, "evidence", i, ".end").ToString(), ViolationKind.EvidenceOutOfRange,
                        string.Create(CultureInfo.InvariantCulture, $"The span {span.Start}..{span.End} ends after the text of document '{span.Document}', which has {length} code points."));
                    continue;
                }

                if (span.Quote is { } quote && !Matches(text, length, span.Start, span.End, quote) && CodePoints.Slice(text, span.Start, span.End) is { } actual)
                {
                    run.Add(new Member(owner, "evidence", i, ".quote").ToString(), ViolationKind.QuoteMismatch,
                        string.Create(CultureInfo.InvariantCulture, $"The quote \"{quote}\" differs from the text at {span.Start}..{span.End} of document '{span.Document}': \"{actual}\"."));
                }
            }
        }

        private static bool Matches(string text, int codePoints, int start, int end, string quote) =>
            codePoints == text.Length
                ? text.AsSpan(start, end - start).SequenceEqual(quote)
                : CodePoints.Slice(text, start, end) == quote;
    }
}
