using NewsEvents.Cli.Reports;

namespace NewsEvents.Cli.Tests.Reports;

public sealed class ReportCapsTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(3, 60)]
    [InlineData(20, 200)]
    [InlineData(20, 7)]
    public void A_cut_section_shows_what_a_full_sort_by_importance_gives_ties_in_their_order(int top, int count)
    {
        var random = new Random(top * 1000 + count);
        int[] importance = [.. Enumerable.Range(0, count).Select(_ => random.Next(4))];
        var items = Enumerable.Range(0, count).ToArray();
        var caps = ReportCaps.TopOf(top);

        // A section no longer than the cap is shown whole, in its order.
        var expected = count > top ? items.OrderByDescending(i => importance[i]).Take(top) : items;
        caps.Shown(items, i => importance[i]).Should().Equal(expected);
        caps.More(items).Should().Be(Math.Max(0, count - top));
    }

    [Fact]
    public void A_section_made_as_it_is_read_is_read_once_to_choose_what_is_shown()
    {
        var made = 0;
        var section = new ReportSection<int>(1000, () => Enumerable.Range(0, 1000).Select(i =>
        {
            made++;
            return i;
        }));

        var shown = ReportCaps.Default.Shown(section, i => i % 7).ToList();

        made.Should().Be(1000);
        shown.Should().HaveCount(ReportCaps.DefaultTop).And.OnlyContain(i => i % 7 == 6);
        shown.Should().BeInAscendingOrder();
        ReportCaps.Default.More(section).Should().Be(1000 - ReportCaps.DefaultTop);
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1000, false)]
    [InlineData(30, true)]
    public void Choosing_what_to_show_while_tallying_reads_the_section_once_and_tallies_every_item(int count, bool byImportance)
    {
        var made = 0;
        var section = new ReportSection<int>(count, () => Enumerable.Range(0, count).Select(i =>
        {
            made++;
            return i;
        }));
        Func<int, long>? importance = byImportance ? i => i % 7 : null;

        var sum = 0L;
        var shown = ReportCaps.Default.ShownTallying(section, importance, i => sum += i);

        made.Should().Be(count);
        sum.Should().Be((long)count * (count - 1) / 2);
        shown.Should().Equal(ReportCaps.Default.Shown(section, importance));
    }

    [Fact]
    public void A_short_section_is_shown_whole_in_its_order()
    {
        var section = new ReportSection<int>(3, () => [3, 1, 2]);

        ReportCaps.Default.Shown(section, i => i).Should().Equal(3, 1, 2);
        ReportCaps.Default.More(section).Should().Be(0);
        section.IsEmpty.Should().BeFalse();
        ReportSection<int>.Empty.IsEmpty.Should().BeTrue();
    }
}
