namespace NewsEvents.Validation;

/// <summary>
/// The texts that evidence is checked against, each indexed by code point once, on first use, and
/// kept within a budget of UTF-16 characters: when a new text does not fit, the oldest are dropped.
/// </summary>
/// <param name="budget">How many UTF-16 characters of text to keep.</param>
/// <param name="collectDropped">
/// Whether to have the garbage collector reclaim the dropped texts each time a budget's worth has
/// been dropped. A kept text lives long enough to reach the oldest generation, which the collector
/// lets grow in proportion to what it holds before it looks there: over a stream of millions of
/// documents the dropped texts would otherwise make memory grow with the rest of the heap, which a
/// validation in flat memory promises not to do.
/// </param>
internal sealed class DocumentTexts(long budget, bool collectDropped = false)
{
    private readonly Dictionary<string, Text> _texts = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private long _chars;
    private long _dropped;

    /// <summary>Keeps the text of a document, unless the document already has one or the text alone exceeds the budget.</summary>
    public void Add(string document, string text)
    {
        if (text.Length > budget || _texts.ContainsKey(document))
        {
            return;
        }

        while (_chars + text.Length > budget && _order.TryDequeue(out var oldest))
        {
            if (_texts.Remove(oldest, out var dropped))
            {
                _chars -= dropped.Chars;
                _dropped += dropped.Chars;
            }
        }

        if (collectDropped && _dropped >= budget)
        {
            _dropped = 0;
            GC.Collect();
        }

        _texts[document] = new Text(text);
        _order.Enqueue(document);
        _chars += text.Length;
    }

    /// <summary>The text of a document, when it is kept.</summary>
    public Text? Find(string document) => _texts.GetValueOrDefault(document);

    public void Clear()
    {
        _texts.Clear();
        _order.Clear();
        _chars = 0;
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
