using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ContentApi.Caching;

/// <summary>
/// On a cache miss, serialises the endpoint's 200 value once (source-generated metadata where registered),
/// keeps it in the cache and answers through <see cref="RepresentationWriter"/>. Errors pass through untouched.
/// </summary>
internal sealed class RepresentationFilter(RepresentationCache cache, IOptions<JsonOptions> json) : IEndpointFilter
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        // A result that carries its JSON already serialised (IUtf8JsonBody) is its own value.
        if (inner is not (IUtf8JsonBody or IValueHttpResult { Value: not null })
            || inner is IStatusCodeHttpResult { StatusCode: not (null or StatusCodes.Status200OK) }
            || context.HttpContext.Features.Get<RepresentationRequest>() is not { } request)
        {
            return result;
        }

        var value = inner is IUtf8JsonBody ? inner : ((IValueHttpResult)inner).Value!;
        var options = json.Value.SerializerOptions;
        // The declared type (the T of Ok<T>) is the one the source-generated context lists.
        var declaredType = inner.GetType() is { IsGenericType: true } resultType ? resultType.GetGenericArguments()[0] : value.GetType();
        var body = value is IUtf8JsonBody serialised ? serialised.Utf8Json : JsonSerializer.SerializeToUtf8Bytes(value, options.GetTypeInfo(declaredType));
        var lastModified = (value as ILastModified)?.LastModified ?? request.State.UpdatedAt;
        var link = context.HttpContext.Response.Headers.Link;
        var representation = new CachedRepresentation(
            request.State.Version, body, JsonContentType, lastModified, link.Count == 0 ? null : link.ToString());
        cache.Store(request.Key, representation);
        return new RepresentationResult(representation);
    }
}
