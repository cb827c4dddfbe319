using System.Text;

namespace NewsEvents.Cli;

/// <summary>
/// The writer every command prints through: passes text on with every control character but the
/// line feed escaped (<see cref="OutputText"/>), so that no data reaches the terminal or a log raw.
/// </summary>
internal sealed class EscapingWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    private readonly StringBuilder _escaped = new();

    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // The base accepts null too: it means the default.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (OutputText.IsSafeWithLineFeeds(buffer))
        {
            inner.Write(buffer);
            return;
        }

        _escaped.Clear();
        OutputText.AppendKeepingLineFeeds(_escaped, buffer);
        foreach (var chunk in _escaped.GetChunks())
        {
            inner.Write(chunk.Span);
        }
    }

    public override void Flush() => inner.Flush();
}
