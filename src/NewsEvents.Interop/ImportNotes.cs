namespace NewsEvents.Interop;

/// <summary>The importers' own notes on an item, as source attributes under the prefix <c>newsevents:</c>: never a column of the source.</summary>
internal static class ImportNotes
{
    /// <summary>The prefix of the notes.</summary>
    public const string Prefix = "newsevents:";

    /// <summary>An event dated before its source's coverage begins: an erratum kept as given.</summary>
    public static readonly SourceAttribute DatedBeforeCoverage = new(Prefix + "datedBeforeCoverage", AttributeValue.FromBoolean(true));
}
