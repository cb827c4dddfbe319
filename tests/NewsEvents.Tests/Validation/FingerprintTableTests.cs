using NewsEvents.Validation;

namespace NewsEvents.Tests.Validation;

public class FingerprintTableTests
{
    [Fact]
    public void Every_fingerprint_placed_is_found_with_its_speaker_and_none_other_by_all_64_bits()
    {
        var random = new Random(5);
        var placed = Enumerable.Range(0, 50_000).Select(_ => ((ulong)random.NextInt64() << 1) | 1).Distinct().ToList();
        placed.AddRange([1, ulong.MaxValue, 0xABCD_0000_0000_0001, 0xABCD_0000_0000_0002, 0x1234_0000_0000_0001]);
        var table = new FingerprintTable(withSpeakers: true);
        foreach (var fingerprint in placed)
        {
            table.Tally(fingerprint);
        }

        table.Size();
        foreach (var fingerprint in Enumerable.Reverse(placed))
        {
            table.Place(fingerprint, ~fingerprint);
        }

        var repeated = new HashSet<ulong>();
        table.Seal(repeated);

        repeated.Should().BeEmpty();
        table.Count.Should().Be(placed.Count);
        foreach (var fingerprint in placed)
        {
            table.Find(fingerprint, out var speaker).Should().BeTrue();
            speaker.Should().Be(~fingerprint);
        }

        // Odd fingerprints were placed: an even one differs in its last bit; the others share their 48 low bits with one placed, or their bucket.
        table.Find(placed[0] ^ 1, out _).Should().BeFalse();
        table.Find(0xABCD_0000_0000_0003, out _).Should().BeFalse();
        table.Find(0x5678_0000_0000_0001, out _).Should().BeFalse("the bucket, the top 16 bits, is a part of the fingerprint");
    }

    [Fact]
    public void A_fingerprint_placed_more_than_once_is_repeated_and_still_found()
    {
        ulong[] placed = [7, 7, 0x0001_0000_0000_0007, 9, 7, 0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF];
        var table = new FingerprintTable(withSpeakers: false);
        Fill(table, placed);

        var repeated = new HashSet<ulong>();
        table.Seal(repeated);

        repeated.Should().BeEquivalentTo([7UL, 0xFFFF_FFFF_FFFF_FFFFUL]);
        placed.Select(f => table.Find(f, out _)).Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void An_empty_table_finds_nothing()
    {
        var table = new FingerprintTable(withSpeakers: true);
        table.Size();
        table.Seal([]);

        table.Find(7, out var speaker).Should().BeFalse();
        speaker.Should().Be(0);
    }

    [Fact]
    public void Records_that_change_between_the_passes_are_an_error_not_a_wrong_table()
    {
        var more = new FingerprintTable(withSpeakers: false);
        Fill(more, [7, 8]);
        var fewer = new FingerprintTable(withSpeakers: false);
        fewer.Tally(7);
        fewer.Tally(8);
        fewer.Size();
        fewer.Place(7);

        var placeMore = () => more.Place(8);
        var other = new FingerprintTable(withSpeakers: false);
        Fill(other, [7, 0x0002_0000_0000_0001], [0x0001_0000_0000_0007, 0x0002_0000_0000_0001]);
        var sealFewer = () => fewer.Seal([]);

        placeMore.Should().Throw<InvalidOperationException>().WithMessage("The records changed between the passes*");
        other.Invoking(t => t.Seal([])).Should().Throw<InvalidOperationException>().WithMessage("The records changed between the passes*");
        sealFewer.Should().Throw<InvalidOperationException>().WithMessage("The records changed between the passes*");
    }

    private static void Fill(FingerprintTable table, ulong[] counted, ulong[]? placed = null)
    {
        foreach (var fingerprint in counted)
        {
            table.Tally(fingerprint);
        }

        table.Size();
        foreach (var fingerprint in placed ?? counted)
        {
            table.Place(fingerprint);
        }
    }
}
