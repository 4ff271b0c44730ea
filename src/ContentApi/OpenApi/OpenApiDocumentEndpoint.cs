using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContentApi.Caching;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace ContentApi.OpenApi;

/// <summary>
/// Serves <c>/swagger/{name}/swagger.json</c> from bytes built once per process (Swashbuckle's middleware rebuilt the
/// document on every request: ~70 req/s, and a few clients polling it starved every other endpoint). The document only
/// changes with a deployment, so it carries a strong ETag and <c>no-cache</c>: clients revalidate and get 304s.
/// As an endpoint, other methods get 405 with <c>Allow</c> like every other route.
/// </summary>
internal sealed class OpenApiDocumentEndpoint(ISwaggerProvider provider)
{
    public const string Pattern = "/swagger/{documentName}/swagger.json";

    private readonly ConcurrentDictionary<string, Lazy<Document?>> _documents = new(StringComparer.Ordinal);

    public IResult Serve(string documentName, HttpContext context)
    {
        if (_documents.GetOrAdd(documentName, name => new Lazy<Document?>(() => Build(name))).Value is not { } document)
        {
            return Problems.NotFoundProblem.Because($"There is no OpenAPI document named '{documentName}'.");
        }

        var headers = context.Response.Headers;
        headers.ETag = document.ETag;
        headers.CacheControl = "no-cache";
        if (ConditionalRequest.AnyTagMatches(context.Request.Headers.IfNoneMatch, document.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(document.Json, "application/json; charset=utf-8");
    }

    private Document? Build(string documentName)
    {
        OpenApiDocument openApi;
        try
        {
            openApi = provider.GetSwagger(documentName);
        }
        catch (UnknownSwaggerDocument)
        {
            return null;
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        openApi.SerializeAsV31(new OpenApiJsonWriter(text));
        var json = Encoding.UTF8.GetBytes(text.ToString());
        return new Document(json, $"\"{Convert.ToHexStringLower(SHA256.HashData(json))[..32]}\"");
    }

    private sealed record Document(byte[] Json, string ETag);
}
