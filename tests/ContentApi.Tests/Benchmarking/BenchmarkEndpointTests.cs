using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Benchmarking;

[Collection(SharedApi.Name)]
public sealed class BenchmarkEndpointsAreOffByDefaultTests(ContentApiFactory factory)
{
    [Theory]
    [InlineData("/bench/baseline")]
    [InlineData("/bench/allocations")]
    public async Task BenchmarkEndpointsDoNotExistInANormalRun(string url) =>
        await factory.CreateClient().GetProblemAsync(url, HttpStatusCode.NotFound);
}

public sealed class BenchmarkEndpointsTests : IDisposable
{
    private readonly ContentApiFactory _factory = new ContentApiFactory().WithSetting("Benchmark:Enabled", "true");

    [Fact]
    public async Task BaselineIsValidJsonAsLargeAsTheArticle()
    {
        var client = _factory.CreateClient();
        var article = await (await client.GetAsync("/api/articles/magnesium-for-restless-legs")).Content.ReadAsByteArrayAsync();

        using var baseline = await client.GetAsync("/bench/baseline");
        var body = await baseline.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, baseline.StatusCode);
        Assert.Equal(article.Length, body.Length);
        Assert.Equal("application/json", baseline.Content.Headers.ContentType?.MediaType);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, System.Text.Json.JsonDocument.Parse(body).RootElement.ValueKind);
    }

    [Fact]
    public async Task AllocationCounterGrows()
    {
        var client = _factory.CreateClient();
        var before = long.Parse(await client.GetStringAsync("/bench/allocations"), System.Globalization.CultureInfo.InvariantCulture);
        await client.GetAsync("/api/foods");
        var after = long.Parse(await client.GetStringAsync("/bench/allocations"), System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(after > before);
    }

    public void Dispose() => _factory.Dispose();
}
