using ContentApi.Links;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ContentApi.Caching;

/// <summary>
/// The miss path, after validation: runs the handler, takes its 200 body (bytes it already holds, or its value
/// serialised once with source-generated metadata), stamps it with the scopes it was read from and their Last-Modified, stores it, and answers through
/// <see cref="RepresentationWriter"/>. Concurrent misses of one key wait for the first one's build. Errors pass through.
/// </summary>
internal sealed class RepresentationFilter(
    RepresentationPolicy policy, RepresentationCache cache, ContentChangeFeed feed, IContentChangeRepository changes,
    RepresentationWriter writer, PublicLinks links, IOptions<JsonOptions> json, RepresentationFormat format) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        // A preview is authenticated, so IsPrivate holds already; IsPreview says it outright (drafts must never be kept).
        if (!cache.IsEnabled || RepresentationCache.IsPrivate(context.HttpContext) || Preview.PreviewReads.IsPreview(context.HttpContext))
        {
            return (await BuildAsync(context, next, kept: false)).Result;
        }

        var request = context.HttpContext.Request;
        var key = RepresentationKey.For(request, policy.QueryNames, links.BaseFor(request));
        var build = cache.JoinOrLead(key, out var lease);
        // The build only ever completes with a result (null when it had no 200 to share), never with an exception.
        if (lease is null && await build.WaitAsync(context.HttpContext.RequestAborted) is { } shared)
        {
            return new RepresentationResult(shared, writer);
        }

        using (lease)
        {
            // A follower whose leader failed builds for itself (and stores; the entry is as good as the leader's).
            var (result, representation) = await BuildAsync(context, next, kept: true);
            if (representation is { LastModified: not null })
            {
                cache.Store(key, representation);
            }

            lease?.Complete(representation);
            return result;
        }
    }

    private async Task<(object? Result, CachedRepresentation? Representation)> BuildAsync(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next, bool kept)
    {
        // Read before the handler reads: a write that lands during the read has a newer stamp and makes this stale. (With
        // the cache off the middleware steps aside, so the stamps are brought up to date here; else this is a no-op.)
        await feed.RefreshIfDueAsync(context.HttpContext.RequestAborted);
        var builtAt = feed.Version;
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is IStatusCodeHttpResult { StatusCode: not (null or StatusCodes.Status200OK) }
            || Serialise(inner, links.BaseFor(context.HttpContext.Request)) is not { } body)
        {
            return (result, null);
        }

        // A pooled body is sent from the pool when nothing keeps it, and copied into an array of its own when the cache does.
        var buffer = inner as IDisposable;
        if (buffer is not null && kept)
        {
            body = body.ToArray();
            buffer.Dispose();
            buffer = null;
        }

        // The result knows its scopes when it carries its own JSON; a value may know them; else the endpoint's.
        var scoped = (inner is IUtf8JsonBody ? inner : (inner as IValueHttpResult)?.Value) as IContentScoped;
        var scopes = scoped?.ContentScopes ?? policy.Scopes;
        var lastModified = scoped?.ContentLastModified ?? await LastModifiedAsync(scopes, builtAt, context.HttpContext.RequestAborted);
        var link = context.HttpContext.Response.Headers.Link;
        var representation = new CachedRepresentation(body, scopes, builtAt, lastModified, link.Count == 0 ? null : link.ToString(), format);
        return (new RepresentationResult(representation, writer, buffer), representation);
    }

    /// <summary>
    /// The scopes' newest stamp time, read after the content — unless a stamp newer than <paramref name="builtAt"/> shows
    /// a write that may or may not be in the body. Its time could then be newer than the body, and a client sending it
    /// back in If-Modified-Since would get a 304 for content it does not have: such a response goes without
    /// Last-Modified (If-None-Match still works) and is not kept, as the next poll would find it stale anyway.
    /// </summary>
    private async Task<DateTimeOffset?> LastModifiedAsync(IReadOnlyList<string> scopes, long builtAt, CancellationToken cancellationToken)
    {
        var changed = await changes.LastChangedAsync(scopes, cancellationToken);
        return changed.Version > builtAt ? null : changed.UpdatedAt;
    }

    /// <summary>
    /// The 200 body: bytes the result already holds, or its value serialised once, its links written against
    /// <paramref name="linkBase"/>; null when there is none.
    /// </summary>
    private ReadOnlyMemory<byte>? Serialise(object? result, string linkBase)
    {
        switch (result)
        {
            case IUtf8JsonBody serialised:
                return serialised.Utf8Json;
            case IValueHttpResult { Value: { } value }:
                // The declared type (the T of Ok<T>) is the one the source-generated context lists.
                var declaredType = result.GetType() is { IsGenericType: true } resultType ? resultType.GetGenericArguments()[0] : value.GetType();
                using (AbsoluteUrlConverter.WrittenAgainst(linkBase))
                {
                    return JsonSerializer.SerializeToUtf8Bytes(value, json.Value.SerializerOptions.GetTypeInfo(declaredType));
                }
            default:
                return null;
        }
    }
}
