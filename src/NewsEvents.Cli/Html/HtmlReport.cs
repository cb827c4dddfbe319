namespace NewsEvents.Cli.Html;

/// <summary>
/// The report of a dataset as one self-contained HTML page (what <c>newsevents report</c> writes): the
/// timeline and the actor network drawn in SVG, the claims with their sources, contradictions and disputed
/// figures, and each document's text with the evidence of every item highlighted and linked to it. It
/// loads nothing from the network and reads without script; the same dataset gives the same bytes.
/// </summary>
public static class HtmlReport
{
    /// <summary>Writes the report of <paramref name="dataset"/> to <paramref name="output"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="output">Where to write the page (UTF-16 text; write it out as UTF-8, which the page declares).</param>
    /// <param name="options">How much of each section to show; <see cref="HtmlReportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">The options set both <see cref="HtmlReportOptions.Top"/> and <see cref="HtmlReportOptions.Full"/>.</exception>
    public static void Write(Dataset dataset, TextWriter output, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);
        HtmlReportWriter.Write(output, dataset, (options ?? HtmlReportOptions.Default).Caps);
    }

    /// <summary>The report of <paramref name="dataset"/> as a string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">The options set both <see cref="HtmlReportOptions.Top"/> and <see cref="HtmlReportOptions.Full"/>.</exception>
    public static string Render(Dataset dataset, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(dataset, writer, options);
        return writer.ToString();
    }
}
