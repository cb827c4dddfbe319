namespace NewsEvents.Interop.Tests;

public class StableHashTests
{
    // FNV-1a 128 as its definition states it, with UInt128's own multiplication: the oracle of the faster form.
    private static UInt128 Fnv1a128(string text)
    {
        var hash = new UInt128(0x6C62272E07BB0142, 0x62B821756295C58D);
        var prime = new UInt128(0x0000000001000000, 0x000000000000013B);
        foreach (var c in text)
        {
            hash = (hash ^ c) * prime;
        }

        return hash;
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("http://www.example.com/news/2025/03/14/story.html?row=19999")]
    [InlineData("BBC Monitoring")]
    [InlineData("\uFFFF\u0000\u00E9\uD83D\uDE00")]
    public void The_hash_is_FNV_1a_128_of_the_UTF_16_code_units(string text) =>
        StableHash.Of(text).Should().Be(Fnv1a128(text));

    [Fact]
    public void The_hash_agrees_with_the_definition_on_random_texts()
    {
        var random = new Random(16);
        for (var i = 0; i < 1_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 300)).Select(_ => (char)random.Next(0, 0x10000))]);
            StableHash.Of(text).Should().Be(Fnv1a128(text), "the text {0}", i);
        }
    }

    [Fact]
    public void An_id_is_the_prefix_and_the_hash_in_32_lower_case_hex_digits() =>
        StableHash.Id("p-", "a").Should().Be("p-d228cb696f1a8caf78912b704e4a8964");
}
