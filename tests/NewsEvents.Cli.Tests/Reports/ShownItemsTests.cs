using NewsEvents.Cli.Reports;

namespace NewsEvents.Cli.Tests.Reports;

public sealed class ShownItemsTests
{
    public static TheoryData<int, int, int> Sections => new()
    {
        { 20, 50, 7 },
        { 20, 50, 50 },
        { 20, 50, 51 },
        { 20, 50, 500 },
        { 3, 3, 40 },
        { 60, 60, 59 },
        { 5, 5, 0 },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Items_gathered_one_at_a_time_show_what_the_whole_section_in_its_order_shows(int top, int shownWholeUpTo, int count)
    {
        var caps = new ReportCaps(top, shownWholeUpTo);
        var gathered = new ShownItems<int>(caps, rank: null);
        foreach (var item in Enumerable.Range(0, count))
        {
            gathered.Add(item);
        }

        gathered.Shown().Should().Equal(caps.Shown(Enumerable.Range(0, count).ToArray()));
        gathered.Count.Should().Be(count);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Ranked_items_show_what_the_whole_section_sorted_by_rank_shows_ties_in_their_order(int top, int shownWholeUpTo, int count)
    {
        var random = new Random(count * 31 + top);
        int[] rank = [.. Enumerable.Range(0, count).Select(_ => random.Next(5))];
        var caps = new ReportCaps(top, shownWholeUpTo);
        var gathered = new ShownItems<int>(caps, i => rank[i]);
        foreach (var item in Enumerable.Range(0, count))
        {
            gathered.Add(item);
        }

        var sorted = Enumerable.Range(0, count).OrderByDescending(i => rank[i]).ToArray();
        gathered.Shown().Should().Equal(caps.Shown(sorted));
        gathered.Count.Should().Be(count);
    }

    [Fact]
    public void Every_item_is_shown_with_full_caps()
    {
        var gathered = new ShownItems<int>(ReportCaps.Full, i => -i);
        foreach (var item in Enumerable.Range(0, 3000))
        {
            gathered.Add(item);
        }

        gathered.Shown().Should().Equal(Enumerable.Range(0, 3000));
    }

    [Fact]
    public void Showing_the_items_keeps_them_for_more()
    {
        var gathered = new ShownItems<int>(ReportCaps.TopOf(2), i => i % 3);
        gathered.Add(1);
        gathered.Add(2);
        gathered.Shown().Should().Equal(2, 1);

        gathered.Add(5);
        gathered.Add(0);

        gathered.Shown().Should().Equal(2, 5);
        gathered.Count.Should().Be(4);
    }
}
