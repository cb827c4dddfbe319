using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsEvents.Cli;

/// <summary>Writes JSON for scripts with a <see cref="Utf8JsonWriter"/> (no reflection, so the tool trims and compiles ahead of time).</summary>
internal static class JsonOutput
{
    /// <summary>Writes what <paramref name="write"/> produces to <paramref name="output"/>, then a line end.</summary>
    public static void Write(TextWriter output, bool indented, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options(indented)))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    /// <summary>
    /// How many bytes a streamed writer (<see cref="Open"/>) holds at most, give or take one item,
    /// before <see cref="FlushWhenFull"/> passes them on: output of any length is written in chunks of
    /// about this size, never held whole.
    /// </summary>
    public const int FlushBytes = 64 * 1024;

    /// <summary>
    /// A writer onto <paramref name="output"/> for output too long to hold: flush it as it goes
    /// (<see cref="FlushWhenFull"/> after each item), and end the output with a line end when done.
    /// </summary>
    public static Utf8JsonWriter Open(TextWriter output, bool indented)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new Utf8JsonWriter(new TextWriterStream(output), Options(indented));
    }

    private static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Passes what <paramref name="writer"/> holds on to its stream once it holds <see cref="FlushBytes"/> or more.</summary>
    public static void FlushWhenFull(this Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushBytes)
        {
            writer.Flush();
        }
    }

    /// <summary>Writes a string property, or nothing when the value is null.</summary>
    public static void OptionalString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
