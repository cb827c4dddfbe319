using System.Text;
using nietras.SeparatedValues;

namespace NewsEvents.Interop;

/// <summary>
/// The rows of one delimited file (GDELT, ACLED, POLECAT, ICEWS), read with Sep through <see cref="LineLimitStream"/>.
/// Bytes that do not decode end the file, and a record longer than <see cref="ImportOptions.MaxRecordBytes"/> is a bad
/// row: each is raised as a problem (a strict import stops there). After a long record a lenient import goes on with a
/// new Sep reader from the next record: the old one saw the file end there.
/// </summary>
internal sealed class SepRows : IDisposable
{
    private readonly LineLimitStream _bytes;
    private readonly StreamReader _text;
    private readonly SepReaderOptions _sep;
    private readonly ImportOptions _options;
    private readonly string _file;
    private readonly string _notDecodable;
    private SepReader? _reader;

    // The lines before the current Sep reader's first: those of the records before a long one, and its own.
    private long _linesBefore;

    // Where the current row starts and the next will, in the current Sep reader's lines. Sep's own LineNumberFrom says 2
    // for the first row of a file read without a header; the line after the previous row is right for every row.
    private int _rowLine;
    private int _nextRowLine = 1;

    /// <summary>Opens <paramref name="source"/>; nothing is read before the first <see cref="MoveNext"/>.</summary>
    /// <param name="source">The file.</param>
    /// <param name="encoding">Its encoding (a strict one, so that bytes that do not decode fail).</param>
    /// <param name="sep">How Sep reads it; a file whose values may be quoted has quotes parsed.</param>
    /// <param name="options">Where problems go.</param>
    /// <param name="notDecodable">The problem of a file that stops decoding.</param>
    public SepRows(ImportSource source, Encoding encoding, SepReaderOptions sep, ImportOptions options, string notDecodable)
    {
        _bytes = new LineLimitStream(source.Open(), quoted: !sep.DisableQuotesParsing);
        _text = new StreamReader(_bytes, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        _sep = sep;
        _options = options;
        _file = source.Name;
        _notDecodable = notDecodable;
    }

    /// <summary>What <see cref="MoveNext"/> came to.</summary>
    public enum Step
    {
        /// <summary>A row: <see cref="Current"/>.</summary>
        Row,

        /// <summary>A record longer than the limit, raised and skipped: a bad row (a lenient import goes on).</summary>
        TooLong,

        /// <summary>The end of the file.</summary>
        End,

        /// <summary>Bytes that do not decode, raised: the rest of the file is not read.</summary>
        NotDecodable,
    }

    /// <summary>The current row.</summary>
    public SepReader.Row Current => _reader!.Current;

    /// <summary>The line the current row starts on, from 1.</summary>
    public long Line => _linesBefore + _rowLine;

    /// <summary>Moves to the next row, raising a file that stops decoding and a record that is too long.</summary>
    /// <returns>Where it came to.</returns>
    public Step MoveNext()
    {
        if (_reader is null && _bytes.CutLine > 0)
        {
            // Past the long record only when a row after it is asked for: a caller that stops at it reads no further.
            _text.DiscardBufferedData();
            _bytes.SkipRecord();
            _linesBefore = _bytes.LinesEnded;
            _nextRowLine = 1;
        }

        bool moved;
        try
        {
            // Sep reads the first block of the file as it opens it.
            _reader ??= _sep.From(_text, leaveOpen: true);
            moved = _reader.MoveNext();
            if (moved)
            {
                _rowLine = _nextRowLine;
                _nextRowLine = _reader.Current.LineNumberToExcl;
            }
        }
        catch (DecoderFallbackException)
        {
            _options.Raise(new ImportProblem(_file, 0, _notDecodable));
            return Step.NotDecodable;
        }

        // The stream ended early at a long record: Sep took what it was given of it for the last row.
        if (_bytes.CutLine > 0 && (!moved || Line == _bytes.CutLine))
        {
            _options.Raise(ImportProblem.TooLong(_file, _bytes.CutLine));
            _reader.Dispose();
            _reader = null;
            return Step.TooLong;
        }

        return moved ? Step.Row : Step.End;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _text.Dispose();
    }
}
