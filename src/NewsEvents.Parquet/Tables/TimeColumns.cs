using NodaTime;
using NodaTime.Text;

namespace NewsEvents.Parquet.Tables;

/// <summary>
/// The columns of a time value, named after a prefix (<c>time_value</c>, <c>time_earliest_utc</c>…): its text
/// and precision as the format writes them, its zone, and the earliest and latest UTC instants it covers for
/// range queries (a value without a zone is read in UTC, as the analyses read it), then what it came from.
/// </summary>
internal sealed class TimeColumns<TRow>
{
    public TimeColumns(Table<TRow> table, string prefix, Func<TRow, TimeValue?> time, string what)
    {
        Value = table.Text($"{prefix}_value", r => time(r)?.ToString("V", null), $"{what}: the point or interval as the JSON format writes it (2019-02, 2020-01-13, 2019-04/2020-01-13, 2011/..); null when unknown");
        Precision = table.OptionalEnumName($"{prefix}_precision", r => time(r)?.Precision, "Its precision");
        Zone = table.Text($"{prefix}_zone", r => time(r)?.Zone?.Id, "The tzdb zone it is read in (Europe/Moscow); null when unknown");
        Earliest = table.Timestamp($"{prefix}_earliest_utc", r => Utc(time(r)?.EarliestInstant(DateTimeZone.Utc)), "The first instant it covers (a value without a zone read in UTC); null when open at the start");
        Latest = table.Timestamp($"{prefix}_latest_utc", r => Utc(time(r)?.LatestInstant(DateTimeZone.Utc)), "The last instant it covers, inclusive, to the millisecond; null when open at the end");
        Expression = table.Text($"{prefix}_expression", r => time(r)?.Expression, "The words it was read from (\"earlier this month\")");
        Anchor = table.Text($"{prefix}_anchor", r => time(r)?.Anchor?.ToString("V", null), "The point the expression was resolved against (2020-01-13)");
        Approximate = table.Bool($"{prefix}_approximate", r => time(r)?.IsApproximate, "Whether it is a deliberately vague reading; null when there is no time");
        Duration = table.Text($"{prefix}_duration", r => time(r)?.Duration is { } d ? PeriodPattern.Roundtrip.Format(d) : null, "How long the thing lasted, as an ISO-8601 period (P9M)");
    }

    public TextColumn<TRow> Value { get; }

    public TextColumn<TRow> Precision { get; }

    public TextColumn<TRow> Zone { get; }

    public OptionalColumn<TRow, DateTime> Earliest { get; }

    public OptionalColumn<TRow, DateTime> Latest { get; }

    public TextColumn<TRow> Expression { get; }

    public TextColumn<TRow> Anchor { get; }

    public OptionalColumn<TRow, bool> Approximate { get; }

    public TextColumn<TRow> Duration { get; }

    /// <summary>The time value of a row, from its text, zone, expression, anchor, approximation and duration; the precision and instants follow from those.</summary>
    public TimeValue? Read(TableData<TRow> data, int row)
    {
        if (data.Text(Value, row) is not { } text)
        {
            return null;
        }

        var value = data.Make(row, () => TimeValue.Parse(text));
        if (value.Zone is not null)
        {
            throw data.Error(Value, row, $"'{text}' must be the value alone; its zone goes in '{Zone.Name}'.");
        }

        DateTimeZone? zone = null;
        if (data.Text(Zone, row) is { } id)
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw data.Error(Zone, row, $"'{id}' is not a tzdb zone id such as Europe/Moscow.");
        }

        var anchor = data.Text(Anchor, row) is { } a ? data.Make(row, () => TimeValue.Parse(a)) : null;
        Period? duration = null;
        if (data.Text(Duration, row) is { } d)
        {
            var parsed = PeriodPattern.Roundtrip.Parse(d);
            duration = parsed.Success ? parsed.Value : throw data.Error(Duration, row, $"'{d}' is not an ISO-8601 period such as P9M or PT8H.");
        }

        var expression = data.Text(Expression, row);
        var approximate = data.Optional(Approximate, row) ?? false;
        return data.Make(row, () => value with { Zone = zone, Expression = expression, Anchor = anchor, IsApproximate = approximate, Duration = duration });
    }

    private static DateTime? Utc(Instant? instant) => instant?.ToDateTimeUtc();
}
