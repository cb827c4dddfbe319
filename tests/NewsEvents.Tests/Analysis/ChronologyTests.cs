using NewsEvents.Analysis;
using NodaTime;

namespace NewsEvents.Tests.Analysis;

public sealed class ChronologyTests
{
    [Fact]
    public void Times_of_one_day_that_differ_beyond_their_value_are_ordered_as_the_comparer_orders_them_without_allocating()
    {
        var chronology = new Chronology(DateTimeZone.Utc);
        // Equal anchors and durations, but separate instances, as two events read from a file have them.
        TimeValue Sunday(bool approximate) => TimeValue.Parse("2020-01-05") with
        {
            Expression = "on Sunday",
            Anchor = TimeValue.Parse("2020-01-06"),
            Duration = Period.FromHours(3),
            IsApproximate = approximate,
        };
        var exact = chronology.KeyOf(Sunday(approximate: false));
        var approximate = chronology.KeyOf(Sunday(approximate: true));
        var comparer = new TimeValueComparer(DateTimeZone.Utc);

        const int Comparisons = 100_000;
        var order = chronology.Compare(exact, approximate);
        var reversed = chronology.Compare(approximate, exact);
        // A first pass lets the runtime compile and tier up the comparison, which allocates once.
        for (var i = 0; i < Comparisons; i++)
        {
            chronology.Compare(exact, approximate);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Comparisons; i++)
        {
            chronology.Compare(exact, approximate);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        order.Should().BeNegative("the exact value comes first");
        Math.Sign(order).Should().Be(Math.Sign(comparer.Compare(exact.Time, approximate.Time)));
        Math.Sign(reversed).Should().Be(-Math.Sign(order));
        // Less than a byte a comparison: nothing is made per comparison (a boxed value alone would be 24 bytes each);
        // the runtime may still allocate a few kilobytes once, compiling.
        allocated.Should().BeLessThan(Comparisons);
    }
}
