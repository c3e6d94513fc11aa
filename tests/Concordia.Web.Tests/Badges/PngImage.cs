using System.Buffers.Binary;
using System.IO.Compression;

namespace Concordia.Web.Tests.Badges;

/// <summary>
/// Just enough of a PNG decoder to look at what pdftoppm rendered: 8-bit grey, RGB or RGBA, not interlaced, as
/// luminance per pixel (0 black, 255 white).
/// </summary>
internal sealed class PngImage
{
    private readonly byte[] luminance;

    private PngImage(int width, int height, byte[] luminance)
    {
        Width = width;
        Height = height;
        this.luminance = luminance;
    }

    public int Width { get; }

    public int Height { get; }

    public byte this[int x, int y] => luminance[y * Width + x];

    /// <summary>The share of pixels in a rectangle darker than mid-grey.</summary>
    public double DarkShare(int left, int top, int width, int height)
    {
        var dark = 0;
        for (var y = top; y < top + height; y++)
        {
            for (var x = left; x < left + width; x++)
            {
                dark += this[x, y] < 128 ? 1 : 0;
            }
        }

        return (double)dark / (width * height);
    }

    public static PngImage Read(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                Assert.Equal(0, data[12]);
                channels = data[9] switch { 0 => 1, 2 => 3, 6 => 4, _ => throw new NotSupportedException($"PNG colour type {data[9]}") };
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var inflate = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflate.CopyTo(raw);
        return new PngImage(width, height, Unfilter(raw.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var previous = new byte[stride];
        var current = new byte[stride];
        var luminance = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, y * (stride + 1) + 1, current, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? current[i - channels] : 0, up = previous[i], corner = i >= channels ? previous[i - channels] : 0;
                current[i] = (byte)(current[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, corner),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                });
            }

            for (var x = 0; x < width; x++)
            {
                luminance[y * width + x] = channels < 3
                    ? current[x * channels]
                    : (byte)((current[x * channels] * 299 + current[x * channels + 1] * 587 + current[x * channels + 2] * 114) / 1000);
            }

            (previous, current) = (current, previous);
        }

        return luminance;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
