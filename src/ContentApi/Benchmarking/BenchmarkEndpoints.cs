using System.Text.Json;
using ContentApi.Articles;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ContentApi.Benchmarking;

/// <summary>
/// Endpoints for the load benchmark, mapped only when <c>Benchmark:Enabled</c> is true (never in a normal run):
/// a baseline that writes a precomputed byte array as large as the article's JSON (the server's own limit for
/// that payload), and a counter of bytes allocated, so the benchmark can report allocations per request.
/// </summary>
internal static class BenchmarkEndpoints
{
    public static IEndpointRouteBuilder MapBenchmarkEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Benchmark:Enabled"))
        {
            return app;
        }

        var group = app.MapGroup("/bench").ExcludeFromDescription();
        var baseline = new Lazy<Task<byte[]>>(() => BaselineBodyAsync(app.Services, app.Configuration["Benchmark:ArticleSlug"] ?? "magnesium-for-restless-legs"));

        group.MapGet("/baseline", async (HttpContext context) =>
        {
            var body = await baseline.Value;
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });

        group.MapGet("/allocations", () => TypedResults.Text(
            GC.GetTotalAllocatedBytes(precise: true).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        return app;
    }

    private static async Task<byte[]> BaselineBodyAsync(IServiceProvider services, string slug)
    {
        var article = await services.GetRequiredService<IArticleRepository>().FindAsync(slug, ArticleParts.All, CancellationToken.None)
                      ?? throw new InvalidOperationException($"The benchmark baseline needs the article '{slug}'.");
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var size = JsonSerializer.SerializeToUtf8Bytes(article, json.GetTypeInfo(typeof(ArticleResponse))).Length;

        // A JSON string of the same length: {"padding":"xxx…"}.
        var body = new byte[size];
        var prefix = "{\"padding\":\""u8;
        prefix.CopyTo(body);
        body.AsSpan(prefix.Length, size - prefix.Length - 2).Fill((byte)'x');
        "\"}"u8.CopyTo(body.AsSpan(size - 2));
        return body;
    }
}
