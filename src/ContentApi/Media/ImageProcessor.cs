using NetVips;

namespace ContentApi.Media;

/// <summary>An upload as stored: re-encoded without its metadata, upright, and its intrinsic size.</summary>
internal sealed record PreparedImage(byte[] Bytes, ImageFormat Format, int Width, int Height);

/// <summary>Why an upload is refused after its signature was recognised: too many pixels, or not decodable.</summary>
internal sealed record ImageRefusal(bool TooManyPixels, string Detail);

/// <summary>
/// Decoding, cleaning and resizing with libvips (NetVips): it streams images through small tiles, so a resize holds
/// a fraction of the picture in memory, and it shrinks JPEGs while decoding them (see README, Media, for the figures).
/// </summary>
internal static class ImageProcessor
{
    /// <summary>The ICC profile is kept (colours stay right); EXIF (GPS, camera, time), XMP and IPTC are dropped.</summary>
    private const Enums.ForeignKeep KeptMetadata = Enums.ForeignKeep.Icc;

    static ImageProcessor()
    {
        // libvips' operation cache would keep decoded uploads alive between requests; every rendition is made once.
        Cache.Max = 0;
    }

    /// <summary>Whether the bundled libvips can write AVIF (libheif with an AV1 encoder), tried once on a tiny image.</summary>
    public static bool CanWriteAvif => AvifSupport.Value;

    private static readonly Lazy<bool> AvifSupport = new(() =>
    {
        try
        {
            using var probe = Image.Black(16, 16, bands: 3);
            return probe.HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1).Length > 0;
        }
        catch (VipsException)
        {
            return false;
        }
    });

    /// <summary>The longest side an image may have: WebP's limit (and libheif's for AVIF); a longer one's renditions were 500s.</summary>
    public const int MaxSide = 16_383;

    /// <summary>
    /// The upload decoded and re-encoded in its own format, or why not. <paramref name="format"/> is what its magic
    /// bytes say; the pixel count is checked from the header alone, before any pixel is decoded.
    /// </summary>
    public static (PreparedImage? Image, ImageRefusal? Refusal) Prepare(byte[] upload, ImageFormat format, long maxPixels)
    {
        try
        {
            using var image = Image.NewFromBuffer(upload, failOn: Enums.FailOn.Truncated);
            if (!((string)image.Get("vips-loader")).StartsWith(format.Name, StringComparison.Ordinal))
            {
                return (null, new ImageRefusal(false, $"The file starts like {format.Name} but is not one."));
            }

            if (image.Width > MaxSide || image.Height > MaxSide)
            {
                return (null, new ImageRefusal(true,
                    $"The image declares {image.Width} × {image.Height} pixels; each side may be at most {MaxSide:N0} pixels, the most WebP (and AVIF) can encode, so that every rendition it lists can be made."));
            }

            if ((long)image.Width * image.Height > maxPixels)
            {
                return (null, new ImageRefusal(true,
                    $"The image declares {image.Width} × {image.Height} pixels; at most {maxPixels:N0} pixels are accepted (Media:MaxPixels)."));
            }

            using var upright = image.Autorot();
            var bytes = Encode(upright, format, stored: true);
            return (new PreparedImage(bytes, format, upright.Width, upright.Height), null);
        }
        catch (VipsException)
        {
            // Truncated, corrupt or otherwise undecodable: libvips' message names internals, not what the client can fix.
            return (null, new ImageRefusal(false, $"The {format.Name} file could not be decoded: it is truncated or corrupt."));
        }
    }

    /// <summary>The stored image <paramref name="source"/> at <paramref name="width"/> pixels wide (never wider than it is), in <paramref name="format"/>.</summary>
    public static byte[] Render(byte[] source, int width, ImageFormat format)
    {
        using var resized = Image.ThumbnailBuffer(source, width, height: MaxSide, size: Enums.Size.Down);
        if (format == ImageFormat.Jpeg && resized.HasAlpha())
        {
            // JPEG has no transparency: a transparent PNG is laid on white, as a page would show it, not on black.
            using var flat = resized.Flatten(background: [255, 255, 255]);
            return Encode(flat, format, stored: false);
        }

        return Encode(resized, format, stored: false);
    }

    /// <summary>
    /// Stored originals keep high quality (they are the source of every rendition); renditions use the qualities the
    /// formats' own guides suggest for the web. Progressive JPEGs show early; encoders at moderate effort (made once).
    /// </summary>
    private static byte[] Encode(Image image, ImageFormat format, bool stored) => format.Name switch
    {
        "jpeg" => image.JpegsaveBuffer(q: stored ? 92 : 80, optimizeCoding: true, interlace: !stored, keep: KeptMetadata),
        "png" => image.PngsaveBuffer(compression: 6, keep: KeptMetadata),
        "webp" => image.WebpsaveBuffer(q: stored ? 92 : 75, effort: 4, keep: KeptMetadata),
        "avif" => image.HeifsaveBuffer(q: 50, compression: Enums.ForeignHeifCompression.Av1, effort: 2, keep: KeptMetadata),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format.Name, "not a format this API writes"),
    };
}
