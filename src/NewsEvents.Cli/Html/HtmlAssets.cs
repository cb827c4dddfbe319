using static NewsEvents.Cli.Html.HtmlPalette;

namespace NewsEvents.Cli.Html;

/// <summary>The report's stylesheet (screen and print; every colour from <see cref="HtmlPalette"/>) and its one small script.</summary>
internal static class HtmlAssets
{
    public static string Style { get; } = $$"""
        :root { color-scheme: light; }
        body { margin: 0 auto; max-width: 1280px; padding: 1rem 1.5rem; font: 15px/1.5 system-ui, sans-serif; color: {{Text}}; background: {{Page}}; }
        a { color: {{Link}}; }
        h1 { font-size: 1.7rem; margin: 0.5rem 0; }
        h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid {{Rule}}; }
        h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
        nav ul { display: flex; flex-wrap: wrap; gap: 1.2rem; padding: 0; list-style: none; }
        .hint, .more, .meta, figcaption { color: {{Muted}}; }
        .more { font-style: italic; }
        .beside { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        .beside > .drawing { flex: 0 1 900px; min-width: 0; }
        .drawing { margin: 0; overflow-x: auto; }
        .drawing svg { max-width: 100%; height: auto; }
        .undated { flex: 1 1 16rem; background: {{Panel}}; padding: 0.5rem 1rem; }
        .undated ul { padding-left: 1.2rem; }
        table { border-collapse: collapse; margin: 0.8rem 0 0.3rem; width: 100%; font-size: 0.9rem; }
        caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
        th, td { border: 1px solid {{Rule}}; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
        th { background: {{Panel}}; }
        tr:target { outline: 3px solid {{Link}}; }
        .marked { color: {{Marked}}; }
        .status.contested { color: {{Marked}}; font-weight: bold; }
        .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; border-radius: 50%; }
        .text { white-space: pre-wrap; background: {{Panel}}; padding: 0.8rem 1rem; max-width: 60rem; line-height: 1.7; }
        .ev { background: {{Highlight}}; color: {{Text}}; text-decoration: none; border-bottom: 2px solid {{Rule}}; }
        .ev:hover, .ev:focus { text-decoration: underline; }
        .ev.on { background: {{Chosen}}; }
        .document { border-top: 1px solid {{Rule}}; margin-top: 1.5rem; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav, .hint { display: none; }
          a { color: {{Text}}; text-decoration: none; }
          .ev { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .text { background: none; border: 1px solid {{Rule}}; }
          tr, figure, .ev { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          section { break-before: page; }
          section:first-of-type { break-before: auto; }
        }

        """;

    /// <summary>
    /// Choosing an item (its id, or highlighted words) marks every span of its words; without script the
    /// same choices are plain links, to the words and to the item.
    /// </summary>
    public const string Script = """
        document.addEventListener('click', function (event) {
          var chosen = event.target.closest('[data-item]');
          if (!chosen) { return; }
          var item = chosen.getAttribute('data-item');
          document.querySelectorAll('.ev').forEach(function (words) {
            words.classList.toggle('on', words.getAttribute('data-i').split(' ').indexOf(item) >= 0);
          });
        });

        """;
}
