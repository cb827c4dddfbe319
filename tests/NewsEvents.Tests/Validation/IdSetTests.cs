using System.Globalization;
using NewsEvents.Validation;

namespace NewsEvents.Tests.Validation;

public class IdSetTests
{
    [Fact]
    public void It_holds_many_ids_across_chunks_and_growth_and_remembers_their_lines()
    {
        var set = new IdSet();
        for (var i = 0; i < 100_000; i++)
        {
            set.TryAdd(Id(i), i + 1, out _).Should().BeTrue();
        }

        set.Count.Should().Be(100_000);
        for (var i = 0; i < 100_000; i += 7)
        {
            set.Contains(Id(i)).Should().BeTrue();
            set.TryAdd(Id(i), 0, out var first).Should().BeFalse();
            first.Should().Be(i + 1);
        }

        set.Contains("e-100000").Should().BeFalse();
        set.Contains("e-1").Should().BeTrue();
        set.Contains("e-1x").Should().BeFalse();
    }

    [Fact]
    public void Ids_are_compared_by_every_character()
    {
        var set = new IdSet();
        set.TryAdd("Лавров", 1, out _).Should().BeTrue();
        set.TryAdd("лавров", 2, out _).Should().BeTrue();
        set.TryAdd("𠮷", 3, out _).Should().BeTrue();
        set.TryAdd(new string('x', 256), 4, out _).Should().BeTrue();
        set.Contains("Лавров").Should().BeTrue();
        set.Contains("ЛавроВ").Should().BeFalse();
        set.Contains(new string('x', 256)).Should().BeTrue();
        set.Contains(new string('x', 255)).Should().BeFalse();
    }

    private static string Id(int i) => "e-" + i.ToString(CultureInfo.InvariantCulture);
}
