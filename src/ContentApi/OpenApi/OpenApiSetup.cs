using System.Reflection;
using Microsoft.OpenApi;

namespace ContentApi.OpenApi;

internal static class OpenApiSetup
{
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "ContentApi",
                Version = "v1",
                Description = "Structured health content as JSON: articles as ordered sections with typed blocks, " +
                              "dose ranges, foods, interactions, side effects, remedies and their sources. " +
                              "Errors are RFC 9457 problem details. Every GET also answers HEAD (same headers, no body); " +
                              "any other method gets 405 with Allow. Every link in a body or Link header is an absolute URL.",
                Contact = new OpenApiContact { Name = "ContentApi maintainers" },
                // No licence has been granted: the code and content are the owner's; each cited source keeps its own terms.
                License = new OpenApiLicense { Name = "All rights reserved", Url = new Uri(LicensePath, UriKind.Relative) },
            });
            // Operations that require a key name this scheme with the scope they need; Swagger UI's Authorize button fills it.
            options.AddSecurityDefinition(Keys.ApiKeySetup.DocumentScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "API key",
                Description = "An API key, sent as `Authorization: Bearer ca_<id>_<secret>`. Operators create keys with " +
                              "`dotnet ContentApi.dll keys create --name <name> --scopes <scope,…>`; scopes are content:write, " +
                              "content:preview, keys:admin and comments:moderate. Public reads take no key.",
            });
            options.IncludeXmlComments(Assembly.GetExecutingAssembly());
            options.SupportNonNullableReferenceTypes();
            options.DescribeAllParametersInCamelCase();
            // Every GET also answers HEAD; documenting both would only repeat each operation.
            options.DocInclusionPredicate((_, api) => !string.Equals(api.HttpMethod, HttpMethods.Head, StringComparison.OrdinalIgnoreCase));
            options.ParameterFilter<QueryParameterFilter>();
            options.SchemaFilter<ResponseSchemaFilter>();
            options.SchemaFilter<DiscriminatedUnionSchemaFilter>();
            options.SchemaFilter<DeclaredLimitsSchemaFilter>();
            options.SchemaFilter<RequestSchemaFilter>();
            options.SchemaFilter<ArticleExampleSchemaFilter>();
            options.OperationFilter<HttpResponsesOperationFilter>();
            options.OperationFilter<WriteOperationFilter>();
            options.OperationFilter<Media.MediaUploadOperationFilter>();
            options.DocumentFilter<ProblemSchemas>();
            options.DocumentFilter<ApiDocumentFilter>();
        });
        services.AddSingleton<OpenApiDocumentEndpoint>();
        return services;
    }

    /// <summary>The terms the document's licence points at, served here so the link resolves.</summary>
    public const string LicensePath = "/license";

    private const string LicenseText = """
        ContentApi: all rights reserved. No licence to copy or redistribute the code or the article prose is granted.
        The figures and statements it serves come from the sources each one cites (GET /api/sources), under their own terms.

        """;

    public static IEndpointRouteBuilder MapApiDocumentation(this WebApplication app)
    {
        var document = app.Services.GetRequiredService<OpenApiDocumentEndpoint>();
        app.MapMethods(OpenApiDocumentEndpoint.Pattern, [HttpMethods.Get, HttpMethods.Head], document.Serve).ExcludeFromDescription().DisableRateLimiting();
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "swagger";
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "ContentApi v1");
            options.DocumentTitle = "ContentApi";
        });
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], () => TypedResults.Redirect("/swagger")).ExcludeFromDescription().DisableRateLimiting();
        app.MapMethods(LicensePath, [HttpMethods.Get, HttpMethods.Head], () => TypedResults.Text(LicenseText, "text/plain; charset=utf-8")).ExcludeFromDescription().DisableRateLimiting();
        // The documentation is never rate limited: static bytes with no SQL behind them, which Swagger UI fetches several of
        // at once. Its static files count as this catch-all endpoint, which routing picks before the limiter runs.
        // Swagger UI's static files are served by its middleware before this endpoint runs; what reaches it is a file
        // that does not exist (404) or a method that static files do not take (405 with Allow, like every other route).
        app.Map("/swagger/{**file}", (HttpContext context) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                return (IResult)Problems.NotFoundProblem.Because($"Swagger UI has no file '{context.Request.Path}'.");
            }

            context.Response.Headers.Allow = "GET, HEAD";
            return TypedResults.Problem(statusCode: StatusCodes.Status405MethodNotAllowed);
        }).ExcludeFromDescription().DisableRateLimiting();
        return app;
    }
}
