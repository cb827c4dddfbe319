using System.Buffers;
using System.Collections;
using NewsEvents.Json;
using NewsEvents.Validation;

namespace NewsEvents.Streaming;

/// <summary>
/// The records of a dataset document in a stream that can seek (a file), read a window at a time: the
/// header (the dataset's members other than its collections), then each document, actor, event,
/// statement, claim and relation, the order of a JSON Lines stream, whatever the order of the
/// document's members. Memory holds a window (<see cref="JsonWindow"/>), never the dataset.
/// </summary>
/// <remarks>
/// <para>The first enumeration reads the document's outline: its members, each collection's array
/// skipped and its place noted, so that every later one goes straight to the arrays. Each enumeration
/// reads the stream again from where it was when this was made; it must not change in between.</para>
/// <para>Items are read by the format's one reader, its fast pass. Where that pass gives up (a document
/// that breaks the format, or one it cannot read a window at a time: a token longer than the window's
/// margin, members of a newer minor version), the document is read whole as
/// <see cref="DatasetReading.Read(JsonWindow, NewsEventsReaderOptions)"/> reads it: its checking pass
/// throws the <see cref="NewsEventsFormatException"/> that names every problem, or gives the dataset,
/// whose records follow on from those already given (and serve later enumerations).</para>
/// </remarks>
/// <param name="stream">The stream, at the document's start.</param>
/// <param name="options">How to read (the schema versions accepted; the warnings of a checking pass).</param>
/// <param name="margin">The window's margin (<see cref="JsonWindow.Margin"/>).</param>
internal sealed class DatasetRecords(Stream stream, NewsEventsReaderOptions options, int margin = JsonWindow.DefaultMargin) : IEnumerable<JsonLinesRecord>
{
    private static readonly JsonLinesRecordKind[] Kinds =
        [JsonLinesRecordKind.Document, JsonLinesRecordKind.Actor, JsonLinesRecordKind.Event, JsonLinesRecordKind.Statement, JsonLinesRecordKind.Claim, JsonLinesRecordKind.Relation];

    private readonly long _start = stream.Position;
    private JsonLinesRecord? _header;
    private long[]? _arrays;

    // Where each document lies in the stream, by its id's fingerprint, noted in the first enumeration that
    // reads them all; and the dataset read whole, when the fast pass gave up.
    private List<DocumentPlace>? _noting = [];
    private List<DocumentPlace> _documents = [];
    private Dataset? _whole;
    private Dictionary<string, Document>? _wholeDocuments;

    /// <inheritdoc />
    public IEnumerator<JsonLinesRecord> GetEnumerator() => (_whole is { } whole ? JsonLinesWriter.ToRecords(whole) : Read()).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// The text of the first document with the id <paramref name="document"/>, read again from the stream
    /// (which is left where it was); null when it has none or no document has the id. Known once an
    /// enumeration has read every document.
    /// </summary>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public string? TextOf(string document)
    {
        if (_whole is not null)
        {
            _wholeDocuments ??= _whole.Documents.DistinctBy(d => d.Id.Value).ToDictionary(d => d.Id.Value!, StringComparer.Ordinal);
            return _wholeDocuments.GetValueOrDefault(document)?.Text;
        }

        var fingerprint = IdFingerprint.Of(document);
        var at = _documents.BinarySearch(new DocumentPlace(fingerprint, long.MinValue, 0));
        for (at = ~at; at < _documents.Count && _documents[at].Fingerprint == fingerprint; at++)
        {
            if (ReadAgain(_documents[at]) is { } found && found.Id.Value == document)
            {
                return found.Text;
            }
        }

        return null;
    }

    private IEnumerable<JsonLinesRecord> Read()
    {
        _noting?.Clear();
        var given = 0L;
        var refused = !TryOutline();
        for (var collection = 0; !refused && collection < Kinds.Length; collection++)
        {
            if (given == 0)
            {
                given++;
                yield return _header!;
            }

            if (_arrays![collection] < 0)
            {
                continue;
            }

            stream.Position = _arrays[collection];
            using var window = new JsonWindow(stream, margin);
            FastJsonReader.Mark mark = default;
            while (true)
            {
                object? item;
                long start, end;
                try
                {
                    if (mark == default)
                    {
                        mark = FormatReader.OpenArray(window);
                    }

                    item = FormatReader.ReadItem(window, ref mark, DatasetMember.Documents + collection, out start, out end);
                }
                catch (Exception e) when (FormatReader.IsRefusal(e))
                {
                    refused = true;
                    break;
                }

                if (item is null)
                {
                    break;
                }

                if (item is Document document)
                {
                    _noting?.Add(new DocumentPlace(IdFingerprint.Of(document.Id.Value!), start, checked((int)(end - start))));
                }

                given++;
                yield return JsonLinesRecord.Create(Kinds[collection], item, 0);
            }
        }

        if (refused)
        {
            foreach (var record in JsonLinesWriter.ToRecords(ReadWhole()).Skip(checked((int)given)))
            {
                yield return record;
            }

            yield break;
        }

        if (_noting is not null)
        {
            _noting.Sort();
            _noting.TrimExcess();
            (_documents, _noting) = (_noting, null);
        }
    }

    /// <summary>Reads the outline once; false when the fast pass gives up on it.</summary>
    private bool TryOutline()
    {
        if (_header is not null)
        {
            return true;
        }

        stream.Position = _start;
        using var window = new JsonWindow(stream, margin);
        var arrays = new long[Kinds.Length];
        Array.Fill(arrays, -1L);
        try
        {
            var outline = FormatReader.ReadOutline(window, arrays);
            if (SchemaVersion.Check(outline.SchemaVersion, options.AllowNewerMinorVersion) is not null)
            {
                return false;
            }

            _header = JsonLinesRecord.From(JsonLinesHeader.Of(outline));
        }
        catch (Exception e) when (FormatReader.IsRefusal(e))
        {
            return false;
        }

        _arrays = arrays;
        return true;
    }

    /// <summary>The document read whole, once, where the fast pass gave up: its checking pass throws for what breaks the format.</summary>
    private Dataset ReadWhole()
    {
        if (_whole is null)
        {
            stream.Position = _start;
            using var window = new JsonWindow(stream, margin);
            _whole = DatasetReading.Read(window, options);
            _noting = null;
        }

        return _whole;
    }

    /// <summary>Reads the document at <paramref name="place"/> again, leaving the stream where it was.</summary>
    private Document? ReadAgain(DocumentPlace place)
    {
        var was = stream.Position;
        var buffer = ArrayPool<byte>.Shared.Rent(place.Length);
        try
        {
            stream.Position = place.Start;
            stream.ReadExactly(buffer, 0, place.Length);
            return FormatReader.TryRead(buffer.AsSpan(0, place.Length), FormatReader.ReadDocument, out var document) ? document : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            stream.Position = was;
        }
    }

    /// <summary>Where a document lies in the stream, ordered by its id's fingerprint, then by its place.</summary>
    private readonly record struct DocumentPlace(ulong Fingerprint, long Start, int Length) : IComparable<DocumentPlace>
    {
        public int CompareTo(DocumentPlace other) => (Fingerprint, Start).CompareTo((other.Fingerprint, other.Start));
    }
}
