using System.Text;

namespace NewsEvents.Generation;

/// <summary>Builds a document's text piece by piece, counting code points, so that every span taken from it quotes it exactly.</summary>
internal sealed class DocumentTextBuilder(DocumentId document)
{
    private readonly StringBuilder _text = new(2048);
    private int _codePoints;

    public int Position => _codePoints;

    /// <summary>Appends text and returns its span.</summary>
    public (int Start, int End) Append(string text)
    {
        var start = _codePoints;
        _text.Append(text);
        _codePoints += CodePoints.Count(text);
        return (start, _codePoints);
    }

    /// <summary>Appends text and returns evidence quoting it.</summary>
    public Evidence AppendEvidence(string text)
    {
        var (start, end) = Append(text);
        return new Evidence(document, start, end, text);
    }

    /// <summary>Evidence for the text appended since <paramref name="start"/>, quoting it.</summary>
    public Evidence Since(int start, int utf16Start) => new(document, start, _codePoints, _text.ToString(utf16Start, _text.Length - utf16Start));

    public int Utf16Length => _text.Length;

    public override string ToString() => _text.ToString();
}
