using ContentApi.Links;
using ContentApi.Database;

namespace ContentApi.Caching;

/// <summary>
/// The hit path: after routing, before binding, validation or SQL. A GET or HEAD of a cached endpoint whose entry is
/// still current is answered here (never to an authenticated request: what a key reads is not a public entry); anything
/// else goes on to the endpoint, where <see cref="RepresentationFilter"/>
/// builds and stores the entry. A store that cannot be read skips the cache, so bad input still gets its 400 first.
/// </summary>
internal sealed class RepresentationCacheMiddleware(
    RequestDelegate next, RepresentationCache cache, ContentChangeFeed feed, RepresentationWriter writer, PublicLinks links)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!cache.IsEnabled
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<RepresentationPolicy>() is not { } policy
            || RepresentationCache.IsPrivate(context))
        {
            await next(context);
            return;
        }

        try
        {
            await feed.RefreshIfDueAsync(context.RequestAborted);
        }
        catch (Exception ex) when (StoreFaultHandler.IsStoreFault(ex))
        {
            await next(context);
            return;
        }

        if (cache.TryGet(RepresentationKey.For(request, policy.QueryNames, links.BaseFor(request)), out var representation) && feed.IsCurrent(representation))
        {
            await writer.WriteAsync(context, representation);
            return;
        }

        await next(context);
    }
}
