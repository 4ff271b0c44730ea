using System.Net;
using ContentApi.Caching;
using ContentApi.Database;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Caching;

/// <summary>What the representation cache keeps, under which key, within which bound, and how misses share work.</summary>
public sealed class RepresentationCacheTests : IDisposable
{
    private readonly ContentApiFactory _factory = new ContentApiFactory()
        .WithSetting("HttpCaching:StoreRepresentations", "true")
        .WithSetting("Database:CountStatements", "true");

    [Theory]
    [InlineData("/api/foods?pageSize=5&page=1", "/api/foods?page=1&pageSize=5")]
    [InlineData("/api/foods?pageSize=5", "/api/foods?PAGESIZE=5")]
    [InlineData("/api/foods?pageSize=5&junk=1", "/api/foods?pageSize=5&junk=2&utm_source=mail")]
    [InlineData("/api/articles/magnesium-for-restless-legs", "/api/articles/magnesium-for-restless-legs?v=4000")]
    public async Task RequestsThatBindTheSameParametersShareOneEntry(string first, string second)
    {
        var client = _factory.CreateClient();
        using var built = await client.GetAsync(first);

        var (statements, response) = await CountStatementsAsync(client, second);

        Assert.Equal(ContentScopeInvalidationTests.ChangePoll, statements);
        Assert.Equal(await built.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
        Assert.Equal(built.Headers.ETag, response.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/foods?pageSize=5", "/api/foods?pageSize=6")]
    [InlineData("/api/foods?nutrient=magnesium", "/api/foods?nutrient=magnesium&nutrient=magnesium")]
    [InlineData("/api/search?q=sleep", "/api/search?q=sleep&q=legs")]
    public async Task DifferentBoundValuesAreDifferentEntries(string first, string second)
    {
        var client = _factory.CreateClient();
        using var built = await client.GetAsync(first);

        var (statements, response) = await CountStatementsAsync(client, second);

        Assert.True(statements > ContentScopeInvalidationTests.ChangePoll || response.StatusCode == HttpStatusCode.BadRequest);
        Assert.NotEqual(built.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task PagingLinksCarryOnlyTheParametersTheEndpointBinds()
    {
        var client = _factory.CreateClient();
        using var first = await client.GetAsync("/api/foods?pageSize=5&token=secret-of-client-a");
        using var second = await client.GetAsync("/api/foods?pageSize=5&token=client-b");

        var links = string.Join(", ", second.Headers.GetValues("Link"));
        Assert.DoesNotContain("token", links);
        Assert.Contains("<http://localhost/api/foods?pageSize=5&page=2>; rel=\"next\"", links);
        Assert.Equal(string.Join(", ", first.Headers.GetValues("Link")), links);
    }

    [Fact]
    public async Task TheCacheStaysWithinItsByteLimitAndKeepsStoringNewEntries()
    {
        const long limit = 256 * 1024;
        using var factory = new ContentApiFactory()
            .WithSetting("HttpCaching:StoreRepresentations", "true")
            .WithSetting("HttpCaching:CacheSizeLimitBytes", limit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithSetting("Database:CountStatements", "true");
        var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<RepresentationCache>();

        // Each whole article is charged about 60 KB of JSON plus its Brotli and gzip forms: a dozen overflow the limit.
        for (var size = 1; size <= 12; size++)
        {
            (await client.GetAsync($"/api/foods?pageSize={size}")).EnsureSuccessStatusCode();
            (await client.GetAsync($"/api/articles/magnesium-for-restless-legs?include=sections&fields=title,sections,{Field(size)}")).EnsureSuccessStatusCode();
        }

        // An overflowing store is refused and starts a compaction on the thread pool; stores succeed again once it ran.
        var counter = factory.Services.GetRequiredService<SqlStatementCounter>();
        var stored = false;
        for (var attempt = 0; attempt < 100 && !stored; attempt++)
        {
            (await client.GetAsync("/api/foods?pageSize=99")).EnsureSuccessStatusCode();
            counter.Reset();
            (await client.GetAsync("/api/foods?pageSize=99")).EnsureSuccessStatusCode();
            stored = counter.Count == ContentScopeInvalidationTests.ChangePoll;
            await Task.Delay(stored ? 0 : 20);
        }

        Assert.True(stored);
        Assert.InRange(cache.SizeInBytes, 1, limit);
        Assert.InRange(cache.Count, 1, 23);
    }

    [Fact]
    public async Task ConcurrentMissesOfOneKeyShareOneBuild()
    {
        var cache = _factory.Services.GetRequiredService<RepresentationCache>();
        var leader = cache.JoinOrLead("/api/foods", out var lease);
        var followers = Enumerable.Range(0, 8).Select(_ => cache.JoinOrLead("/api/foods", out var none) is var task && none is null ? task : null).ToList();
        var built = new CachedRepresentation("{}"u8.ToArray(), [ContentScope.Foods], 1, DateTimeOffset.UnixEpoch, null);

        Assert.NotNull(lease);
        Assert.All(followers, follower => Assert.Same(leader, follower));
        Assert.False(leader.IsCompleted);
        lease!.Complete(built);
        Assert.Same(built, await leader);
        Assert.NotSame(leader, cache.JoinOrLead("/api/foods", out var next));
        next!.Dispose();
    }

    [Fact]
    public async Task ALeaderWithoutARepresentationLetsEveryFollowerAnswerForItself()
    {
        var client = _factory.CreateClient();
        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.GetAsync("/api/articles/no-such-article")));
        var hits = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.GetAsync("/api/foods?pageSize=3")));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        Assert.All(hits, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single(hits.Select(response => response.Headers.ETag!.Tag).Distinct());
    }

    [Fact]
    public async Task AStoreThatCannotBeReadStillAnswersBadInputWith400First()
    {
        var client = _factory.CreateClient();
        (await client.GetAsync("/api/foods")).EnsureSuccessStatusCode();
        File.Delete(_factory.DatabasePath);

        using var invalid = await client.GetAsync("/api/foods?pageSize=0");
        using var valid = await client.GetAsync("/api/foods?pageSize=7");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, valid.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>A different set of top-level members for each number: a distinct key with the same large sections.</summary>
    private static string Field(int size) =>
        string.Join(',', new[] { "summary", "category", "slug", "status" }.Where((_, bit) => (size & (1 << bit)) != 0));

    private async Task<(long Statements, HttpResponseMessage Response)> CountStatementsAsync(HttpClient client, string url)
    {
        var counter = _factory.Services.GetRequiredService<SqlStatementCounter>();
        counter.Reset();
        var response = await client.GetAsync(url);
        return (counter.Count, response);
    }
}
