using Microsoft.AspNetCore.ResponseCompression;

namespace ContentApi.Json;

internal static class JsonSetup
{
    /// <summary>Source-generated metadata first; reflection remains only for types outside the API (OpenAPI, problems).</summary>
    public static IServiceCollection AddContentJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ContentJsonContext.Default));
        // Cached JSON is precompressed by the caching layer; this covers problem bodies, which are never cached.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["application/problem+json"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        return services;
    }
}
