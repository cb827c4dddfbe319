using NewsEvents.Analysis;

namespace NewsEvents.Tests.Analysis;

public sealed class OrdinalGrouperTests
{
    [Fact]
    public void Groups_items_under_their_keys_in_the_order_they_came_once_per_key_for_AddOnce()
    {
        var (a, b, c) = ("a", "b", "c");
        var grouper = new OrdinalGrouper<string>(pairs: 1);
        grouper.Add(2, a);
        grouper.AddOnce(2, a);
        grouper.AddOnce(0, b);
        grouper.Add(2, c);
        grouper.AddOnce(40, a);

        var groups = grouper.Build(keys: 41);

        Assert.Equal(41, groups.Length);
        Assert.Equal([b], groups[0].ToArray());
        Assert.Empty(groups[1]);
        Assert.Equal([a, c], groups[2].ToArray());
        Assert.Equal([a], groups[40].ToArray());
        Assert.All(groups, g => Assert.False(g.IsDefault));
    }

    [Fact]
    public void Groups_as_many_pairs_as_need_several_partitions_as_a_dictionary_of_lists_would()
    {
        // 100,000 pairs over 20,000 keys: more than one cache-sized partition, and keys left without items.
        var random = new Random(15);
        var values = Enumerable.Range(0, 1_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var grouper = new OrdinalGrouper<string>(pairs: 16);
        var expected = new Dictionary<int, List<string>>();
        for (var i = 0; i < 100_000; i++)
        {
            var (key, value) = (random.Next(20_000), values[random.Next(values.Length)]);
            grouper.Add(key, value);
            (expected.TryGetValue(key, out var list) ? list : expected[key] = []).Add(value);
        }

        var groups = grouper.Build(keys: 20_001);

        Assert.Equal(20_001, groups.Length);
        for (var key = 0; key < groups.Length; key++)
        {
            Assert.Equal(expected.TryGetValue(key, out var list) ? list : [], groups[key].ToArray());
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(500)]
    public void AddOnce_skips_a_key_repeated_within_one_value_at_any_number_of_its_pairs(int pairsOfOneValue)
    {
        // One item naming many actors, each twice, some through Add: the long ones are checked through a set of keys,
        // the short ones pair by pair, and either way a key repeated for the next value is kept.
        var (first, second) = ("first", "second");
        var grouper = new OrdinalGrouper<string>(pairs: 4);
        grouper.Add(0, first);
        for (var key = 1; key < pairsOfOneValue; key++)
        {
            grouper.AddOnce(key, first);
            grouper.AddOnce(key % 2 == 0 ? key : key - 1, first);
        }

        grouper.Add(1, first);
        grouper.AddOnce(pairsOfOneValue - 1, second);
        grouper.AddOnce(pairsOfOneValue - 1, second);
        grouper.AddOnce(0, second);
        grouper.AddOnce(0, first);

        var groups = grouper.Build(keys: pairsOfOneValue);

        for (var key = 0; key < pairsOfOneValue; key++)
        {
            string[] expected = (key, pairsOfOneValue - 1) switch
            {
                (0, _) => [first, second, first],
                (1, _) when key == pairsOfOneValue - 1 => [first, first, second],
                (1, _) => [first, first],
                var (k, last) when k == last => [first, second],
                _ => [first],
            };
            Assert.Equal(expected, groups[key].ToArray());
        }
    }
}
