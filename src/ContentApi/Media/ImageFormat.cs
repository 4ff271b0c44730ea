namespace ContentApi.Media;

/// <summary>The image formats the library stores and serves, each with its media type and file extension.</summary>
internal sealed record ImageFormat(string Name, string MediaType, string Extension)
{
    public static readonly ImageFormat Jpeg = new("jpeg", "image/jpeg", "jpg");
    public static readonly ImageFormat Png = new("png", "image/png", "png");
    public static readonly ImageFormat WebP = new("webp", "image/webp", "webp");
    public static readonly ImageFormat Avif = new("avif", "image/avif", "avif");

    /// <summary>What an upload may be.</summary>
    public static readonly IReadOnlyList<ImageFormat> Uploadable = [Jpeg, Png, WebP];

    public static ImageFormat? Named(string? name) =>
        name is null ? null : new[] { Jpeg, Png, WebP, Avif }.FirstOrDefault(format => format.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The format the bytes are, by their signature (magic bytes), never by what the request says: a PNG sent as
    /// image/jpeg is a PNG, and a script sent as image/png is nothing we take. Null for anything else.
    /// </summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        return bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? WebP : null;
    }
}
