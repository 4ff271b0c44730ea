using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// What the write operations add to the document: the If-Match header as required, the request body they read themselves
/// (<see cref="DocumentedRequestBody"/>), and their problem answers — 409, 412, 413, 415, 422 and 428, declared with
/// <c>ProducesProblem</c> — described and pointed at the API's own Problem schema (the framework's ProblemDetails
/// schema is replaced by <see cref="ProblemSchemas"/>). Runs after <see cref="HttpResponsesOperationFilter"/>, and edits
/// responses in place so the headers that filter documented stay.
/// </summary>
internal sealed class WriteOperationFilter : IOperationFilter
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["409"] = "Conflict: an article with that slug, or a source with that key, exists already; or the source to delete is still cited, or the image to delete is an article's hero image.",
        ["412"] = "Precondition Failed: If-Match names an older version of the article or source (the ETag header has the current one), or `If-None-Match: *` was sent and the slug exists.",
        ["413"] = "Content Too Large: the body is over `Editing:MaxBodyBytes` (1 MiB by default).",
        ["415"] = "Unsupported Media Type: the body must be the media type documented for the operation, in UTF-8.",
        ["422"] = "Unprocessable Content: a rule of the article is broken (a published article must have at least one section; a dose range's age band may not overlap another of the same population and kind; heroImageId must name an image that exists).",
        ["428"] = "Precondition Required: the operation needs If-Match with the article's or source's version ETag (the ETag header has it).",
    };

    /// <summary>The body's schema: a block is the request block union; a shared record, the operation's shape of it.</summary>
    private static IOpenApiSchema RequestSchema(DocumentedRequestBody body, OperationFilterContext context)
    {
        if (body.Type == typeof(Articles.BlockResponse))
        {
            return RequestSchemas.BlockRequestReference(context.SchemaGenerator, context.SchemaRepository);
        }

        var schema = context.SchemaGenerator.GenerateSchema(body.Type, context.SchemaRepository);
        return body.Shape is { } shape ? RequestSchemas.Shaped(schema, shape, context.SchemaRepository) : schema;
    }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<DocumentedRequestBody>().LastOrDefault() is { } body)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = body.Required,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    [body.ContentType] = new OpenApiMediaType { Schema = RequestSchema(body, context) },
                },
            };
        }

        // Bound with [FromHeader(Name = "If-Match")]: named as HTTP spells it (the query filter camel-cases names), and
        // required, since every request without it is a 428.
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>()
                     .Where(parameter => parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, "If-Match", StringComparison.OrdinalIgnoreCase)))
        {
            parameter.Name = "If-Match";
            parameter.Required = true;
        }

        foreach (var (status, description) in Descriptions)
        {
            if (operation.Responses?.TryGetValue(status, out var declared) == true && declared is OpenApiResponse response)
            {
                response.Description = description;
                response.Content = new Dictionary<string, IOpenApiMediaType>
                {
                    [HttpResponsesOperationFilter.ProblemMediaType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchemas.Problem, context.Document) },
                };
            }
        }

        // Last, so an operation's own meaning of a status wins over the general one above or HttpResponsesOperationFilter's.
        foreach (var own in metadata.OfType<DocumentedResponseDescription>())
        {
            if (operation.Responses?.TryGetValue(own.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var declared) == true && declared is OpenApiResponse response)
            {
                response.Description = own.Description;
            }
        }
    }
}
