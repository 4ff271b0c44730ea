using System.Buffers.Binary;
using System.IO.Hashing;
using System.Net.Http.Headers;
using System.Text;
using NetVips;

namespace ContentApi.Tests.Media;

/// <summary>Images made by code for the media tests: real encodings, with metadata where a test needs some, and hostile ones.</summary>
internal static class TestImages
{
    /// <summary>Text put in the EXIF of <see cref="Jpeg"/>: a stripped upload must not hold it anywhere.</summary>
    public const string ExifMarker = "EXIF-MARKER-Home-at-51.5N";

    /// <summary>A JPEG with a gradient (so it is not trivially small), its EXIF describing the camera's owner and place.</summary>
    public static byte[] Jpeg(int width, int height, bool withExif = true)
    {
        using var image = Gradient(width, height);
        if (!withExif)
        {
            return image.JpegsaveBuffer(q: 85);
        }

        using var tagged = image.Mutate(mutable =>
        {
            mutable.Set(GValue.GStrType, "exif-ifd0-ImageDescription", ExifMarker);
            mutable.Set(GValue.GStrType, "exif-ifd0-Artist", ExifMarker);
        });
        return tagged.JpegsaveBuffer(q: 85, keep: Enums.ForeignKeep.All);
    }

    public static byte[] Png(int width, int height)
    {
        using var image = Gradient(width, height);
        return image.PngsaveBuffer();
    }

    public static byte[] WebP(int width, int height)
    {
        using var image = Gradient(width, height);
        return image.WebpsaveBuffer(q: 80);
    }

    /// <summary>A valid PNG header declaring <paramref name="width"/> × <paramref name="height"/> pixels (20,000 × 20,000: 400 MP), with one tiny chunk of data: a decompression bomb's shape.</summary>
    public static byte[] PngBombHeader(int width = 20_000, int height = 20_000)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        Chunk(stream, "IHDR", header);
        Chunk(stream, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(stream, "IEND", []);
        return stream.ToArray();
    }

    /// <summary>The image's size and the loader libvips used, decoded from the bytes.</summary>
    public static (int Width, int Height, string Loader) Inspect(byte[] bytes)
    {
        using var image = Image.NewFromBuffer(bytes);
        return (image.Width, image.Height, (string)image.Get("vips-loader"));
    }

    /// <summary>Whether the decoded image carries any EXIF block.</summary>
    public static bool HasExif(byte[] bytes)
    {
        using var image = Image.NewFromBuffer(bytes);
        return image.GetFields().Any(field => field.StartsWith("exif", StringComparison.Ordinal));
    }

    public static bool Contains(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;

    /// <summary>A multipart upload as a browser's form sends it.</summary>
    public static MultipartFormDataContent Form(byte[] file, string? alt, string fileName = "hero photo.jpg", string contentType = "image/jpeg")
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(part, "file", fileName);
        if (alt is not null)
        {
            form.Add(new StringContent(alt), "alt");
        }

        return form;
    }

    private static Image Gradient(int width, int height)
    {
        using var xyz = Image.Xyz(width, height);
        using var x = xyz[0] * (255.0 / width);
        using var y = xyz[1] * (255.0 / height);
        using var mix = (x + y) / 2;
        using var bands = x.Bandjoin(y, mix);
        return bands.Cast(Enums.BandFormat.Uchar);
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        stream.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typed));
        stream.Write(crc);
    }
}
