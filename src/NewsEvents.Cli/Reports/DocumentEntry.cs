namespace NewsEvents.Cli.Reports;

/// <summary>A document of the dataset: the article the rest was modelled from.</summary>
internal sealed record DocumentEntry(string Id, string? Title, string? Publisher, string? Agency, string? Published, string? Url);
