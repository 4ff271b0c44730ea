using ContentApi.Database;
using Microsoft.AspNetCore.Routing;

namespace ContentApi.Caching;

internal static class HttpCachingSetup
{
    public static IServiceCollection AddHttpCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpCachingOptions>().Bind(configuration.GetSection("HttpCaching")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IContentStateRepository, ContentStateRepository>();
        services.AddSingleton<ContentVersion>();
        services.AddSingleton<RepresentationCache>();
        services.AddSingleton<RepresentationWriter>();
        services.AddSingleton<RepresentationFilter>();
        services.AddSingleton<IDatabaseReplacedHandler, CacheReset>();
        return services;
    }

    /// <summary>Serves cached representations; runs after routing (it needs the endpoint) and before the endpoints.</summary>
    public static IApplicationBuilder UseHttpCaching(this IApplicationBuilder app) =>
        app.UseMiddleware<RepresentationCacheMiddleware>();

    /// <summary>
    /// Public reads: answer HEAD as well as GET, cache 200 representations, send strong ETags, Last-Modified and
    /// Cache-Control, and answer matching preconditions with 304.
    /// </summary>
    public static TBuilder WithHttpCaching<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            // The last method metadata wins in routing: GET endpoints also match HEAD.
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods && methods.HttpMethods.Contains(HttpMethods.Get))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head]));
            }

            endpoint.Metadata.Add(new CachedRepresentationMetadata());
            endpoint.FilterFactories.Add((factoryContext, next) =>
            {
                var filter = factoryContext.ApplicationServices.GetRequiredService<RepresentationFilter>();
                return invocationContext => filter.InvokeAsync(invocationContext, next);
            });
        });
        return builder;
    }
}
