using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Media;

/// <summary>Endpoint metadata: the operation reads an image upload itself (documented by <see cref="MediaUploadOperationFilter"/>).</summary>
internal sealed class MediaUploadBody;

/// <summary>
/// Documents <c>POST /api/media</c>'s two body forms, which it reads itself: a multipart form (file and alt, both
/// required) and the raw image; and its 413 and 415 in media terms. Runs after the write filter, which describes them
/// for JSON bodies.
/// </summary>
internal sealed class MediaUploadOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<MediaUploadBody>().Any())
        {
            return;
        }

        var binary = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        var content = new Dictionary<string, IOpenApiMediaType>
        {
            ["multipart/form-data"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { MediaUpload.FilePart, MediaUpload.AltField },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [MediaUpload.FilePart] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The image: JPEG, PNG or WebP, by its bytes." },
                        [MediaUpload.AltField] = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = MediaUpload.MaxAltLength, Description = "Alternative text." },
                    },
                },
            },
        };
        foreach (var type in MediaUpload.RawTypes)
        {
            content[type] = new OpenApiMediaType { Schema = binary };
        }

        operation.RequestBody = new OpenApiRequestBody { Required = true, Content = content };
        Describe(operation, "413", "Content Too Large: the image is over `Media:MaxUploadBytes` (10 MiB by default).");
        Describe(operation, "415", "Unsupported Media Type: the body is neither a multipart form nor a raw image, or the file's bytes are not JPEG, PNG or WebP.");
        Describe(operation, "400", "Bad Request: the alt text is missing, or the file is empty, truncated, corrupt or has more pixels than `Media:MaxPixels`; `errors` names the part.");
    }

    private static void Describe(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses?.TryGetValue(status, out var declared) == true && declared is OpenApiResponse response)
        {
            response.Description = description;
        }
    }
}
