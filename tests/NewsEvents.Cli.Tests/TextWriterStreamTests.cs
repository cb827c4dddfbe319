using System.Text;

namespace NewsEvents.Cli.Tests;

public class TextWriterStreamTests
{
    [Fact]
    public void Characters_split_across_writes_are_decoded_whole()
    {
        const string Text = "Nuño Kierkegård, Yılmaz — «Москва» 🗞️\n";
        var bytes = Encoding.UTF8.GetBytes(Text);
        using var writer = new StringWriter();
        using (var stream = new TextWriterStream(writer))
        {
            foreach (var b in bytes)
            {
                stream.Write([b]);
            }

            stream.Flush();
        }

        writer.ToString().Should().Be(Text);
    }

    [Fact]
    public void It_only_writes()
    {
        using var stream = new TextWriterStream(new StringWriter());

        stream.CanRead.Should().BeFalse();
        stream.CanSeek.Should().BeFalse();
        stream.CanWrite.Should().BeTrue();
        stream.Invoking(s => s.ReadByte()).Should().Throw<NotSupportedException>();
    }
}
