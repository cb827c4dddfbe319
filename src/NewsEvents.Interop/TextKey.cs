namespace NewsEvents.Interop;

/// <summary>
/// A key made of a row's columns, joined by tabs in reused space: a value looked up by it (an actor, a place) costs
/// no string unless it is new.
/// </summary>
internal sealed class TextKey
{
    private char[] _chars = new char[128];
    private int _length;

    /// <summary>The key so far.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    /// <summary>Starts a key with its first column.</summary>
    public TextKey Start(ReadOnlySpan<char> first)
    {
        _length = 0;
        Append(first);
        return this;
    }

    /// <summary>Adds a column, after a tab.</summary>
    public TextKey Then(ReadOnlySpan<char> column)
    {
        Append("\t");
        Append(column);
        return this;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_chars.Length - _length < text.Length)
        {
            Array.Resize(ref _chars, Math.Max(_length + text.Length, _chars.Length * 2));
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }
}
