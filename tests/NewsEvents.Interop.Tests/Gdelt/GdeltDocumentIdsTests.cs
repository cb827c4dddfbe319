using NewsEvents.Interop.Gdelt;

namespace NewsEvents.Interop.Tests.Gdelt;

public class GdeltDocumentIdsTests
{
    [Theory]
    [InlineData("", "gdelt-doc-6c62272e07bb014262b821756295c58d")] // FNV-1a 128 offset basis
    [InlineData("a", "gdelt-doc-d228cb696f1a8caf78912b704e4a8964")] // the reference test vector of "a"
    public void A_document_id_is_the_FNV_1a_128_hash_of_its_identifier(string identifier, string id) =>
        NewsEvents.Interop.Gdelt.GdeltDocumentIds.For(identifier).Value.Should().Be(id);

    [Fact]
    public void Identifiers_that_differ_by_one_character_get_different_ids() =>
        GdeltDocumentIds.For("http://example.com/a?row=1").Should().NotBe(GdeltDocumentIds.For("http://example.com/a?row=2"));
}
