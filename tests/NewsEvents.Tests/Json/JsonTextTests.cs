using System.Text;
using System.Text.Json;
using NewsEvents.Json;

namespace NewsEvents.Tests.Json;

/// <summary>The quick string decoding gives what the reader's own decoding gives, and fails where it fails.</summary>
public class JsonTextTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "Haftar",
        "Сергей Лавров",
        "خليفة حفتر 😀",
        new string('x', 300),
        string.Concat(Enumerable.Repeat("Хафтар покинул Москву. ", 40)),
    };

    private static string Decode(byte[] json, bool quick)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return quick ? JsonText.GetString(ref reader) : reader.GetString()!;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Decodes_as_the_reader_does(string text)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Decode(json, quick: true).Should().Be(text).And.Be(Decode(json, quick: false));
    }

    [Fact]
    public void Escaped_text_is_decoded_by_the_reader() =>
        Decode("\"Lib\\u0079a \\\"x\\\"\""u8.ToArray(), quick: true).Should().Be("Libya \"x\"");

    [Theory]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xFF, 0x41 })]
    public void Ill_formed_UTF8_fails_as_it_does_in_the_reader(byte[] bad)
    {
        foreach (var padding in new[] { 1, 400 })
        {
            var json = Encoding.UTF8.GetBytes("\"" + new string('a', padding)).Concat(bad).Concat("\""u8.ToArray()).ToArray();
            var expected = FluentActions.Invoking(() => Decode(json, quick: false)).Should().Throw<InvalidOperationException>().Which;

            FluentActions.Invoking(() => Decode(json, quick: true)).Should().Throw<InvalidOperationException>().WithMessage(expected.Message);
        }
    }
}
