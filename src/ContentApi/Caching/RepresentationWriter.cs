using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Caching;

/// <summary>Writes a cached representation: validators, cache headers, 304 when a precondition says so, the chosen encoding.</summary>
public sealed class RepresentationWriter(IOptions<HttpCachingOptions> options)
{
    private readonly string _cacheControl =
        $"public, max-age={options.Value.MaxAgeSeconds}, stale-while-revalidate={options.Value.StaleWhileRevalidateSeconds}";

    private readonly int _compressionThreshold = options.Value.CompressionThresholdBytes;

    public Task WriteAsync(HttpContext context, CachedRepresentation representation)
    {
        var request = context.Request;
        var response = context.Response;
        var headers = response.Headers;
        headers.ETag = representation.ETag;
        headers.LastModified = representation.LastModifiedHeader;
        headers.CacheControl = _cacheControl;
        headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (representation.Link is not null)
        {
            headers.Link = representation.Link;
        }

        if (ConditionalRequest.IsNotModified(request, representation))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var body = representation.Body;
        if (body.Length >= _compressionThreshold)
        {
            switch (ContentEncodingNegotiator.Choose(request.Headers.AcceptEncoding))
            {
                case "br":
                    body = representation.Brotli;
                    headers.ContentEncoding = "br";
                    break;
                case "gzip":
                    body = representation.Gzip;
                    headers.ContentEncoding = "gzip";
                    break;
            }
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = representation.ContentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}

/// <summary>The result a cacheable endpoint returns once its value has been serialised.</summary>
internal sealed class RepresentationResult(CachedRepresentation representation) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) =>
        httpContext.RequestServices.GetRequiredService<RepresentationWriter>().WriteAsync(httpContext, representation);
}
