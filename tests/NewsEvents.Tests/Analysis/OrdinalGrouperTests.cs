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
}
