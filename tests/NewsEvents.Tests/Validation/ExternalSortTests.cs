using NewsEvents.Tests.TestSupport;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Validation;

/// <summary>The sort on disk gives every value in order whatever its budget, joins what it is told to, and leaves no file behind.</summary>
public sealed class ExternalSortTests : IDisposable
{
    private readonly ScratchDirectory _folder = new();

    public static TheoryData<int> Budgets => [64, 4 * 1024, 1024 * 1024];

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Values_come_back_in_order_whatever_the_budget(int budgetBytes)
    {
        var random = new Random(5);
        var values = Enumerable.Range(0, 20_000).Select(_ => new TextKeeping(random.NextInt64(1_000), random.NextInt64())).ToList();
        using var sort = new ExternalSort<TextKeeping>(_folder.Root, "t", budgetBytes);

        values.ForEach(v => sort.Add(v));
        var sorted = sort.Sorted(default).ToList();

        sorted.Select(v => v.Document).Should().Equal(values.Select(v => v.Document).Order());
        sorted.OrderBy(v => v.Document).ThenBy(v => v.LastCitation).Should().Equal(values.OrderBy(v => v.Document).ThenBy(v => v.LastCitation), "no value is lost or made up");
        Directory.GetFiles(_folder.Root).Should().BeEmpty("each run is deleted once merged");
    }

    [Fact]
    public void A_small_budget_spills_to_runs_and_merges_them_in_steps()
    {
        using var sort = new ExternalSort<TextKeeping>(_folder.Root, "t", 256);

        for (var i = 10_000; i > 0; i--)
        {
            sort.Add(new TextKeeping(i, 0));
        }

        sort.RunCount.Should().BeGreaterThan(500, "256 bytes hold 16 values");
        sort.Sorted(default).Select(v => v.Document).Should().Equal(Enumerable.Range(1, 10_000).Select(i => (long)i));
    }

    [Fact]
    public void Neighbours_said_to_be_the_same_are_joined_keeping_the_later_within_runs_and_across_them()
    {
        using var sort = new ExternalSort<SpeakerEntry>(_folder.Root, "s", 256, (earlier, later) => earlier.Statement == later.Statement);

        for (var i = 1; i <= 3_000; i++)
        {
            sort.Add(new SpeakerEntry((ulong)(i % 7), (ulong)i, claim: false, ordinal: i));
        }

        sort.Sorted(default).Select(e => (e.Statement, e.Ordinal)).Should().Equal(
            Enumerable.Range(0, 7).Select(s => ((ulong)s, (long)Enumerable.Range(1, 3_000).Last(i => i % 7 == s))),
            "of the entries of one statement, sorted by their item's number, the last is kept");
    }

    [Fact]
    public void Disposing_a_sort_that_was_not_read_deletes_its_runs()
    {
        var sort = new ExternalSort<TextKeeping>(_folder.Root, "t", 256);
        for (var i = 0; i < 1_000; i++)
        {
            sort.Add(new TextKeeping(i, i));
        }

        Directory.GetFiles(_folder.Root).Should().NotBeEmpty();
        sort.Dispose();

        Directory.GetFiles(_folder.Root).Should().BeEmpty();
    }

    [Fact]
    public void A_sort_is_read_once()
    {
        using var sort = new ExternalSort<TextKeeping>(_folder.Root, "t", 256);
        sort.Add(new TextKeeping(1, 1));
        _ = sort.Sorted(default).ToList();

        var again = () => sort.Sorted(default);

        again.Should().Throw<InvalidOperationException>().WithMessage("*read once*");
    }

    public void Dispose() => _folder.Dispose();
}
