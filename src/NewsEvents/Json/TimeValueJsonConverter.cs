using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace NewsEvents.Json;

/// <summary>
/// Reads and writes <see cref="TimeValue"/> as <c>{ "value", "zone", "expression", "anchor",
/// "approximate", "duration" }</c> (<see cref="FormatTable.TimeValue"/>), through the format's own
/// reader and writer.
/// </summary>
internal sealed class TimeValueJsonConverter : LeafConverter<TimeValue>
{
    private protected override FormatReader.ValueReader<CheckedJsonReader, TimeValue> Reader => FormatReader.ReadTime;

    private protected override Action<Utf8JsonWriter, TimeValue> Writer => FormatWriter.WriteTime;

    /// <summary>
    /// The canonical duration text: NodaTime's round-trip ISO form, which keeps every unit as given
    /// (PT90M stays PT90M), so that a read value writes back unchanged.
    /// </summary>
    internal static string FormatDuration(Period period) => PeriodPattern.Roundtrip.Format(period);
}
