namespace ContentApi.Caching;

/// <summary>Marks an endpoint whose 200 responses are cached and served with validators.</summary>
public sealed class CachedRepresentationMetadata;

/// <summary>What the middleware found out for the endpoint filter that fills the cache on a miss.</summary>
internal sealed record RepresentationRequest(string Key, ContentState State);

/// <summary>
/// Serves cached representations before model binding, validation or SQL run. On a miss it leaves the
/// cache key and content version for <see cref="RepresentationFilter"/>, which stores what the endpoint returns.
/// </summary>
internal sealed class RepresentationCacheMiddleware(
    RequestDelegate next, ContentVersion contentVersion, RepresentationCache cache, RepresentationWriter writer)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<CachedRepresentationMetadata>() is null)
        {
            await next(context);
            return;
        }

        var state = await contentVersion.CurrentAsync(context.RequestAborted);
        var key = request.QueryString.HasValue ? string.Concat(request.Path.Value, request.QueryString.Value) : request.Path.Value ?? "/";
        if (cache.TryGet(key, state.Version, out var representation))
        {
            await writer.WriteAsync(context, representation);
            return;
        }

        context.Features.Set(new RepresentationRequest(key, state));
        await next(context);
    }
}
