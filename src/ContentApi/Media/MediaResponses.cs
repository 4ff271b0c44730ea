using ContentApi.Links;

namespace ContentApi.Media;

/// <summary>One size of an image, for <c>&lt;img srcset&gt;</c>: <c>{url} {width}w</c>.</summary>
/// <param name="Url">Absolute address of this size; the format follows the request's Accept (AVIF, WebP) unless <c>format</c> is added.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record ImageRendition([property: AbsoluteUrl] string Url, int Width, int Height);

/// <summary>An uploaded image and the sizes it is served at.</summary>
/// <param name="Id">Numeric identifier; articles name their hero image by it (heroImageId).</param>
/// <param name="Name">The file name in its URL, made from the uploaded file's name (or the alt text).</param>
/// <param name="Url">Absolute address of the full-size image.</param>
/// <param name="Alt">Alternative text.</param>
/// <param name="Width">Width in pixels, after turning it upright.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Format">The stored format, found from the file's bytes.</param>
/// <param name="Bytes">Size of the stored file (metadata removed).</param>
/// <param name="CreatedAt">When it was uploaded (UTC).</param>
/// <param name="Renditions">The sizes it is served at, narrowest first, for srcset.</param>
public sealed record MediaResponse(
    long Id, string Name, [property: AbsoluteUrl] string Url, string Alt, int Width, int Height, [property: MediaFormatValues] string Format,
    long Bytes, DateTimeOffset CreatedAt, IReadOnlyList<ImageRendition> Renditions);

/// <summary>The formats an upload is stored in, as an OpenAPI enum.</summary>
public sealed class MediaFormatValuesAttribute() : System.ComponentModel.DataAnnotations.AllowedValuesAttribute("jpeg", "png", "webp");

/// <summary>A media row as stored.</summary>
internal sealed class MediaRow
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string Format { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }
    public long Bytes { get; set; }
    public string Alt { get; set; } = "";
    public string CreatedAt { get; set; } = "";

    /// <summary>With its URLs absolute against <paramref name="linkBase"/> (these reads are not cached representations, which the serializer would complete).</summary>
    public MediaResponse ToResponse(string linkBase) => new(
        Id, Name, linkBase + MediaRenditions.Path(Id, Name), Alt, Width, Height, Format, Bytes, Database.Timestamps.Parse(CreatedAt),
        MediaRenditions.For(Id, Name, Width, Height, linkBase));
}
