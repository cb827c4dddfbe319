using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsEvents.Cli.Tests.Html;

/// <summary>The pixels of a PNG of 8-bit RGB or RGBA (what Chromium's screenshots are), decoded without an imaging library.</summary>
internal sealed class PngImage
{
    private readonly byte[] _pixels;
    private readonly int _channels;

    private PngImage(int width, int height, int channels, byte[] pixels) => (Width, Height, _channels, _pixels) = (width, height, channels, pixels);

    public int Width { get; }

    public int Height { get; }

    /// <summary>The colour at (<paramref name="x"/>, <paramref name="y"/>) as 0xRRGGBB.</summary>
    public int At(int x, int y)
    {
        var i = ((y * Width) + x) * _channels;
        return (_pixels[i] << 16) | (_pixels[i + 1] << 8) | _pixels[i + 2];
    }

    public static PngImage Decode(byte[] png)
    {
        png.AsSpan(1, 3).SequenceEqual("PNG"u8).Should().BeTrue("a screenshot is a PNG");
        var (width, height, channels) = (0, 0, 0);
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var body = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(body), BinaryPrimitives.ReadInt32BigEndian(body[4..]));
                body[8].Should().Be(8, "the screenshot has 8 bits a channel");
                channels = body[9] switch { 2 => 3, 6 => 4, _ => throw new NotSupportedException($"PNG colour type {body[9]}") };
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflated = new ZLibStream(data, CompressionMode.Decompress);
        var stride = width * channels;
        var pixels = new byte[stride * height];
        var row = new byte[stride + 1];
        for (var y = 0; y < height; y++)
        {
            inflated.ReadExactly(row);
            Unfilter(row[0], row.AsSpan(1), y == 0 ? null : pixels.AsSpan((y - 1) * stride, stride), channels);
            row.AsSpan(1).CopyTo(pixels.AsSpan(y * stride));
        }

        return new PngImage(width, height, channels, pixels);
    }

    private static void Unfilter(byte filter, Span<byte> line, Span<byte> above, int bpp)
    {
        for (var i = 0; i < line.Length; i++)
        {
            int a = i >= bpp ? line[i - bpp] : 0, b = above.IsEmpty ? 0 : above[i], c = i >= bpp && !above.IsEmpty ? above[i - bpp] : 0;
            line[i] += filter switch
            {
                0 => 0,
                1 => (byte)a,
                2 => (byte)b,
                3 => (byte)((a + b) / 2),
                4 => Paeth(a, b, c),
                _ => throw new NotSupportedException($"PNG filter {filter}"),
            };
        }
    }

    private static byte Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }
}
