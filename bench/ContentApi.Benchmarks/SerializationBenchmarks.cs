using ContentApi.Preview;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ContentApi.Articles;
using ContentApi.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Benchmarks;

/// <summary>Serialising the whole article: source-generated metadata against reflection, in the same run.</summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web);

    private ArticleResponse _article = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        await using var database = await BenchmarkDatabase.CreateAsync();
        // The repository serves the article as JSON already; the records are what the other endpoints serialise.
        using var json = await database.Services.GetRequiredService<IArticleRepository>()
            .FindAsync("magnesium-for-restless-legs", ArticleParts.All, "http://localhost", ContentVisibility.Published, CancellationToken.None) ?? throw new InvalidOperationException("no article");
        _article = JsonSerializer.Deserialize(json.Utf8Json.Span, ContentJsonContext.Default.ArticleResponse)!;
        JsonSerializer.SerializeToUtf8Bytes(_article, Reflection); // build reflection metadata outside the measurement
    }

    [Benchmark(Baseline = true, Description = "reflection")]
    public byte[] WithReflection() => JsonSerializer.SerializeToUtf8Bytes(_article, Reflection);

    [Benchmark(Description = "source-generated")]
    public byte[] WithSourceGeneration() => JsonSerializer.SerializeToUtf8Bytes(_article, ContentJsonContext.Default.ArticleResponse);
}
