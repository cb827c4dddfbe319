using System.Text;

namespace NewsEvents.Interop.SchemaOrg;

/// <summary>
/// The <c>@id</c>s the JSON-LD export gives a dataset and its entities: <c>urn:newsevents:DATASET</c> for the dataset
/// and <c>urn:newsevents:DATASET:KIND:ID</c> for an entity, KIND being <c>document</c>, <c>actor</c>, <c>event</c> or
/// <c>claim</c>. The dataset id and the entity id are percent-encoded (UTF-8, every character but
/// <c>A–Z a–z 0–9 - . _ ~</c>), so that a <c>:</c> inside an id cannot be read as a separator.
/// </summary>
/// <remarks>
/// The ids depend on nothing but the dataset id and the entity id: exporting the same dataset again, on any
/// machine, gives the same ids, and two datasets with different ids never share one.
/// </remarks>
public static class JsonLdIds
{
    private const string Scheme = "urn:newsevents:";

    /// <summary>The dataset's own id.</summary>
    /// <param name="dataset">The dataset's id.</param>
    /// <returns>The IRI.</returns>
    public static string Of(DatasetId dataset) => Scheme + Encode(dataset.Value);

    /// <summary>A document's id.</summary>
    /// <param name="dataset">The dataset's id.</param>
    /// <param name="document">The document's id.</param>
    /// <returns>The IRI.</returns>
    public static string Of(DatasetId dataset, DocumentId document) => Entity(dataset, "document", document.Value);

    /// <summary>An actor's id.</summary>
    /// <param name="dataset">The dataset's id.</param>
    /// <param name="actor">The actor's id.</param>
    /// <returns>The IRI.</returns>
    public static string Of(DatasetId dataset, ActorId actor) => Entity(dataset, "actor", actor.Value);

    /// <summary>An event's id.</summary>
    /// <param name="dataset">The dataset's id.</param>
    /// <param name="event">The event's id.</param>
    /// <returns>The IRI.</returns>
    public static string Of(DatasetId dataset, EventId @event) => Entity(dataset, "event", @event.Value);

    /// <summary>A claim's id.</summary>
    /// <param name="dataset">The dataset's id.</param>
    /// <param name="claim">The claim's id.</param>
    /// <returns>The IRI.</returns>
    public static string Of(DatasetId dataset, ClaimId claim) => Entity(dataset, "claim", claim.Value);

    private static string Entity(DatasetId dataset, string kind, string id) => $"{Of(dataset)}:{kind}:{Encode(id)}";

    private static string Encode(string? text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        var builder = new StringBuilder(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '.' or '_' or '~'))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
