using System.Text;

namespace NewsEvents.Cli.Tests;

/// <summary>A writer that keeps what it is given and records the largest single write: shows whether output is streamed or held whole.</summary>
internal sealed class ChunkRecordingWriter : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>How many characters the largest single write held.</summary>
    public int Largest { get; private set; }

    /// <summary>How many writes there were.</summary>
    public int Writes { get; private set; }

    public string Text => _text.ToString();

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Writes++;
        Largest = Math.Max(Largest, buffer.Length);
        _text.Append(buffer);
    }
}
