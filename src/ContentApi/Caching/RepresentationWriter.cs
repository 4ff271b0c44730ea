using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Caching;

/// <summary>
/// Writes a representation: the coding Accept-Encoding picks, that coding's ETag, Last-Modified, Cache-Control and
/// Vary, and 304 when a precondition says the client's copy is current. Hits and misses both answer through here.
/// </summary>
public sealed class RepresentationWriter(IOptions<HttpCachingOptions> options, TimeProvider time)
{
    private readonly string _cacheControl =
        $"public, max-age={options.Value.MaxAgeSeconds}, stale-while-revalidate={options.Value.StaleWhileRevalidateSeconds}";

    private readonly int _compressionThreshold = options.Value.CompressionThresholdBytes;

    public Task WriteAsync(HttpContext context, CachedRepresentation representation)
    {
        var request = context.Request;
        var response = context.Response;
        var headers = response.Headers;
        var coding = representation.Body.Length >= _compressionThreshold
            ? ContentEncodingNegotiator.Choose(request.Headers.AcceptEncoding)
            : ContentCoding.Identity;

        headers.ETag = representation.ETag(coding);
        if (representation.LastModifiedHeader is not null)
        {
            headers.LastModified = representation.LastModifiedHeader;
        }

        headers.CacheControl = _cacheControl;
        headers.Append(HeaderNames.Vary, representation.Format.Vary);
        if (representation.Link is not null)
        {
            headers.Link = representation.Link;
        }

        if (ConditionalRequest.IsNotModified(request, representation, time.GetUtcNow()))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var body = representation.BodyIn(coding);
        if (coding != ContentCoding.Identity)
        {
            headers.ContentEncoding = coding == ContentCoding.Brotli ? "br" : "gzip";
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = representation.ContentType;
        response.ContentLength = body.Length;
        // No RequestAborted token: asking for it makes a token source per request, and a gone client fails the write anyway.
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }
}

/// <summary>
/// What a cached endpoint returns once its value is serialised: the writer answers for it, then the pooled buffer
/// the body was read from (if any) goes back.
/// </summary>
internal sealed class RepresentationResult(CachedRepresentation representation, RepresentationWriter writer, IDisposable? buffer = null) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using (buffer)
        {
            await writer.WriteAsync(httpContext, representation);
        }
    }
}
