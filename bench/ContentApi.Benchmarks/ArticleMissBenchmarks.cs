using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ContentApi.Articles;
using ContentApi.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Benchmarks;

/// <summary>
/// What an uncached article GET costs the app below HTTP: read the aggregate and produce the UTF-8 JSON body.
/// The ratio is to the typed read plus serialisation (13 statements, every text a string) in the same run.
/// </summary>
[MemoryDiagnoser]
public class ArticleMissBenchmarks
{
    private const string Slug = "magnesium-for-restless-legs";

    private BenchmarkDatabase _database = null!;
    private IArticleRepository _articles = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await BenchmarkDatabase.CreateAsync();
        _articles = _database.Services.GetRequiredService<IArticleRepository>();
    }

    [GlobalCleanup]
    public ValueTask CleanUpAsync() => _database.DisposeAsync();

    [Benchmark(Baseline = true, Description = "typed read + serialise")]
    public async Task<byte[]> TypedReadAndSerialise() => JsonSerializer.SerializeToUtf8Bytes(
        (await _articles.FindAsync(Slug, ArticleParts.All, CancellationToken.None))!, ContentJsonContext.Default.ArticleResponse);

    [Benchmark(Description = "JSON from SQLite")]
    public async Task<byte[]> JsonFromSqlite() => (await _articles.FindJsonAsync(Slug, ArticleParts.All, CancellationToken.None))!.Utf8Json;
}
