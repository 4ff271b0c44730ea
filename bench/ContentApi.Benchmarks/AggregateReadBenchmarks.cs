using ContentApi.Preview;
using BenchmarkDotNet.Attributes;
using ContentApi.Articles;
using ContentApi.Database;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Benchmarks;

/// <summary>
/// What an uncached article GET costs below HTTP: the repository's read of the aggregate as the UTF-8 JSON body,
/// against the cheapest possible database round trip (open a pooled connection, run SELECT 1) in the same run.
/// </summary>
[MemoryDiagnoser]
public class AggregateReadBenchmarks
{
    private const string Slug = "magnesium-for-restless-legs";

    private BenchmarkDatabase _database = null!;
    private IArticleRepository _articles = null!;
    private SqliteConnectionFactory _connections = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _database = await BenchmarkDatabase.CreateAsync();
        _articles = _database.Services.GetRequiredService<IArticleRepository>();
        _connections = _database.Services.GetRequiredService<SqliteConnectionFactory>();
    }

    [GlobalCleanup]
    public ValueTask CleanUpAsync() => _database.DisposeAsync();

    [Benchmark(Baseline = true, Description = "round trip: open + SELECT 1")]
    public async Task<int> MinimalRoundTrip()
    {
        await using var connection = await _connections.OpenAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT 1;");
    }

    [Benchmark(Description = "article JSON, all parts")]
    public Task<int> AggregateRead() => ReadAsync(ArticleParts.All);

    [Benchmark(Description = "article JSON, include=sources")]
    public Task<int> AggregateReadSourcesOnly() => ReadAsync(ArticleParts.Sources);

    // The JSON lives in a pooled buffer until disposed, as the endpoint does once it has sent it.
    private async Task<int> ReadAsync(ArticleParts parts)
    {
        using var article = await _articles.FindAsync(Slug, parts, "http://localhost", ContentVisibility.Published, CancellationToken.None);
        return article!.Utf8Json.Length;
    }
}
