using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsEvents.Json;

/// <summary>
/// A converter of a small object of the format for <see cref="NewsEventsJson.Options"/>: a thin
/// adapter over the one reader (<see cref="FormatReader"/>) and the one writer
/// (<see cref="FormatWriter"/>) of that object, so that the serializer reads and writes it in the
/// same words. The first problem is a <see cref="JsonException"/>, which the serializer locates.
/// </summary>
/// <typeparam name="TValue">The object.</typeparam>
internal abstract class LeafConverter<TValue> : JsonConverter<TValue>
{
    /// <summary>The object's reader.</summary>
    private protected abstract FormatReader.ValueReader<CheckedJsonReader, TValue> Reader { get; }

    /// <summary>The object's writer.</summary>
    private protected abstract Action<Utf8JsonWriter, TValue> Writer { get; }

    // One report a thread, cleared for each value: a dataset holds thousands of small objects.
    [ThreadStatic]
    private static FormatReport? t_report;

    public sealed override TValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var report = t_report ??= new FormatReport(stopAtFirst: true);
        report.Clear();
        var tokens = new CheckedJsonReader(reader, report);
        try
        {
            var value = Reader(ref tokens);
            reader = tokens.Reader;
            return value!;
        }
        catch (FormatReadStopped stopped)
        {
            throw new JsonException(stopped.Problem.Violation.Message);
        }
    }

    public sealed override void Write(Utf8JsonWriter writer, TValue value, JsonSerializerOptions options) => Writer(writer, value);
}
