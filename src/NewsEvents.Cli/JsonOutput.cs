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
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = indented,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
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
