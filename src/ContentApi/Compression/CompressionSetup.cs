using Microsoft.AspNetCore.ResponseCompression;

namespace ContentApi.Compression;

internal static class CompressionSetup
{
    /// <summary>
    /// Brotli or gzip for problem bodies. Cached JSON is precompressed by the caching layer; problems are never cached,
    /// so they are compressed here, per response.
    /// </summary>
    public static IServiceCollection AddProblemCompression(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["application/problem+json"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });

    public static IApplicationBuilder UseProblemCompression(this IApplicationBuilder app) => app.UseResponseCompression();
}
