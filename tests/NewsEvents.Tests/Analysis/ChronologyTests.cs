using NewsEvents.Analysis;
using NodaTime;

namespace NewsEvents.Tests.Analysis;

public sealed class ChronologyTests
{
    [Fact]
    public void Times_of_one_day_that_differ_beyond_their_value_are_ordered_as_the_comparer_orders_them_without_allocating()
    {
        // Equal anchors and durations, but separate instances, as two events read from a file have them.
        TimeValue Sunday(bool approximate) => TimeValue.Parse("2020-01-05") with
        {
            Expression = "on Sunday",
            Anchor = TimeValue.Parse("2020-01-06"),
            Duration = Period.FromHours(3),
            IsApproximate = approximate,
        };

        OrdersWithoutAllocating(Sunday(approximate: false), Sunday(approximate: true), DateTimeZone.Utc);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("Europe/Berlin")]
    public void Times_of_one_day_resolved_against_different_anchors_are_ordered_by_their_anchors_without_allocating(string zone)
    {
        // "In December", written in articles of different days: one month, the anchors mapped to instants at each comparison.
        TimeValue December(string anchor) => TimeValue.Parse("2018-12") with { Expression = "in December", Anchor = TimeValue.Parse(anchor) };

        OrdersWithoutAllocating(December("2019-01-02"), December("2019-01-03"), DateTimeZoneProviders.Tzdb[zone]);
    }

    /// <summary>Checks that the first time comes first, as the comparer has it, and that comparing them allocates nothing.</summary>
    private static void OrdersWithoutAllocating(TimeValue first, TimeValue second, DateTimeZone defaultZone)
    {
        var chronology = new Chronology(defaultZone);
        var x = chronology.KeyOf(first);
        var y = chronology.KeyOf(second);
        var comparer = new TimeValueComparer(defaultZone);

        const int Comparisons = 100_000;
        var order = chronology.Compare(x, y);
        var reversed = chronology.Compare(y, x);
        // A first pass lets the runtime compile and tier up the comparison, which allocates once.
        for (var i = 0; i < Comparisons; i++)
        {
            chronology.Compare(x, y);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Comparisons; i++)
        {
            chronology.Compare(x, y);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        order.Should().BeNegative();
        Math.Sign(order).Should().Be(Math.Sign(comparer.Compare(first, second)));
        Math.Sign(reversed).Should().Be(-Math.Sign(order));
        // Less than a byte a comparison: nothing is made per comparison (a boxed value alone would be 24 bytes, a
        // zone's mapping of a local time 64); the runtime may still allocate a few kilobytes once, compiling.
        allocated.Should().BeLessThan(Comparisons);
    }
}
