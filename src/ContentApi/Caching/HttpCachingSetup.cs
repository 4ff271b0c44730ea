using System.Reflection;
using ContentApi.Database;
using ContentApi.Validation;
using Microsoft.AspNetCore.Routing;

namespace ContentApi.Caching;

/// <summary>
/// Caching of public reads. The whole path of a request is drawn in docs/caching.md:
/// <see cref="RepresentationCacheMiddleware"/> answers hits before binding; on a miss the endpoint's validation runs,
/// then <see cref="RepresentationFilter"/> builds, stamps and stores the representation; <see cref="RepresentationWriter"/>
/// answers both. <see cref="ContentChangeFeed"/> says whether an entry is still current.
/// </summary>
internal static class HttpCachingSetup
{
    public static IServiceCollection AddHttpCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpCachingOptions>().Bind(configuration.GetSection("HttpCaching")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IContentChangeRepository, ContentChangeRepository>();
        services.AddSingleton<ContentChangeFeed>();
        services.AddSingleton<RepresentationCache>();
        services.AddSingleton<RepresentationWriter>();
        services.AddSingleton<IDatabaseReplacedHandler, CacheReset>();
        return services;
    }

    /// <summary>Serves cached representations; runs after routing (it needs the endpoint) and before the endpoints.</summary>
    public static IApplicationBuilder UseHttpCaching(this IApplicationBuilder app) =>
        app.UseMiddleware<RepresentationCacheMiddleware>();

    /// <summary>Sends the cached 200s of these endpoints as <paramref name="contentType"/>, and/or says they vary by Accept.</summary>
    public static TBuilder WithRepresentationFormat<TBuilder>(this TBuilder builder, string contentType, bool variesByAccept)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RepresentationFormat(contentType, variesByAccept));

    /// <summary>
    /// Public reads built from <paramref name="scopes"/>: answer HEAD as well as GET, cache 200 representations, send
    /// strong ETags, Last-Modified and Cache-Control, and answer matching preconditions with 304.
    /// </summary>
    public static TBuilder WithHttpCaching<TBuilder>(this TBuilder builder, params string[] scopes) where TBuilder : IEndpointConventionBuilder
    {
        if (scopes.Length == 0)
        {
            throw new ArgumentException("A cached endpoint names the content scopes it reads (ContentScope).", nameof(scopes));
        }

        builder.Add(endpoint =>
        {
            ContentApi.Routing.HeadRequests.AddHead(endpoint);

            var handler = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
            var policy = new RepresentationPolicy(scopes, handler is null ? [] : DeclaredQueryParameters.Of(handler).Names);
            endpoint.Metadata.Add(policy);
            endpoint.FilterFactories.Add((factoryContext, next) =>
            {
                // Read when the filter is built, after every convention (the endpoint's own run after its group's).
                var format = endpoint.Metadata.OfType<RepresentationFormat>().LastOrDefault() ?? RepresentationFormat.Json;
                var filter = ActivatorUtilities.CreateInstance<RepresentationFilter>(factoryContext.ApplicationServices, policy, format);
                return invocationContext => filter.InvokeAsync(invocationContext, next);
            });
        });
        return builder;
    }
}
