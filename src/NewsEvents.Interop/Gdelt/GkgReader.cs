using System.Collections.Immutable;
using System.Globalization;
using NewsEvents.Streaming;
using nietras.SeparatedValues;
using NodaTime;

namespace NewsEvents.Interop.Gdelt;

/// <summary>
/// Reads GDELT GKG 2.1 records. A record is a document (<c>gdelt-gkg-</c> and its GKGRECORDID), with every column but
/// the id and the quotations kept as its source attributes; each entry of its Quotations is a statement, a direct
/// quote whose evidence is the entry's span of the document (approximate, as all GDELT offsets). GKG names no speaker:
/// every quotation is spoken by one actor that stands for "unattributed" (<see cref="UnattributedSpeaker"/>), since a
/// statement must have a speaker. A record is checked whole before anything of it is written.
/// </summary>
internal sealed class GkgReader
{
    /// <summary>The prefix of a GKG document's id: the GKGRECORDID follows.</summary>
    public const string DocumentIdPrefix = "gdelt-gkg-";

    /// <summary>Between a GKG document's id and the number (from 1) of one of its quotations, in the statement's id.</summary>
    public const string QuotationSeparator = "-q";

    /// <summary>The number of columns of a GKG 1.0 row, which is recognised to say why it is not imported.</summary>
    public const int Gkg1ColumnCount = 11;

    public const string Gkg1NotImported =
        "The row has 11 columns, as GDELT GKG 1.0 has: GKG 1.0 is not imported, since a row sums up many articles "
        + "(SOURCEURLS) and gives no record id and no character offsets, so it can be neither one document nor evidence "
        + "of the events it names (see docs/interop.md); import GKG 2.1 files.";

    /// <summary>The actor every GKG quotation is attributed to: GKG gives the words, not who spoke them.</summary>
    public static readonly ActorId UnattributedSpeaker = new("gdelt-gkg-unattributed");

    private static readonly int RecordId = At("GKGRECORDID");
    private static readonly int Date = At("DATE");
    private static readonly int SourceCollection = At("SourceCollectionIdentifier");
    private static readonly int SourceCommonName = At("SourceCommonName");
    private static readonly int DocumentIdentifier = At("DocumentIdentifier");
    private static readonly int Quotations = At("Quotations");

    private readonly GdeltAttributes _attributes = new();
    private readonly HashSet<string> _records = new(StringComparer.Ordinal);
    private bool _speakerWritten;

    /// <summary>Records read into documents.</summary>
    public long Records => _records.Count;

    /// <summary>Records whose GKGRECORDID was read before: the same record seen again, kept once (the first).</summary>
    public long RepeatedRecords { get; private set; }

    /// <summary>Actors written: the unattributed speaker, once the first quotation was read.</summary>
    public long Actors => _speakerWritten ? 1 : 0;

    /// <summary>Statements written, one per quotation.</summary>
    public long Statements { get; private set; }

    /// <summary>Whether <paramref name="text"/> has the shape of a GKGRECORDID: YYYYMMDDHHMMSS, a dash, T when translingual, a number.</summary>
    public static bool IsRecordId(ReadOnlySpan<char> text)
    {
        if (text.Length < 16 || text[14] != '-' || text[..14].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var number = text[15] == 'T' ? text[16..] : text[15..];
        return number.Length is > 0 and <= 18 && !number.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// Reads a record into <paramref name="output"/>: its document and its statements (and, before the first
    /// statement of the import, the unattributed speaker). Returns the document's identifier and id, or null when
    /// the record was read before.
    /// </summary>
    /// <exception cref="GdeltRowException">The record breaks a rule of the layout.</exception>
    public (string Identifier, DocumentId Id)? Read(SepReader.Row row, Func<Instant, TimeValue> slot, List<JsonLinesRecord> output)
    {
        var recordId = row[RecordId].Span;
        if (!IsRecordId(recordId))
        {
            throw GdeltValues.Bad("GKGRECORDID", recordId, "a GKG record id (YYYYMMDDHHMMSS-N, or -TN when translingual)");
        }

        var published = slot(GdeltValues.Moment(row[Date].Span, "DATE"));
        GdeltValues.Integer(row[SourceCollection].Span, "SourceCollectionIdentifier", 1, 6);
        var identifier = row[DocumentIdentifier].Span;
        if (identifier.IsWhiteSpace())
        {
            throw GdeltValues.Bad("DocumentIdentifier", identifier, "the document's URL or identifier");
        }

        var id = new DocumentId(string.Concat(DocumentIdPrefix, recordId));
        var quotations = ReadQuotations(row[Quotations].Span, id);
        if (_records.GetAlternateLookup<ReadOnlySpan<char>>().Contains(recordId))
        {
            RepeatedRecords++;
            return null;
        }

        // Everything checked: from here the record's items are registered and written.
        _records.Add(id.Value[DocumentIdPrefix.Length..]);
        var publisher = row[SourceCommonName].Span;
        var text = identifier.ToString();
        output.Add(JsonLinesRecord.From(GdeltDocumentIds.Make(id, text, publisher.IsWhiteSpace() ? null : publisher.ToString(), published, _attributes.OfGkgRecord(row))));
        if (quotations.Length > 0 && !_speakerWritten)
        {
            output.Add(JsonLinesRecord.From(new Actor
            {
                Id = UnattributedSpeaker,
                Kind = ActorKind.Collective,
                Name = "unattributed speaker (GDELT GKG quotations name none)",
                Attributes = GdeltAttributes.Unattributed,
            }));
            _speakerWritten = true;
        }

        foreach (var statement in quotations)
        {
            output.Add(JsonLinesRecord.From(statement));
        }

        Statements += quotations.Length;
        return (text, id);
    }

    /// <summary>The statements of a Quotations column: entries <c>offset|length|verb|quote</c> separated by <c>#</c>.</summary>
    private ImmutableArray<Statement> ReadQuotations(ReadOnlySpan<char> column, DocumentId document)
    {
        if (column.IsEmpty)
        {
            return [];
        }

        var statements = ImmutableArray.CreateBuilder<Statement>();
        var number = 0;
        Span<Range> fields = stackalloc Range[4];
        foreach (var range in column.Split('#'))
        {
            var entry = column[range];
            number++;
            var name = string.Create(CultureInfo.InvariantCulture, $"Quotations entry {number}");
            if (entry.Split(fields, '|') < 4)
            {
                throw GdeltValues.Bad(name, entry, "offset|length|verb|quote");
            }

            // Split puts whatever follows the third bar, bars included, into the quote, as it was written.
            var start = Canonical(entry[fields[0]], name + " offset");
            var length = Canonical(entry[fields[1]], name + " length");
            var quote = entry[fields[3]];
            if (quote.IsWhiteSpace())
            {
                throw GdeltValues.Bad(name + " quote", quote, "the quoted words");
            }

            if (start > int.MaxValue - length)
            {
                throw new GdeltRowException($"{name}: the offset {start} and the length {length} pass the largest offset a document can have.");
            }

            var quoteText = quote.ToString();

            // GDELT's length counts the text it saw; the quote it gives is often cleaned up (spaces, punctuation). The
            // evidence carries the quote only where both agree, as a quote must fill its span exactly.
            var evidenceQuote = CodePoints.Count(quote) == length ? quoteText : null;
            statements.Add(new Statement
            {
                Id = new StatementId(string.Create(CultureInfo.InvariantCulture, $"{document.Value}{QuotationSeparator}{number}")),
                Speaker = UnattributedSpeaker,
                Channel = StatementChannel.Unspecified,
                Mode = SpeechMode.DirectQuote,
                Content = quoteText,
                Evidence = [new Evidence(document, start, start + length, evidenceQuote) { Attributes = GdeltAttributes.QuotationEvidence }],
                Attributes = _attributes.OfQuotation(entry[fields[2]]),
            });
        }

        return statements.ToImmutable();
    }

    /// <summary>A whole number as GDELT writes it: digits, no sign, no leading zero, so that it is written back the same.</summary>
    private static int Canonical(ReadOnlySpan<char> text, string name) =>
        text.Length is > 0 and <= 9 && !text.ContainsAnyExceptInRange('0', '9') && (text.Length == 1 || text[0] != '0')
            ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : throw GdeltValues.Bad(name, text, "a whole number written without sign or leading zeros");

    private static int At(string name) => GdeltColumns.NumberOf(GdeltLayout.Gkg21, name) - 1;
}
