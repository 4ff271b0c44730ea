using System.Net;
using ContentApi.Caching;
using ContentApi.Keys;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Keys;

/// <summary>
/// The representation cache holds public answers only: a request with a valid key is neither answered from it nor
/// stored in it, and its answer is <c>private, no-store</c>, so no shared cache keeps it either.
/// </summary>
public sealed class AuthenticatedCachingTests : IDisposable
{
    private const string Read = "/api/foods/1";

    private readonly ContentApiFactory _factory = new ContentApiFactory().WithSetting("HttpCaching:StoreRepresentations", "true");

    [Fact]
    public async Task AnAuthenticatedReadIsNeitherStoredNorServedFromThePublicCache()
    {
        var key = await TestKeys.IssueAsync(_factory, "preview", ApiScopes.ContentPreview);
        using var keyed = TestKeys.Client(_factory, key);
        using var anonymous = TestKeys.Client(_factory);
        var cache = _factory.Services.GetRequiredService<RepresentationCache>();

        using var first = await keyed.GetAsync(Read);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("private, no-store", TestKeys.CacheControl(first));
        Assert.Equal(0, cache.Count);

        using var stored = await anonymous.GetAsync(Read);
        Assert.True(stored.Headers.CacheControl!.Public);
        Assert.Equal(1, cache.Count);
        var hits = cache.Statistics!.TotalHits;

        using var again = await keyed.GetAsync(Read);
        Assert.Equal("private, no-store", TestKeys.CacheControl(again));
        Assert.Equal(hits, cache.Statistics!.TotalHits);
        Assert.Equal(await stored.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARequestWithARefusedKeyIsNeitherStoredNorServedFromThePublicCache()
    {
        using var anonymous = TestKeys.Client(_factory);
        var cache = _factory.Services.GetRequiredService<RepresentationCache>();
        using var stored = await anonymous.GetAsync(Read);
        Assert.Equal(1, cache.Count);
        var hits = cache.Statistics!.TotalHits;

        // A public read goes on without the key it could not accept, but the answer is built for this request alone.
        using var refused = TestKeys.Client(_factory, "ca_unknown_0000000000000000000000000000000000000000000");
        using var answer = await refused.GetAsync(Read);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(hits, cache.Statistics!.TotalHits);
        Assert.Equal(1, cache.Count);
        Assert.Equal(await stored.Content.ReadAsStringAsync(), await answer.Content.ReadAsStringAsync());
    }

    public void Dispose() => _factory.Dispose();
}
