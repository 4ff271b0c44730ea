using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.OpenApi;

/// <summary>
/// The two problem bodies this API writes (RFC 9457), stated exactly: <c>title</c>, <c>status</c>, <c>detail</c>,
/// <c>instance</c> and <c>traceId</c> are always present (ProblemDetailsSetup fills each); <c>type</c> only when it is
/// not <c>about:blank</c>; validation problems add <c>errors</c>, each failing parameter with its messages. They replace
/// the framework's generic schemas, whose members are all optional and nullable.
/// </summary>
internal sealed class ProblemSchemas : IDocumentFilter
{
    public const string Problem = "Problem";
    public const string ValidationProblem = "ValidationProblem";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components!.Schemas!;
        schemas.Remove("ProblemDetails");
        schemas.Remove("HttpValidationProblemDetails");
        schemas[Problem] = Schema("A problem (RFC 9457): what went wrong, for people and for code.", withErrors: false);
        schemas[ValidationProblem] = Schema("A problem with the request's parameters; `errors` names each failing parameter.", withErrors: true);
    }

    private static OpenApiSchema Schema(string description, bool withErrors)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Description = "A URI naming the kind of problem; absent means `about:blank` (the status says it all)." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A short summary of the kind of problem." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong with this request, in plain words." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request, as method and path." },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "W3C trace id of the request, to quote in a report." },
        };
        var required = new HashSet<string>(StringComparer.Ordinal) { "title", "status", "detail", "instance", "traceId" };
        if (withErrors)
        {
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Each failing parameter, by name, with its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
            required.Add("errors");
            required.Add("type");
        }

        return new OpenApiSchema { Type = JsonSchemaType.Object, Description = description, Properties = properties, Required = required };
    }
}
