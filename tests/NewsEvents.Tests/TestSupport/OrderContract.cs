namespace NewsEvents.Tests.TestSupport;

/// <summary>
/// The order contract of a comparable type: given values in strictly ascending order, every pair
/// compares the right way round through IComparable&lt;T&gt; and, where implemented, IComparable;
/// each value compares equal to itself and to an equal copy; and sorting any permutation restores the order.
/// </summary>
public static class OrderContract
{
    public static void Verify<T>(IReadOnlyList<T> ascending, Func<T, T> copy)
        where T : IComparable<T>
    {
        ascending.Count.Should().BeGreaterThan(2, "an order needs values to order");
        for (var i = 0; i < ascending.Count; i++)
        {
            var value = ascending[i];
            value.CompareTo(value).Should().Be(0, $"{value} equals itself");
            var twin = copy(value);
            value.CompareTo(twin).Should().Be(0, $"{value} compares equal to an equal copy");
            twin.Should().Be(value, "a copy that compares equal is equal");
            for (var j = i + 1; j < ascending.Count; j++)
            {
                var later = ascending[j];
                value.CompareTo(later).Should().BeNegative($"{value} comes before {later}");
                later.CompareTo(value).Should().BePositive($"{later} comes after {value}");
                later.Should().NotBe(value, "values that compare unequal are unequal");
                if (value is IComparable untyped)
                {
                    untyped.CompareTo(later).Should().BeNegative("IComparable agrees with IComparable<T>");
                    untyped.CompareTo(null).Should().BePositive("null comes first");
                }
            }
        }

        var shuffled = ascending.Reverse().Concat(ascending.Where((_, i) => i % 2 == 0)).ToList();
        shuffled.Sort();
        shuffled.Distinct().Should().Equal(ascending, "sorting restores the order");
    }
}
