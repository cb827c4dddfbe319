using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsEvents.Analysis;
using NodaTime;
using static NewsEvents.Tests.Analysis.AnalysisData;

namespace NewsEvents.Tests.Analysis;

/// <summary>
/// The timeline's order, found by radix sorts of ranks, is exactly a comparison sort's by the chronology's comparer,
/// then kind, then id (ordinal), on generated entries that tie often: a few days, the same written times in a few
/// zones, expressions, anchors and durations, and ids that share long prefixes.
/// </summary>
public sealed class TimelineProperties
{
    private static readonly DateTimeZone?[] Zones = [null, DateTimeZoneProviders.Tzdb["Europe/Moscow"], DateTimeZoneProviders.Tzdb["Africa/Tripoli"]];

    // Letters below and above U+0080 and U+FFFF (a surrogate pair), so ids differ in either byte of a code unit.
    private static readonly string[] IdUnits = ["a", "b", "0", "9", "é", "ā", "中", "\U0001F600"];

    private static Gen<TimeValue> Time =>
        from day in Gen.Choose(1, 3).Select(d => new LocalDate(2020, 1, d))
        from shape in Gen.Choose(0, 6)
        from zone in Gen.Elements(Zones)
        from expression in Gen.Elements<string?>(null, "on Monday", "in December", "earlier this month")
        from anchor in Gen.Elements<TimeValue?>(null, TimeValue.Day(2020, 1, 4), TimeValue.Day(2020, 1, 5))
        from approximate in Gen.Elements(false, false, true)
        from duration in Gen.Elements<Period?>(null, null, Period.FromDays(1), Period.FromHours(3))
        select (shape switch
        {
            0 => TimeValue.At(day.At(new LocalTime(12, 0))),
            1 => TimeValue.WeekOf(day),
            2 => TimeValue.Month(2020, 1),
            3 => TimeValue.Since(TimeValue.Day(day)),
            4 => TimeValue.Until(TimeValue.Day(day)),
            _ => TimeValue.Day(day),
        }) with
        {
            Zone = zone,
            Expression = expression,
            Anchor = anchor,
            IsApproximate = approximate,
            Duration = duration,
        };

    private static Gen<string[]> Ids(int count) =>
        Gen.Elements(IdUnits).ArrayOf().Select(units => string.Concat(units.Take(6)))
            .Where(id => id.Length > 0).ArrayOf(count).Select(ids => ids.Distinct(StringComparer.Ordinal).ToArray());

    private static Gen<Dataset> Crowded =>
        from eventCount in Gen.Choose(0, 150)
        from statementCount in Gen.Choose(0, 100)
        from eventIds in Ids(eventCount)
        from statementIds in Ids(statementCount)
        from eventTimes in Gen.OrNull(Time).ArrayOf(eventIds.Length)
        from statementTimes in Gen.OrNull(Time).ArrayOf(statementIds.Length)
        select Of(
            events: eventIds.Select((id, i) => Event(id, eventTimes[i])),
            statements: statementIds.Select((id, i) => Statement(id, "a", statementTimes[i])));

    [Property(MaxTest = 200)]
    public Property The_order_is_a_comparison_sort_by_time_then_kind_then_id() =>
        Prop.ForAll(Arb.From(Crowded), dataset =>
        {
            var timeline = Timeline.Build(dataset, new TimelineFilter { IncludeStatements = true });
            var entries = dataset.Events.Select(TimelineEntry.Of).Concat(dataset.Statements.Select(TimelineEntry.Of)).ToList();
            var chronology = new Chronology(DateTimeZone.Utc);
            var dated = entries.Where(e => e.Time is not null).ToList();
            dated.Sort((x, y) =>
            {
                var c = chronology.Compare(chronology.KeyOf(x.Time!), chronology.KeyOf(y.Time!));
                return c != 0 ? c : KindThenId(x, y);
            });
            var undated = entries.Where(e => e.Time is null).ToList();
            undated.Sort(KindThenId);

            // Compared as lines naming each entry, so that a failure shows where the orders part.
            timeline.Dated.Select(e => Line(e.Entry)).Should().Equal(dated.Select(Line));
            timeline.Undated.Select(Line).Should().Equal(undated.Select(Line));
        });

    private static string Line(TimelineEntry entry) => $"{entry.Kind} {entry.Id} {entry.Time?.ToString("V", null)} {entry.Time?.Expression} {entry.Time?.Anchor}";

    private static int KindThenId(TimelineEntry x, TimelineEntry y)
    {
        var c = x.Kind.CompareTo(y.Kind);
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }
}
