using System.Text;

namespace NewsEvents.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of the NewsEvents format this library reads and writes, as
/// shipped inside the assembly. The same file is in the package under <c>schema/</c> and in the
/// repository under <c>docs/schema/</c>.
/// </summary>
/// <remarks>
/// <para>The schema describes the shape of a dataset: members, types, required members, enum names,
/// string patterns, no unknown members. Rules that need the whole dataset (unique ids, resolvable
/// references, evidence that matches its document's text) or more than a pattern (dates that exist,
/// ordered intervals, known time zones) are checked by <see cref="NewsEventsJson"/> and
/// <see cref="Validation.DatasetValidator"/> only.</para>
/// <para>Use it to validate datasets with a JSON Schema validator of your choice, or to give editors
/// completion and documentation for hand-written datasets.</para>
/// </remarks>
public static class NewsEventsSchema
{
    /// <summary>The schema's <c>$id</c>: <c>urn:newsevents:schema:1.1</c>.</summary>
    public const string Id = "urn:newsevents:schema:1.1";

    /// <summary>The file name of the schema: <c>newsevents-1.1.schema.json</c>.</summary>
    public const string FileName = "newsevents-1.1.schema.json";

    /// <summary>The name of the embedded resource that holds the schema in the NewsEvents assembly.</summary>
    public const string ResourceName = "NewsEvents.Schema." + FileName;

    /// <summary>Opens the schema as a read-only stream of UTF-8 JSON. The caller disposes it.</summary>
    /// <returns>A new stream positioned at the start of the schema.</returns>
    public static Stream OpenRead() =>
        typeof(NewsEventsSchema).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The NewsEvents assembly lacks its embedded resource '{ResourceName}'; it was built incorrectly.");

    /// <summary>Returns the schema as JSON text.</summary>
    /// <returns>The text of <c>newsevents-1.1.schema.json</c>.</returns>
    public static string GetJsonText()
    {
        using var stream = OpenRead();
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }
}
