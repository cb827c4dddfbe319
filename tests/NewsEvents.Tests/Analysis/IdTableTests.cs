using NewsEvents.Analysis;

namespace NewsEvents.Tests.Analysis;

public sealed class IdTableTests
{
    [Fact]
    public void Gives_ordinals_in_order_of_first_mention_and_finds_the_first_item_of_an_id()
    {
        // Short ASCII ids (held in their slots), long and non-ASCII ones (confirmed against their text), ids that
        // differ only past their eighth character or by case, and the default id.
        string?[] texts = ["a1", "a10", "actor-with-a-long-id-1", "actor-with-a-long-id-2", "é", "a1234567", "a12345678", "A1", null];
        var table = new IdTable<ActorId, string>(capacity: 2);
        var ids = texts.Select(t => t is null ? default : ActorIdOf(t)).ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            table.Add(ids[i], $"first {i}");
        }

        // Mentioned again through other string instances, and new ids only referenced.
        var again = texts.Select(t => t is null ? default : ActorIdOf(new string(t.AsSpan()))).ToArray();
        for (var i = 0; i < again.Length; i++)
        {
            table.Add(again[i], $"second {i}");
            Assert.Equal(i, table.OrdinalOf(again[i]));
        }

        var referenced = ActorIdOf("actor-only-referenced");
        Assert.Equal(texts.Length, table.OrdinalOf(referenced));

        Assert.Equal(texts.Length + 1, table.Count);
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(i, table.MentionOrdinal(again[i]));
            Assert.Equal(i, table.ItemOrdinal(again[i]));
            Assert.Equal($"first {i}", table.Find(again[i]));
            Assert.Equal($"first {i}", table.ItemAt(i));
            Assert.Equal(ids[i], table.IdAt(i));
        }

        Assert.Equal(texts.Length, table.MentionOrdinal(referenced));
        Assert.Equal(-1, table.ItemOrdinal(referenced));
        Assert.Null(table.Find(referenced));
        Assert.Null(table.FoundAt(texts.Length));
        Assert.Equal(-1, table.MentionOrdinal(ActorIdOf("a2")));
        Assert.Equal(-1, table.MentionOrdinal(ActorIdOf("actor-with-a-long-id-3")));
        Assert.Null(table.Find(ActorIdOf("a123456789")));
    }

    [Fact]
    public void Keeps_every_id_apart_as_it_grows_far_beyond_its_capacity()
    {
        var table = new IdTable<ActorId, string>(capacity: 1);
        var texts = Enumerable.Range(0, 50_000).Select(i => i % 3 == 0 ? $"long-actor-id-{i}" : $"a{i}").ToArray();
        foreach (var text in texts)
        {
            table.Add(ActorIdOf(text), text);
        }

        Assert.Equal(texts.Length, table.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(i, table.MentionOrdinal(ActorIdOf(new string(texts[i].AsSpan()))));
            Assert.Equal(texts[i], table.ItemAt(i));
        }
    }

    private static ActorId ActorIdOf(string text) => new(text);
}
