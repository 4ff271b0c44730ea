using ContentApi.Validation;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using ContentApi.Problems;
using ContentApi.Routing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Media;

/// <summary>
/// <c>GET /media/{id}/{name}?w=&amp;format=</c>: the image file at one of the allowed widths (full size without
/// <c>w</c>), in the asked format or else the best one the client's Accept takes. Each rendition is made on first
/// request and kept; it never changes, so it is served with a strong ETag and cached for a year as immutable.
/// </summary>
internal static class MediaFileEndpoints
{
    public const string Pattern = "/media" + IdRoute.Template + "/{name}";

    /// <summary>A URL names one unchanging file: an image is never edited, and a deleted id is never reused (AUTOINCREMENT).</summary>
    public const string CacheControl = "public, max-age=31536000, immutable";

    public static readonly string WidthMessage = $"'w' must be one of {MediaRenditions.AllowedWidthsText}; other sizes are not made.";

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapMethods(Pattern, [HttpMethods.Get, HttpMethods.Head], GetMediaFile)
            .WithTags(MediaEndpoints.Tag)
            .WithMetadata(new MediaFileBody())
            .Produces(StatusCodes.Status200OK, contentType: ImageFormat.Jpeg.MediaType, additionalContentTypes: [ImageFormat.Png.MediaType, ImageFormat.WebP.MediaType, ImageFormat.Avif.MediaType])
            .ProducesValidationProblem()
            .WithName("GetMediaFile")
            .WithSummary("Get an image file")
            .WithDescription($"The image at one of the allowed widths ({MediaRenditions.AllowedWidthsText}; left out: full size), never wider than it is (a wider one is a 404). " +
                             "Its format: the one asked with ?format=, else AVIF or WebP when Accept names them, else the uploaded format (JPEG for a WebP upload). " +
                             "A strong ETag, Cache-Control: public, max-age=31536000, immutable, and Vary: Accept when the format was chosen from Accept; If-None-Match answers 304. Public.");

    private static async Task<Results<PhysicalFileHttpResult, NotFoundProblem, ValidationProblem>> GetMediaFile(
        [Description("The image's numeric id.")] long id,
        [Description("The image's name, as in its URL.")] string name,
        [Description("Width in pixels, one of the allowed widths; left out: the full size.")] string? w,
        [Description("jpeg, png, webp or avif (when this server can write it); left out: chosen from Accept."), AllowedValues("jpeg", "png", "webp", "avif")] string? format,
        HttpContext context, IMediaRepository media, MediaStore store, CancellationToken cancellationToken)
    {
        int? width = null;
        if (w is not null)
        {
            if (!int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var asked)
                || !MediaRenditions.AllowedWidths.Contains(asked)
                || w.Length != asked.ToString(System.Globalization.CultureInfo.InvariantCulture).Length) // canonical only: "0696" would be a second URL for one file
            {
                return InvalidQuery.Of("w", WidthMessage);
            }

            width = asked;
        }

        var askedFormat = ImageFormat.Named(format);
        if (format is not null && (askedFormat is null || askedFormat.Name != format || (askedFormat == ImageFormat.Avif && !ImageProcessor.CanWriteAvif)))
        {
            // Lower case only, as every URL the API lists: "JPEG" would be a second URL (and cache entry) for one file.
            return InvalidQuery.Of("format", $"'format' is one of jpeg, png, webp{(ImageProcessor.CanWriteAvif ? ", avif" : "")}, in lower case; left out, Accept chooses.");
        }

        if (await media.FindAsync(id, cancellationToken) is not { } row || row.Name != name)
        {
            // Worded as every unknown identifier is (the name is the URL's last part; the id alone names no file).
            return NotFoundProblem.For("media", name);
        }

        if (width > row.Width)
        {
            return NotFoundProblem.Because($"Image {id} is {row.Width} pixels wide and is not enlarged; its renditions are listed at /api/media/{id}.");
        }

        var source = ImageFormat.Named(row.Format)!;
        var chosen = askedFormat ?? Negotiate(context.Request, source);

        if (await store.RenditionAsync(row.Sha256, source, width, row.Width, chosen, cancellationToken) is not { } path)
        {
            return NotFoundProblem.Because($"Image {id} was deleted.");
        }

        var headers = context.Response.Headers;
        headers.CacheControl = CacheControl;
        if (format is null)
        {
            headers.Vary = HeaderNames.Accept;
        }

        // The file's content follows from the stored original (its hash), the size and the format; the encoder
        // settings are part of the code, so "v1" changes when they do.
        var tag = new EntityTagHeaderValue($"\"{row.Sha256[..20]}-{width?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "full"}-{chosen.Name}-v1\"");
        return TypedResults.PhysicalFile(path, chosen.MediaType, entityTag: tag);
    }

    /// <summary>
    /// AVIF, then WebP, when Accept names them (browsers that can show them say so); otherwise the uploaded format,
    /// which every browser shows (a WebP upload is served as JPEG to a client that does not name WebP).
    /// </summary>
    internal static ImageFormat Negotiate(HttpRequest request, ImageFormat source)
    {
        var accepted = request.GetTypedHeaders().Accept
            .Where(type => type.Quality is null or > 0)
            .Select(type => type.MediaType.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (ImageProcessor.CanWriteAvif && accepted.Contains(ImageFormat.Avif.MediaType))
        {
            return ImageFormat.Avif;
        }

        if (accepted.Contains(ImageFormat.WebP.MediaType))
        {
            return ImageFormat.WebP;
        }

        return source == ImageFormat.WebP ? ImageFormat.Jpeg : source;
    }

}
