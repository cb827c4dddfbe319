using System.Collections.Immutable;
using System.Globalization;
using NewsEvents.Validation;

namespace NewsEvents.Streaming;

/// <summary>
/// Checks the rules that span records of a JSON Lines stream as the records go by, holding their
/// ids rather than the records: ids unique within their kind, every reference resolvable (a
/// reference to a record further down is resolved at the end), no event, claim or relation linked to
/// itself, no circle of repeated claims, and evidence inside its document's text with a matching quote.
/// </summary>
/// <remarks>
/// <para>Memory grows with the number of ids (each id once, with the line it was defined on, about
/// 50 bytes per id in a compact table), with
/// the references not yet resolved, and with the repeats-links between claims; it does not grow with
/// the size of the records.</para>
/// <para>Evidence is checked against a document's text only when the document came earlier in the
/// stream and its text is still in the validator's text cache, which keeps the most recent documents'
/// texts up to a budget (<see cref="DefaultTextCacheChars"/> UTF-16 characters by default) and drops
/// the oldest first. Otherwise only the evidence's reference to its document is checked. Writing each
/// document before the records that cite it (as <see cref="JsonLinesWriter.ToRecords"/> and the
/// synthetic generator do) makes every quote checkable.</para>
/// </remarks>
public sealed class JsonLinesValidator
{
    /// <summary>The default budget of the text cache: 8 Mi UTF-16 characters (16 MiB).</summary>
    public const int DefaultTextCacheChars = 8 * 1024 * 1024;

    private readonly IdSet _documents = new();
    private readonly IdSet _actors = new();
    private readonly IdSet _events = new();
    private readonly IdSet _statements = new();
    private readonly IdSet _claims = new();
    private readonly IdSet _relations = new();
    private readonly List<Pending> _pending = [];
    private readonly Dictionary<string, List<Repeat>> _repeats = new(StringComparer.Ordinal);
    private readonly List<JsonLinesViolation> _violations = [];
    private readonly Dictionary<string, (string Text, int Length)> _texts = new(StringComparer.Ordinal);
    private readonly Queue<string> _textOrder = new();
    private readonly long _textBudget;
    private long _textChars;
    private bool _completed;

    /// <summary>Creates a validator.</summary>
    /// <param name="textCacheChars">How many UTF-16 characters of document text to keep for checking quotes; 0 keeps none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="textCacheChars"/> is negative.</exception>
    public JsonLinesValidator(long textCacheChars = DefaultTextCacheChars)
    {
        if (textCacheChars < 0)
        {
            Guard.OutOfRange("The text cache budget must not be negative.", nameof(textCacheChars));
        }

        _textBudget = textCacheChars;
    }

    /// <summary>The number of records seen.</summary>
    public long RecordCount { get; private set; }

    /// <summary>Validates a stream of records: reads it leniently, so that bad lines are reported too, and checks every record.</summary>
    /// <param name="utf8Stream">The JSON Lines stream, left open.</param>
    /// <param name="options">How to read; the bad lines are reported both to its <see cref="JsonLinesReaderOptions.OnBadLine"/>, when set, and in the result.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>Every problem, bad lines and broken rules, in line order.</returns>
    public static async Task<ImmutableArray<JsonLinesViolation>> ValidateAsync(Stream utf8Stream, JsonLinesReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        options ??= JsonLinesReaderOptions.Default;
        var validator = new JsonLinesValidator();
        var user = options.OnBadLine;
        var lenient = options with { OnBadLine = v => { validator._violations.Add(v); user?.Invoke(v); } };
        await foreach (var record in JsonLinesReader.ReadAsync(utf8Stream, lenient, cancellationToken).ConfigureAwait(false))
        {
            validator.Add(record);
        }

        return validator.Complete();
    }

    /// <summary>Validates records already read.</summary>
    /// <param name="records">The records, with their line numbers.</param>
    /// <returns>Every broken rule, in line order.</returns>
    public static ImmutableArray<JsonLinesViolation> Validate(IEnumerable<JsonLinesRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var validator = new JsonLinesValidator();
        foreach (var record in records)
        {
            validator.Add(record);
        }

        return validator.Complete();
    }

    /// <summary>Checks one record, the next of the stream.</summary>
    /// <param name="record">The record; its <see cref="JsonLinesRecord.LineNumber"/> is used in reports (records that were not read are numbered by their position).</param>
    /// <exception cref="InvalidOperationException"><see cref="Complete"/> was called.</exception>
    public void Add(JsonLinesRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_completed)
        {
            Guard.State("The validator is complete; create another to validate another stream.");
        }

        RecordCount++;
        var line = record.LineNumber > 0 ? record.LineNumber : RecordCount;
        switch (record.Value)
        {
            case Document d:
                Define(_documents, d.Id.Value, line, "document");
                if (d.Text is { } text)
                {
                    CacheText(d.Id.Value, text);
                }

                break;
            case Actor a:
                Define(_actors, a.Id.Value, line, "actor");
                CheckEvidence(line, a.Evidence);
                break;
            case Event e:
                Define(_events, e.Id.Value, line, "event");
                for (var j = 0; j < e.Participants.Length; j++)
                {
                    Reference(_actors, e.Participants[j].Actor.Value, line, $"$.record.participants[{j}].actor", "actor");
                }

                for (var j = 0; j < e.Links.Length; j++)
                {
                    var target = e.Links[j].Target;
                    if (target == e.Id)
                    {
                        Add(line, $"$.record.links[{j}].target", ViolationKind.SelfReference, $"Event '{e.Id}' must not link to itself.");
                    }
                    else
                    {
                        Reference(_events, target.Value, line, $"$.record.links[{j}].target", "event");
                    }
                }

                CheckEvidence(line, e.Evidence);
                break;
            case Statement s:
                Define(_statements, s.Id.Value, line, "statement");
                Reference(_actors, s.Speaker.Value, line, "$.record.speaker", "actor");
                References(_actors, s.Audience, line, "$.record.audience", "actor");
                References(_actors, s.About, line, "$.record.about", "actor");
                CheckEvidence(line, s.Evidence);
                break;
            case Claim c:
                AddClaim(c, line);
                break;
            case Relation r:
                Define(_relations, r.Id.Value, line, "relation");
                Reference(_actors, r.Source.Value, line, "$.record.source", "actor");
                Reference(_actors, r.Target.Value, line, "$.record.target", "actor");
                if (r.Source == r.Target && r.Source.Value is not null)
                {
                    Add(line, "$.record.target", ViolationKind.SelfReference, $"Relation '{r.Id}' must not relate actor '{r.Source}' to itself.");
                }

                CheckEvidence(line, r.Evidence);
                break;
        }
    }

    /// <summary>Resolves the references to records further down, checks the repeats between claims, and returns every violation found.</summary>
    /// <returns>Every broken rule, in line order.</returns>
    public ImmutableArray<JsonLinesViolation> Complete()
    {
        if (!_completed)
        {
            _completed = true;
            foreach (var pending in _pending)
            {
                if (!pending.Ids.Contains(pending.Id))
                {
                    Add(pending.Line, pending.Path, ViolationKind.UnknownReference, $"No {pending.Kind} has the id '{pending.Id}'.");
                }
            }

            _pending.Clear();
            CheckRepeatCycles();
            _texts.Clear();
            _textOrder.Clear();
        }

        return [.. _violations.OrderBy(v => v.LineNumber)];
    }

    private void AddClaim(Claim c, long line)
    {
        Define(_claims, c.Id.Value, line, "claim");
        Reference(_actors, c.Claimant.Value, line, "$.record.claimant", "actor");
        if (c.Statement is { } statement)
        {
            Reference(_statements, statement.Value, line, "$.record.statement", "statement");
        }

        References(_events, c.About.Events, line, "$.record.about.events", "event");
        References(_actors, c.About.Actors, line, "$.record.about.actors", "actor");
        References(_actors, c.Attribution, line, "$.record.attribution", "actor");
        for (var j = 0; j < c.Links.Length; j++)
        {
            var link = c.Links[j];
            if (link.Target == c.Id)
            {
                Add(line, $"$.record.links[{j}].target", ViolationKind.SelfReference, $"Claim '{c.Id}' must not link to itself.");
                continue;
            }

            Reference(_claims, link.Target.Value, line, $"$.record.links[{j}].target", "claim");
            if (link.Type == ClaimLinkType.Repeats && c.Id.Value is not null && link.Target.Value is not null)
            {
                if (!_repeats.TryGetValue(c.Id.Value, out var list))
                {
                    list = [];
                    _repeats[c.Id.Value] = list;
                }

                list.Add(new Repeat(link.Target.Value, line, j));
            }
        }

        CheckEvidence(line, c.Evidence);
    }

    private void Define(IdSet ids, string? id, long line, string kind)
    {
        if (id is null)
        {
            Add(line, "$.record.id", ViolationKind.MissingId, $"Every {kind} needs an id.");
        }
        else if (!ids.TryAdd(id, line, out var first))
        {
            Add(line, "$.record.id", ViolationKind.DuplicateId, string.Create(CultureInfo.InvariantCulture, $"The {kind} id '{id}' is already used on line {first}; ids must be unique within their kind."));
        }
    }

    private void Reference(IdSet ids, string? id, long line, string path, string kind)
    {
        if (id is null)
        {
            Add(line, path, ViolationKind.MissingId, $"A reference to an {kind} must name one.");
        }
        else if (!ids.Contains(id))
        {
            _pending.Add(new Pending(ids, id, line, path, kind));
        }
    }

    private void References<TId>(IdSet ids, ImmutableArray<TId> refs, long line, string path, string kind)
        where TId : struct, IEntityId<TId>
    {
        for (var i = 0; i < refs.Length; i++)
        {
            Reference(ids, refs[i].Value, line, $"{path}[{i}]", kind);
        }
    }

    private void CheckEvidence(long line, ImmutableArray<Evidence> evidence)
    {
        for (var i = 0; i < evidence.Length; i++)
        {
            var span = evidence[i];
            var at = $"$.record.evidence[{i}]";
            var document = span.Document.Value;
            if (!_documents.Contains(document))
            {
                _pending.Add(new Pending(_documents, document, line, at + ".document", "document"));
                continue;
            }

            if (!_texts.TryGetValue(document, out var cached))
            {
                continue;
            }

            if (span.End > cached.Length)
            {
                Add(line, at + ".end", ViolationKind.EvidenceOutOfRange,
                    string.Create(CultureInfo.InvariantCulture, $"The span {span.Start}..{span.End} ends after the text of document '{document}', which has {cached.Length} code points."));
                continue;
            }

            if (span.Quote is not null && CodePoints.Slice(cached.Text, span.Start, span.End) is { } actual && actual != span.Quote)
            {
                Add(line, at + ".quote", ViolationKind.QuoteMismatch,
                    string.Create(CultureInfo.InvariantCulture, $"The quote \"{span.Quote}\" differs from the text at {span.Start}..{span.End} of document '{document}': \"{actual}\"."));
            }
        }
    }

    private void CacheText(string document, string text)
    {
        if (text.Length > _textBudget || _texts.ContainsKey(document))
        {
            return;
        }

        while (_textChars + text.Length > _textBudget && _textOrder.TryDequeue(out var oldest))
        {
            if (_texts.Remove(oldest, out var dropped))
            {
                _textChars -= dropped.Text.Length;
            }
        }

        _texts[document] = (text, CodePoints.Count(text));
        _textOrder.Enqueue(document);
        _textChars += text.Length;
    }

    private void CheckRepeatCycles()
    {
        // Three-colour depth-first search over the repeats-links, iterative so long chains cannot overflow the stack.
        var state = new Dictionary<string, byte>(StringComparer.Ordinal);
        var stack = new Stack<(string Claim, int Link)>();
        foreach (var root in _repeats.Keys)
        {
            if (state.ContainsKey(root))
            {
                continue;
            }

            state[root] = 1;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (current, link) = stack.Pop();
                if (!_repeats.TryGetValue(current, out var links) || link >= links.Count)
                {
                    state[current] = 2;
                    continue;
                }

                stack.Push((current, link + 1));
                var next = links[link].Target;
                state.TryGetValue(next, out var colour);
                if (colour == 1)
                {
                    Add(links[link].Line, $"$.record.links[{links[link].Index}].target", ViolationKind.RepeatCycle,
                        $"Claim '{current}' repeats '{next}', which through its own repeats leads back to it: the claims have no origin.");
                }
                else if (colour == 0)
                {
                    state[next] = 1;
                    stack.Push((next, 0));
                }
            }
        }
    }

    private void Add(long line, string path, ViolationKind kind, string message) =>
        _violations.Add(new JsonLinesViolation(line, new Violation(path, kind, message)));

    private readonly record struct Pending(IdSet Ids, string Id, long Line, string Path, string Kind);

    private readonly record struct Repeat(string Target, long Line, int Index);
}
