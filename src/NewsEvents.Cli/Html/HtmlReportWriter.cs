using System.Globalization;
using NewsEvents.Analysis;
using NewsEvents.Cli.Reports;
using static NewsEvents.Cli.Html.HtmlPage;

namespace NewsEvents.Cli.Html;

/// <summary>
/// Writes the report of a dataset as one self-contained HTML page: the <see cref="AnalysisReport"/> of
/// <c>analyze</c> (the same sections, cut by the same <see cref="ReportCaps"/>), with a timeline and the
/// actor network drawn in SVG, and each document's text with the words every item was taken from
/// highlighted and linked to it. Nothing is fetched: the style, the drawings and the little script are
/// in the page, and the only outside links are the documents' own URLs.
/// </summary>
internal static class HtmlReportWriter
{
    public static void Write(TextWriter output, Dataset dataset, ReportCaps caps)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(caps);
        var index = DatasetIndex.Build(dataset);
        var report = AnalysisReportBuilder.Build(index, caps);
        var documents = caps.Shown(report.Documents).ToList();
        var spans = SpansOf(dataset, documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
        var page = new HtmlPage(output);
        var context = new Context(page, report, caps, dataset.Relations, FirstWords(dataset, spans));

        var title = report.Title ?? $"Dataset {report.DatasetId}";
        page.Raw($"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{E(title)} \u2014 NewsEvents report</title>\n<style>\n{HtmlAssets.Style}</style>\n</head>\n<body>\n");
        page.Raw("<header>\n");
        page.Heading(1, "top", title);
        var c = report.Counts;
        page.Paragraph($"Dataset {report.DatasetId}, format {report.SchemaVersion}: " + string.Join(", ",
            Words.Count(c.Documents, "document"), Words.Count(c.Actors, "actor"), Words.Count(c.Events, "event"),
            Words.Count(c.Statements, "statement"), Words.Count(c.Claims, "claim"), Words.Count(c.Relations, "relation")) + ".");
        page.Raw("<nav aria-label=\"Sections\"><ul><li><a href=\"#timeline\">Timeline</a></li><li><a href=\"#network\">Actors and sides</a></li><li><a href=\"#said\">Who said what</a></li><li><a href=\"#claims\">Claims</a></li><li><a href=\"#documents\">Documents and their evidence</a></li></ul></nav>\n");
        page.Paragraph("Choose an item's id to see the words of its document it was taken from; choose highlighted words to see their item.", "hint");
        page.Raw("</header>\n<main>\n");

        WriteTimeline(context);
        WriteNetwork(context, index);
        WriteSpeakers(context);
        WriteClaims(context);
        WriteDocuments(context, dataset, documents, spans);

        page.Raw($"</main>\n<script>\n{HtmlAssets.Script}</script>\n</body>\n</html>\n");
    }

    /// <summary>
    /// What the sections share: the page, the report, its caps, the items each section shows (chosen once,
    /// so every link within the page leads to a row that is there) and where each item's words are.
    /// </summary>
    private sealed class Context
    {
        private readonly Dictionary<string, string> _firstWords;

        public Context(HtmlPage page, AnalysisReport report, ReportCaps caps, System.Collections.Immutable.ImmutableArray<Relation> relations, Dictionary<string, string> firstWords)
        {
            (Page, Report, Caps, _firstWords) = (page, report, caps, firstWords);
            // Each section read once: the counts its heading gives are taken while its rows are chosen.
            Events = [.. caps.ShownTallying(report.Timeline, importance: null, e => Marked += e.IsMarked ? 1 : 0)];
            Actors = [.. caps.Shown(report.Actors, ReportImportance.Of)];
            Speakers = [.. caps.ShownTallying(report.Speakers, ReportImportance.Of, s => Statements += s.Statements.Total)];
            Claims = [.. caps.ShownTallying(report.Claims, ReportImportance.Of, c => ClaimsByStatus[c.Status] = ClaimsByStatus.GetValueOrDefault(c.Status) + 1)];
            Contradictions = [.. caps.Shown(report.Contradictions, ReportImportance.Of)];
            Relations = [.. caps.Shown(relations)];
            Shown = new HashSet<string>(StringComparer.Ordinal);
            Shown.UnionWith(Events.Select(e => HtmlIds.Event(e.EventId)));
            Shown.UnionWith(Actors.Select(a => HtmlIds.Actor(a.Id)));
            Shown.UnionWith(Speakers.SelectMany(s => s.Statements.Items).Select(s => HtmlIds.Statement(s.Id)));
            Shown.UnionWith(Claims.Select(c => HtmlIds.Claim(c.Id)));
            Shown.UnionWith(Contradictions.Select(c => ContradictionId(c.Number)));
            Shown.UnionWith(Relations.Select(r => HtmlIds.Relation(r.Id.Value!)));
        }

        public HtmlPage Page { get; }

        public AnalysisReport Report { get; }

        public ReportCaps Caps { get; }

        public List<Reports.TimelineEntry> Events { get; }

        /// <summary>How many events of the timeline are marked (planned, failed and the like), shown or not.</summary>
        public int Marked { get; private set; }

        /// <summary>How many statements the speakers made, shown or not.</summary>
        public int Statements { get; private set; }

        /// <summary>How many claims have each status, shown or not.</summary>
        public SortedDictionary<ClaimStatus, int> ClaimsByStatus { get; } = [];

        public List<ActorEntry> Actors { get; }

        public List<SpeakerEntry> Speakers { get; }

        public List<ClaimEntry> Claims { get; }

        public List<ContradictionEntry> Contradictions { get; }

        public List<Relation> Relations { get; }

        /// <summary>The HTML ids of the rows the page has.</summary>
        public HashSet<string> Shown { get; }

        /// <summary>A link to the row of id <paramref name="id"/> when the page has it, else the text alone.</summary>
        public string To(string id, string text) => Shown.Contains(id) ? Link(id, text) : E(text);

        /// <summary>The cell naming an item: its id, linking to its first words when a document shown has them.</summary>
        public string ItemCell(string item, string id) =>
            _firstWords.TryGetValue(item, out var words) ? Link(HtmlIds.Words(words), id, item) : E(id);

        public string ActorLinks(ReportList<NamedActor> actors) =>
            string.Join(", ", actors.Items.Select(a => To(HtmlIds.Actor(a.Id), a.Name))) + MoreText(actors.More);

        public string ClaimLinks(ReportList<string> claims) =>
            string.Join(", ", claims.Items.Select(id => To(HtmlIds.Claim(id), id))) + MoreText(claims.More);
    }

    private static void WriteTimeline(Context x)
    {
        var (page, report, caps) = (x.Page, x.Report, x.Caps);
        page.Raw("<section aria-labelledby=\"timeline\">\n");
        page.Heading(2, "timeline", ReportHeadings.Timeline(report.Timeline.Length, x.Marked));
        var shown = x.Events;
        var dated = shown.Where(e => e.Span is not null).ToList();
        var undated = shown.Where(e => e.Span is null).ToList();
        page.Raw("<div class=\"beside\">\n");
        if (dated.Count > 0)
        {
            page.Raw("<figure class=\"drawing\">");
            TimelineSvg.Write(page.Output, dated);
            page.Raw("<figcaption>A tick is a day or a moment, a bar a week, month, year or interval; a fading end is open. Dashed: did not, or not surely, take place.</figcaption></figure>\n");
        }

        if (undated.Count > 0)
        {
            page.Raw("<aside class=\"undated\" aria-labelledby=\"undated\">");
            page.Heading(3, "undated", $"Undated ({undated.Count})");
            page.Raw("<ul>");
            foreach (var e in undated)
            {
                page.Raw($"<li>{x.To(HtmlIds.Event(e.EventId), e.EventId)} {(e.IsMarked ? $"<strong>[{E(Words.Spaced(e.Status))}]</strong> " : string.Empty)}{E(e.Summary ?? Words.Spaced(e.Type))}</li>");
            }

            page.Raw("</ul></aside>\n");
        }

        page.Raw("</div>\n");
        page.StartTable("Events in time order, undated last", "Event", "Time", "Status", "What", "Where", "Who");
        foreach (var e in shown)
        {
            var status = e.IsMarked ? $"<strong class=\"marked\">{E(Words.Spaced(e.Status))}</strong>" : E(Words.Spaced(e.Status));
            var time = e.Time is null ? "no time" : e.Duration is null ? e.Time : $"{e.Time} (for {e.Duration})";
            page.Row(HtmlIds.Event(e.EventId), x.ItemCell(HtmlIds.Event(e.EventId), e.EventId), E(time), status,
                E(e.Summary ?? Words.Spaced(e.Type)), E(e.Place), E(e.Participants.Join(p => $"{p.Name} ({Words.Spaced(p.Role)})")));
        }

        page.EndTable();
        page.More(caps.More(report.Timeline));
        page.Raw("</section>\n");
    }

    private static void WriteNetwork(Context x, DatasetIndex index)
    {
        var (page, report, caps) = (x.Page, x.Report, x.Caps);
        page.Raw("<section aria-labelledby=\"network\">\n");
        page.Heading(2, "network", $"Actors and sides ({Words.Count(report.Actors.Length, "actor")}, {Words.Count(report.Sides.Length, "side")}, {Words.Count(report.Mediators.Length, "mediator")})");
        var actors = x.Actors;
        var mediators = caps.Shown(report.Mediators, ReportImportance.Of).ToList();
        var mediatorIds = mediators.Select(m => m.Actor.Id).ToHashSet(StringComparer.Ordinal);
        var sideOf = report.Actors.Where(a => a.Side is not null).ToDictionary(a => a.Id, a => a.Side, StringComparer.Ordinal);
        var actorIds = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var nodes = actors.Select(a => new NetworkSvg.Node(a.Id, a.Name, a.Side, mediatorIds.Contains(a.Id)))
            .Concat(mediators.Where(m => !actorIds.Contains(m.Actor.Id)).Select(m => new NetworkSvg.Node(m.Actor.Id, m.Actor.Name, sideOf.GetValueOrDefault(m.Actor.Id), true)))
            .ToList();
        var drawn = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var relations = drawn.SelectMany(id => index.RelationsOf(new ActorId(id)))
            .Where(r => drawn.Contains(r.Source.Value!) && drawn.Contains(r.Target.Value!))
            .DistinctBy(r => r.Id)
            .ToList();
        var edges = relations.GroupBy(r => (From: r.Source.Value!, To: r.Target.Value!, Label: Words.Spaced(r.Type)))
            .Select(g => new NetworkSvg.Edge(g.Key.From, g.Key.To, g.Key.Label, g.Count(), false))
            .Concat(mediators.SelectMany(m => m.Between.Items.Select(b => new NetworkSvg.Edge(m.Actor.Id, b.Id, "mediates for", 1, true))));
        page.Raw("<figure class=\"drawing\">");
        NetworkSvg.Write(page.Output, nodes, edges, x.Shown.Contains);
        page.Raw("<figcaption>Actors by side; mediators as diamonds in the middle, dashed lines to the parties; lines are relations, thicker for more.</figcaption></figure>\n");

        page.StartTable("Actors, the most active first", "Actor", "Name", "Kind", "Country", "Side", "Events", "Statements", "Claims", "Relations");
        foreach (var a in actors)
        {
            page.Row(HtmlIds.Actor(a.Id), x.ItemCell(HtmlIds.Actor(a.Id), a.Id), E(a.Name), E(Words.Spaced(a.Kind)), E(a.Country), a.Side is { } s ? E(SideName(s)) : string.Empty,
                Number(a.Events), Number(a.Statements), Number(a.Claims), Number(a.Relations));
        }

        page.EndTable();
        page.More(caps.More(report.Actors));

        if (!report.Sides.IsEmpty)
        {
            page.StartTable("Sides: actors joined by backs, leads, allied-with or deployed-alongside relations", "Side", "Members", "Opposes");
            foreach (var side in caps.Shown(report.Sides, ReportImportance.Of))
            {
                page.Row(null, $"<span class=\"swatch\" style=\"background:{HtmlPalette.SideColour(side.Number)}\"></span>{E(SideName(side.Number))}", x.ActorLinks(side.Members), E(side.Opposes.Join(SideName)));
            }

            page.EndTable();
            page.More(caps.More(report.Sides));
        }

        if (mediators.Count > 0)
        {
            page.StartTable("Mediators: actors between others, never a party", "Mediator", "Own side", "Between", "Sides between", "Hosted by", "Backed by");
            foreach (var m in mediators)
            {
                page.Row(null, x.To(HtmlIds.Actor(m.Actor.Id), m.Actor.Name), m.Side is { } n ? E(SideName(n)) : string.Empty, x.ActorLinks(m.Between),
                    E(m.BetweenSides.Join(SideName, " and ")), x.ActorLinks(m.Hosts), x.ActorLinks(m.Backers));
            }

            page.EndTable();
            page.More(caps.More(report.Mediators));
        }

        var allRelations = index.Dataset.Relations;
        if (!allRelations.IsEmpty)
        {
            page.StartTable("Relations", "Relation", "Source", "Type", "Target", "Role");
            foreach (var r in x.Relations)
            {
                page.Row(HtmlIds.Relation(r.Id.Value!), x.ItemCell(HtmlIds.Relation(r.Id.Value!), r.Id.Value!), E(index.NameOf(r.Source)), E(Words.Spaced(r.Type)), E(index.NameOf(r.Target)), E(r.Role));
            }

            page.EndTable();
            page.More(caps.More(allRelations));
        }

        page.Raw("</section>\n");
    }

    private static void WriteSpeakers(Context x)
    {
        var (page, report, caps) = (x.Page, x.Report, x.Caps);
        page.Raw("<section aria-labelledby=\"said\">\n");
        page.Heading(2, "said", ReportHeadings.WhoSaidWhat(x.Statements, report.Speakers.Length));
        page.StartTable("Statements by speaker", "Statement", "Speaker", "When and how", "What was said", "Claims");
        foreach (var speaker in x.Speakers)
        {
            foreach (var s in speaker.Statements.Items)
            {
                var what = s.Mode == SpeechMode.DirectQuote ? $"\u201c{s.Content}\u201d" : s.Content;
                var how = s.Time is null ? Words.Spaced(s.Channel) : $"{s.Time}, {Words.Spaced(s.Channel)}";
                page.Row(HtmlIds.Statement(s.Id), x.ItemCell(HtmlIds.Statement(s.Id), s.Id), x.To(HtmlIds.Actor(speaker.ActorId), speaker.Name), E(how), E(what), x.ClaimLinks(s.Claims));
            }

            if (speaker.Statements.More > 0)
            {
                page.Row(null, string.Empty, E(speaker.Name), string.Empty, E($"and {speaker.Statements.More} more statements"), string.Empty);
            }

            if (!speaker.OtherClaims.IsEmpty)
            {
                page.Row(null, string.Empty, x.To(HtmlIds.Actor(speaker.ActorId), speaker.Name), E("no statement"), string.Empty, x.ClaimLinks(speaker.OtherClaims));
            }
        }

        page.EndTable();
        page.More(caps.More(report.Speakers));
        page.Raw("</section>\n");
    }

    private static void WriteClaims(Context x)
    {
        var (page, report, caps) = (x.Page, x.Report, x.Caps);
        page.Raw("<section aria-labelledby=\"claims\">\n");
        page.Heading(2, "claims", ReportHeadings.Claims(report.Claims.Length, x.ClaimsByStatus));
        page.StartTable("Claims, the most contested first", "Claim", "Status", "Claimant", "Stance", "Proposition", "Independent sources", "Relayed by", "Links", "Contradicted by");
        foreach (var c in x.Claims)
        {
            page.Row(HtmlIds.Claim(c.Id), x.ItemCell(HtmlIds.Claim(c.Id), c.Id), $"<span class=\"status {E(Words.Json(c.Status))}\">{E(Words.Spaced(c.Status))}</span>",
                x.To(HtmlIds.Actor(c.ClaimantId), c.Claimant), E(c.Stance), E(c.Proposition), E(c.Sources.Join(n => n)), E(c.Attribution.Join(n => n)),
                E(c.Links.Join(l => l, "; ")), x.ClaimLinks(c.ContradictedBy));
        }

        page.EndTable();
        page.More(caps.More(report.Claims));

        if (!report.Contradictions.IsEmpty)
        {
            page.StartTable("Contradictions: each a group, every claim on one side against every claim on the other", "Number", "Why", "About", "One side", "Other side");
            foreach (var c in x.Contradictions)
            {
                var why = c.Kind == ContradictionKind.ExplicitLink ? "explicit link" : $"opposite polarity on \u201c{c.Proposition}\u201d";
                page.Row(ContradictionId(c.Number), Number(c.Number), E(why), E(c.About.Join(id => id)), x.ClaimLinks(c.First), x.ClaimLinks(c.Second));
            }

            page.EndTable();
            page.More(caps.More(report.Contradictions));
        }

        if (!report.Figures.IsEmpty)
        {
            var disputed = 0;
            var shown = caps.ShownTallying(report.Figures, ReportImportance.Of, g => disputed += g.IsDisputed ? 1 : 0);
            page.StartTable($"{ReportHeadings.Figures(report.Figures.Length, disputed)}, disputed first", "About", "Counts", "Figures", "Sources", "Disputed");
            foreach (var g in shown)
            {
                var about = g.EventId is { } id ? x.To(HtmlIds.Event(id), id) : E($"\u201c{g.Proposition}\u201d");
                var figures = g.Figures.Join(f => $"{f.Text} ({(f.Source is { } source ? $"{source.Name}, {f.ClaimId}" : "as coded")})", " vs ");
                var verdict = g.IsDisputed ? $"<strong class=\"marked\">{E(g.RangesOverlap ? "disputed, the ranges overlap" : "disputed, the ranges do not overlap")}</strong>" : E("no");
                var sources = g.IsSingleSource ? "single source" : g.Sources.Join(s => s.Name);
                page.Row(null, about, E(Words.Spaced(g.Kind)), E(figures), E(sources), verdict);
            }

            page.EndTable();
            page.More(caps.More(report.Figures));
        }

        if (!report.DisputedEvents.IsEmpty)
        {
            page.StartTable("Disputed events: the independent sources on each side", "Event", "What", "Marked disputed", "For", "Against", "Contradictions");
            foreach (var d in caps.Shown(report.DisputedEvents, ReportImportance.Of))
            {
                page.Row(null, x.To(HtmlIds.Event(d.EventId), d.EventId), E(d.Summary), E(d.IsMarkedDisputed ? "yes" : "no"),
                    d.For.IsEmpty ? E("no claim") : x.ActorLinks(d.For), d.Against.IsEmpty ? E("no claim") : x.ActorLinks(d.Against),
                    string.Join(", ", d.Contradictions.Items.Select(n => x.To(ContradictionId(n), n.ToString(CultureInfo.InvariantCulture)))) + MoreText(d.Contradictions.More));
            }

            page.EndTable();
            page.More(caps.More(report.DisputedEvents));
        }

        page.StartTable($"Independent sources ({report.IndependentSources.Length}): claim origins that are one actor or affiliated count once", "Source", "Claims");
        foreach (var s in caps.Shown(report.IndependentSources, ReportImportance.Of))
        {
            page.Row(null, x.ActorLinks(s.Members), Number(s.Claims));
        }

        page.EndTable();
        page.More(caps.More(report.IndependentSources));
        page.Raw("</section>\n");
    }

    private static void WriteDocuments(Context x, Dataset dataset, List<DocumentEntry> documents, Dictionary<string, List<EvidenceSpan>> spans)
    {
        var (page, report, caps) = (x.Page, x.Report, x.Caps);
        var texts = dataset.Documents.Where(d => spans.ContainsKey(d.Id.Value!)).ToDictionary(d => d.Id.Value!, d => d.Text, StringComparer.Ordinal);
        page.Raw("<section aria-labelledby=\"documents\">\n");
        page.Heading(2, "documents", $"Documents and their evidence ({report.Documents.Length})");
        foreach (var d in documents)
        {
            var text = texts.GetValueOrDefault(d.Id);
            var ofDocument = spans.GetValueOrDefault(d.Id) ?? [];
            page.Raw("<article class=\"document\">");
            page.Heading(3, $"document-{d.Id}", d.Title ?? $"Document {d.Id}");
            var source = string.Join(", ", new[] { d.Id, d.Publisher, d.Agency is null ? null : $"via {d.Agency}", d.Published is null ? null : $"published {d.Published}" }.Where(s => s is not null));
            page.Raw($"<p class=\"meta\">{E(source)}{(d.Url is null ? string.Empty : $"; <a href=\"{E(d.Url)}\" rel=\"noreferrer\">{E(d.Url)}</a>")}</p>\n");
            if (text is null)
            {
                page.Paragraph("The dataset holds no text of this document (imported data): its evidence is listed by offsets, in code points, below.", "hint");
            }
            else
            {
                page.Raw("<div class=\"text\">");
                EvidenceText.Write(page.Output, text, ofDocument, x.Shown.Contains);
                page.Raw("</div>\n");
            }

            WriteEvidenceTable(x, d, text, ofDocument);
            page.Raw("</article>\n");
        }

        page.More(caps.More(report.Documents));
        page.Raw("</section>\n");
    }

    private static void WriteEvidenceTable(Context x, DocumentEntry document, string? text, List<EvidenceSpan> spans)
    {
        if (spans.Count == 0)
        {
            return;
        }

        var length = text is null ? int.MaxValue : CodePoints.Count(text);
        var page = x.Page;
        var all = spans.OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
        page.StartTable($"Evidence in {document.Id} ({all.Count} spans; offsets in code points)", "Item", "Offsets", "Words");
        foreach (var s in x.Caps.Shown([.. all]))
        {
            var item = x.To(s.Item, s.Label);
            var words = s.Evidence.Quote is { } quote ? $"\u201c{quote}\u201d" : "(no quote)";
            var place = text is not null && !EvidenceText.Fits(s, length) ? " (outside the text)" : string.Empty;
            var offsets = string.Create(CultureInfo.InvariantCulture, $"{s.Start}\u2013{s.End}{place}");
            page.Row(null, item, E(offsets), text is not null && EvidenceText.Fits(s, length) ? Link(HtmlIds.Words(s.Token), words) : E(words));
        }

        page.EndTable();
        page.More(x.Caps.More([.. all]));
    }

    /// <summary>Every evidence span of every item in the documents shown, by document id.</summary>
    private static Dictionary<string, List<EvidenceSpan>> SpansOf(Dataset dataset, HashSet<string> documents)
    {
        var spans = documents.ToDictionary(d => d, _ => new List<EvidenceSpan>(), StringComparer.Ordinal);
        void Add(string item, string label, System.Collections.Immutable.ImmutableArray<Evidence> evidence)
        {
            for (var i = 0; i < evidence.Length; i++)
            {
                if (spans.TryGetValue(evidence[i].Document.Value!, out var list))
                {
                    list.Add(new EvidenceSpan(item, HtmlIds.Span(item, i), label, evidence[i]));
                }
            }
        }

        foreach (var a in dataset.Actors)
        {
            Add(HtmlIds.Actor(a.Id.Value!), $"actor {a.Name}", a.Evidence);
        }

        foreach (var e in dataset.Events)
        {
            Add(HtmlIds.Event(e.Id.Value!), $"event {e.Id}", e.Evidence);
        }

        foreach (var s in dataset.Statements)
        {
            Add(HtmlIds.Statement(s.Id.Value!), $"statement {s.Id}", s.Evidence);
        }

        foreach (var c in dataset.Claims)
        {
            Add(HtmlIds.Claim(c.Id.Value!), $"claim {c.Id}", c.Evidence);
        }

        foreach (var r in dataset.Relations)
        {
            Add(HtmlIds.Relation(r.Id.Value!), $"relation {r.Id}", r.Evidence);
        }

        return spans;
    }

    /// <summary>Each item's first span that a shown document's text holds, by item: where its id links to.</summary>
    private static Dictionary<string, string> FirstWords(Dataset dataset, Dictionary<string, List<EvidenceSpan>> spans)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in dataset.Documents)
        {
            if (document.Text is not { } text || !spans.TryGetValue(document.Id.Value!, out var list))
            {
                continue;
            }

            var length = CodePoints.Count(text);
            foreach (var span in list.Where(s => EvidenceText.Fits(s, length)))
            {
                first.TryAdd(span.Item, span.Token);
            }
        }

        return first;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string SideName(int number) => string.Create(CultureInfo.InvariantCulture, $"side {number}");

    private static string MoreText(int more) => more == 0 ? string.Empty : E($", and {more} more");

    private static string ContradictionId(int number) => string.Create(CultureInfo.InvariantCulture, $"contradiction-{number}");
}
