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

    [Theory]
    [InlineData("http://example.com/a")]
    [InlineData("HTTPS://EXAMPLE.COM/a")]
    [InlineData(" \thttp://example.com/a")]
    [InlineData("\u00A0http://example.com/a")]
    [InlineData("\u2003https://example.com/a")]
    [InlineData("http:example.com")]
    [InlineData("httpx://example.com")]
    [InlineData("ftp://example.com/a")]
    [InlineData("BBC Monitoring")]
    [InlineData("/news/a")]
    public void A_document_has_its_identifier_as_URL_exactly_when_the_model_takes_it_for_one(string identifier)
    {
        var published = TimeValue.Day(new NodaTime.LocalDate(2025, 3, 14));
        var document = GdeltDocumentIds.Make(GdeltDocumentIds.For(identifier), identifier, publisher: null, published);
        var isUrl = new Func<Document>(() => new Document { Id = new DocumentId("d"), Url = identifier });

        if (document.Url is null)
        {
            isUrl.Should().Throw<ArgumentException>();
            document.Publisher.Should().Be(identifier);
        }
        else
        {
            isUrl.Should().NotThrow();
            document.Url.Should().Be(identifier);
        }
    }
}
