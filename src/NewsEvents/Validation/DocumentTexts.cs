namespace NewsEvents.Validation;

/// <summary>
/// The texts that evidence is checked against, each indexed by code point once, on first use, and
/// kept within a budget of UTF-16 characters: when a new text does not fit, the one wanted for the
/// shortest time is dropped (without knowing which records cite a text, the oldest).
/// </summary>
/// <remarks>
/// When it is known how long each text is wanted (<see cref="IdGathering"/> learns in its first
/// pass which documents are cited far from where they are), a text is let go as soon as no later item
/// can cite it: a stream that writes each document shortly before the items that cite it holds the
/// texts of the last few thousand items, and each is let go while it is young, so that it is reclaimed
/// with the short-lived objects rather than left for the collector's rare look at its oldest
/// generation (which would make memory grow with the stream).
/// </remarks>
/// <param name="budget">How many UTF-16 characters of text to keep.</param>
internal sealed class DocumentTexts(long budget)
{
    private readonly Dictionary<string, Text> _texts = new(StringComparer.Ordinal);

    // Each kept document by the item until which it is wanted, when known, else by itself, so that the
    // oldest goes first. Dropped documents are skipped as they come out.
    private readonly PriorityQueue<string, long> _wanted = new();
    private long _chars;

    // Whether a text was kept without knowing how long it is wanted: then none is let go before the budget needs it.
    private bool _oldestFirst;

    /// <summary>The most UTF-16 characters of text held at once so far.</summary>
    public long MostChars { get; private set; }

    /// <summary>
    /// Keeps the text of a document, the item numbered <paramref name="ordinal"/> in the stream, unless the
    /// document already has one, the text alone exceeds the budget, or no item after this one can cite it.
    /// </summary>
    /// <param name="document">The document's id.</param>
    /// <param name="text">Its text.</param>
    /// <param name="ordinal">The document's number in the stream.</param>
    /// <param name="keepUntil">The number of the last item that may cite it; null when that is not known.</param>
    public void Add(string document, string text, long ordinal, long? keepUntil)
    {
        if (text.Length > budget || keepUntil <= ordinal || _texts.ContainsKey(document))
        {
            return;
        }

        while (_chars + text.Length > budget && _wanted.TryDequeue(out var first, out _))
        {
            Drop(first);
        }

        _oldestFirst |= keepUntil is null;
        _texts[document] = new Text(text);
        _wanted.Enqueue(document, keepUntil ?? ordinal);
        _chars += text.Length;
        MostChars = Math.Max(MostChars, _chars);
    }

    /// <summary>A text read again, which the budget did not hold: kept as <see cref="Add"/> keeps one, and returned, kept or not.</summary>
    public Text Readmit(string document, string text, long ordinal, long? keepUntil)
    {
        Add(document, text, ordinal, keepUntil);
        return Find(document) ?? new Text(text);
    }

    /// <summary>Lets go of the texts wanted only before the item numbered <paramref name="ordinal"/>, when it is known for every text how long it is wanted.</summary>
    public void Release(long ordinal)
    {
        while (!_oldestFirst && _wanted.TryPeek(out var document, out var until) && until < ordinal)
        {
            _wanted.Dequeue();
            Drop(document);
        }
    }

    /// <summary>The text of a document, when it is kept.</summary>
    public Text? Find(string document) => _texts.GetValueOrDefault(document);

    public void Clear()
    {
        _texts.Clear();
        _wanted.Clear();
        _chars = 0;
    }

    private void Drop(string document)
    {
        if (_texts.Remove(document, out var dropped))
        {
            _chars -= dropped.Chars;
        }
    }

    /// <summary>A document's text, its code-point index, and what is left of its search budget.</summary>
    internal sealed class Text(string text)
    {
        private CodePointIndex? _index;

        // Saying where a mismatched quote occurs may scan a few times the text, no more, so that it
        // costs time linear in the text however many quotes mismatch; past that, it is not said.
        private long _searchBudget = (8L * text.Length) + 65_536;

        public int Chars => text.Length;

        public CodePointIndex Index => _index ??= new CodePointIndex(text);

        /// <summary>The occurrence of <paramref name="quote"/> nearest to <paramref name="around"/> (see <see cref="CodePointIndex.Nearest"/>).</summary>
        public int? Nearest(string quote, int around) => Index.Nearest(quote, around, ref _searchBudget);
    }
}
