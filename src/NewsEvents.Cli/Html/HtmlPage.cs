namespace NewsEvents.Cli.Html;

/// <summary>
/// Writes the parts of the report's page: headings, paragraphs and tables with captions. Cells are given
/// as HTML already made safe: data goes through <see cref="E"/> (escaped) or <see cref="Link"/>.
/// </summary>
internal sealed class HtmlPage(TextWriter output)
{
    public TextWriter Output => output;

    /// <summary>Data as HTML text, escaped.</summary>
    public static string E(string? text) => HtmlText.Escape(text);

    /// <summary>A link within the page to the element of id <paramref name="id"/>, the text escaped.</summary>
    public static string Link(string id, string text, string? item = null) =>
        $"<a href=\"#{E(id)}\"{(item is null ? string.Empty : $" data-item=\"{E(item)}\"")}>{E(text)}</a>";

    public void Raw(string html) => output.Write(html);

    public void Heading(int level, string id, string text) =>
        output.Write($"<h{level} id=\"{E(id)}\">{E(text)}</h{level}>\n");

    public void Paragraph(string text, string? cssClass = null) =>
        output.Write($"<p{(cssClass is null ? string.Empty : $" class=\"{cssClass}\"")}>{E(text)}</p>\n");

    /// <summary>Says how many items of a section were left out, if any, and how to see them.</summary>
    public void More(int more)
    {
        if (more > 0)
        {
            Paragraph($"and {more} more (--top N or --full shows more)", "more");
        }
    }

    public void StartTable(string caption, params string[] headers)
    {
        output.Write($"<table><caption>{E(caption)}</caption><thead><tr>");
        foreach (var header in headers)
        {
            output.Write($"<th scope=\"col\">{E(header)}</th>");
        }

        output.Write("</tr></thead><tbody>\n");
    }

    /// <summary>A row, with the id other parts of the page link to when given.</summary>
    public void Row(string? id, params string[] cells)
    {
        output.Write(id is null ? "<tr>" : $"<tr id=\"{E(id)}\">");
        foreach (var cell in cells)
        {
            output.Write($"<td>{cell}</td>");
        }

        output.Write("</tr>\n");
    }

    public void EndTable() => output.Write("</tbody></table>\n");
}
