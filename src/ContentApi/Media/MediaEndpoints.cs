using System.ComponentModel;
using System.Security.Claims;
using ContentApi.Database;
using ContentApi.Editing;
using ContentApi.Keys;
using ContentApi.Links;
using ContentApi.OpenApi;
using ContentApi.Paging;
using ContentApi.Problems;
using ContentApi.Routing;
using ContentApi.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ContentApi.Media;

/// <summary>
/// The media library (issue 14): upload (<c>content:write</c>), list and read (<c>content:preview</c> or
/// <c>content:write</c>: an image no article uses yet is not public), delete (refused while an article uses the
/// image); and the public image files themselves (<see cref="MediaFileEndpoints"/>).
/// </summary>
internal static class MediaEndpoints
{
    public const string Tag = "Media";

    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.Section)).ValidateDataAnnotations()
            .Validate<IOptions<DatabaseOptions>>((media, database) => MediaOptions.HasFolderFor(media, database.Value),
                "Media:Directory must name the image folder when Database:Provider is PostgreSql: the folder every replica mounts (e.g. Media__Directory=/var/lib/contentapi/media).")
            .ValidateOnStart();
        services.AddSingleton<MediaStore>();
        services.AddSingleton<IMediaRepository, MediaRepository>();
        return services;
    }

    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder routes)
    {
        var media = routes.MapGroup("/api/media").WithTags(Tag).WithRequestValidation();

        media.MapPost("/", UploadMedia)
            .RequireScope(ApiScopes.ContentWrite)
            .WithMetadata(new MediaUploadBody())
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithResponseHeader("Location", "The new image's address in the library.", status: StatusCodes.Status201Created)
            .WithName("UploadMedia")
            .WithSummary("Upload an image")
            .WithDescription("Stores a JPEG, PNG or WebP image with its alt text: multipart/form-data with a 'file' part and an 'alt' field, or the image itself as the body (image/jpeg, image/png, image/webp or application/octet-stream) with ?alt=…. " +
                             "What the file is, its bytes decide (anything else: 415). Over Media:MaxUploadBytes: 413. Empty, truncated or corrupt, or more pixels than Media:MaxPixels (checked before decoding): 400. " +
                             "EXIF, GPS, XMP and IPTC metadata are removed and the image is turned upright. 201 with the image, its URL and its renditions. Requires content:write.");

        media.MapGet("/", ListMedia)
            .RequireAnyScope(ApiScopes.ContentPreview, ApiScopes.ContentWrite)
            .WithName("ListMedia")
            .WithSummary("List images")
            .WithDescription("The images in the library, newest first. Paginated; navigation links are in the Link header. Requires content:preview or content:write.");

        media.MapGet(IdRoute.Template, GetMedia)
            .RequireAnyScope(ApiScopes.ContentPreview, ApiScopes.ContentWrite)
            .WithName("GetMedia")
            .WithSummary("Get one image")
            .WithDescription("One image by its numeric id: its URL, size, alt text and renditions. Requires content:preview or content:write.");

        media.MapDelete(IdRoute.Template, DeleteMedia)
            .RequireScope(ApiScopes.ContentWrite)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DeleteMedia")
            .WithSummary("Delete an image")
            .WithDescription("Deletes the image, its file and its renditions (unless another upload has the same bytes). Refused with 409 while an article, draft or published, has it as its hero image. 204. Requires content:write.");

        MediaFileEndpoints.Map(routes);
        return routes;
    }

    private static async Task<Results<Created<MediaResponse>, ValidationProblem, EditProblem>> UploadMedia(
        [Description("The alt text, when the image is sent as the raw body (a form sends it as its 'alt' field).")] string? alt,
        HttpRequest request, ClaimsPrincipal user, MediaStore store, IMediaRepository media, PublicLinks links, IOptions<MediaOptions> options,
        CancellationToken cancellationToken)
    {
        var (upload, invalid, refused) = await MediaUpload.ReadAsync(request, alt, options.Value.MaxUploadBytes, cancellationToken);
        if (upload is null)
        {
            return invalid is not null ? invalid : refused!;
        }

        if (MediaUpload.AltError(upload.Alt) is { } altError)
        {
            return JsonBody.Error(MediaUpload.AltField, altError);
        }

        if (upload.Bytes.Length == 0)
        {
            return JsonBody.Error(MediaUpload.FilePart, "The file is empty (zero bytes).");
        }

        if (ImageFormat.Sniff(upload.Bytes) is not { } format)
        {
            return MediaUpload.NotAnImage(request.ContentType);
        }

        var (image, refusal) = ImageProcessor.Prepare(upload.Bytes, format, options.Value.MaxPixels);
        if (image is null)
        {
            return JsonBody.Error(MediaUpload.FilePart, refusal!.Detail);
        }

        var sha256 = MediaStore.HashOf(image.Bytes);
        var (row, busy) = await media.InsertAsync(MediaNames.From(upload.FileName, upload.Alt!), sha256, image, upload.Alt!.Trim(), EditingEndpoints.Author(user).KeyName,
            () => store.SaveOriginalAsync(sha256, image, cancellationToken), cancellationToken);
        if (row is null)
        {
            return busy!;
        }

        return TypedResults.Created($"{links.BaseFor(request)}/api/media/{row.Id}", row.ToResponse(links.BaseFor(request)));
    }

    private static async Task<Ok<PagedResponse<MediaResponse>>> ListMedia(
        [AsParameters] PagingQuery paging, IMediaRepository media, PublicLinks links, HttpContext context, CancellationToken cancellationToken)
    {
        var linkBase = links.BaseFor(context.Request);
        return PagedResults.Ok(context, PagedResponse.Create(await media.ListAsync(paging, cancellationToken), paging, row => row.ToResponse(linkBase)));
    }

    private static async Task<Results<Ok<MediaResponse>, NotFoundProblem>> GetMedia(
        [Description("The image's numeric id.")] long id, IMediaRepository media, PublicLinks links, HttpRequest request, CancellationToken cancellationToken) =>
        await media.FindAsync(id, cancellationToken) is { } row ? TypedResults.Ok(row.ToResponse(links.BaseFor(request))) : NotFoundProblem.For("image", id);

    private static async Task<Results<NoContent, NotFoundProblem, EditProblem>> DeleteMedia(
        [Description("The image's numeric id.")] long id, MediaStore store, IMediaRepository media, CancellationToken cancellationToken)
    {
        switch (await media.DeleteAsync(id, row => store.DeleteAll(row.Sha256, ImageFormat.Named(row.Format)!), cancellationToken))
        {
            case MediaDeletion.Deleted:
                return TypedResults.NoContent();
            case MediaDeletion.InUse { Slugs: var slugs }:
                return EditProblem.Of(StatusCodes.Status409Conflict, "The image is in use.",
                    $"Image {id} is the hero image of {string.Join(", ", slugs.Select(slug => $"'{slug}'"))}; give those articles another heroImageId (or null) first.");
            case MediaDeletion.Busy { Problem: var problem }:
                return problem;
            default:
                return NotFoundProblem.For("image", id);
        }
    }
}
