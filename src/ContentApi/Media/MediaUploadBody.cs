using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Media;

/// <summary>Endpoint metadata: the operation reads an image upload itself (documented by <see cref="MediaUploadOperationFilter"/>).</summary>
internal sealed class MediaUploadBody;

/// <summary>Endpoint metadata: the operation answers with an image file (documented by <see cref="MediaUploadOperationFilter"/>).</summary>
internal sealed class MediaFileBody;

/// <summary>
/// Documents <c>POST /api/media</c>'s two body forms, which it reads itself: a multipart form (file and alt, both
/// required) and the raw image; and its 413 and 415 in media terms. Runs after the write filter, which describes them
/// for JSON bodies.
/// </summary>
internal sealed class MediaUploadOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<MediaFileBody>().Any())
        {
            DocumentFile(operation);
        }

        if (!metadata.OfType<MediaUploadBody>().Any())
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

    /// <summary>The image file's 200 (binary, in each format) with its caching headers, the allowed widths, and its 400 example naming 'w'.</summary>
    private static void DocumentFile(OpenApiOperation operation)
    {
        if (operation.Responses?.TryGetValue("200", out var declared) == true && declared is OpenApiResponse ok)
        {
            ok.Description = "The image file.";
            ok.Content = new[] { ImageFormat.Jpeg, ImageFormat.Png, ImageFormat.WebP, ImageFormat.Avif }.ToDictionary(
                format => format.MediaType, IOpenApiMediaType (_) => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
            ok.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["ETag"] = new OpenApiHeader { Description = "Strong: the file never changes.", Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                ["Cache-Control"] = new OpenApiHeader { Description = MediaFileEndpoints.CacheControl, Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                ["Vary"] = new OpenApiHeader { Description = "Accept, when the format was chosen from it (no ?format=).", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }

        operation.Responses?.TryAdd("304", new OpenApiResponse { Description = "Not Modified: If-None-Match named the file's ETag." });
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(parameter => parameter.Name == "w"))
        {
            parameter.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Enum = [.. MediaRenditions.AllowedWidths.Select(width => (System.Text.Json.Nodes.JsonNode)width)],
                Description = parameter.Description,
            };
        }

        if (operation.Responses?.TryGetValue("400", out var bad) == true && bad is OpenApiResponse badRequest
            && badRequest.Content?.Values.FirstOrDefault()?.Example is System.Text.Json.Nodes.JsonObject example)
        {
            example["detail"] = "Check the value of 'w'.";
            example["errors"] = new System.Text.Json.Nodes.JsonObject { ["w"] = new System.Text.Json.Nodes.JsonArray(MediaFileEndpoints.WidthMessage) };
        }
    }

    private static void Describe(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses?.TryGetValue(status, out var declared) == true && declared is OpenApiResponse response)
        {
            response.Description = description;
        }
    }
}
