using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Editing;

/// <summary>
/// Writes and the representation cache, on a host that stores representations and reads other processes' stamps only
/// once a second (the defaults): a write is served at once by its own process, and leaves other articles cached.
/// </summary>
public sealed class WriteCachingTests(WriteCachingTests.CachingApi factory) : IClassFixture<WriteCachingTests.CachingApi>
{
    public sealed class CachingApi : ContentApiFactory
    {
        public CachingApi()
        {
            WithSetting("HttpCaching:StoreRepresentations", "true");
            WithSetting("HttpCaching:ContentVersionRefreshMilliseconds", "1000");
        }
    }

    [Fact]
    public async Task AGetAfterAPatchShowsTheChangeAtOnceAndAnotherArticlesETagIsUnchanged()
    {
        using var editor = await Editor.CreateAsync(factory);
        var etag = await editor.CreateArticleAsync(Editor.NewArticle("zinc-cached"));
        etag = await editor.PostAsync("/api/articles/zinc-cached/publish", etag);
        using var reader = factory.CreateClient();
        var before = await reader.GetAsync("/api/articles/zinc-cached");
        var other = await reader.GetAsync("/api/articles/magnesium-for-restless-legs");
        var otherTag = other.Headers.ETag!;
        // Cached now: the same request is a 304.
        Assert.Equal(System.Net.HttpStatusCode.NotModified, (await ConditionalGetAsync(reader, "/api/articles/zinc-cached", before.Headers.ETag!)).StatusCode);

        await editor.PatchAsync("zinc-cached", etag, new JsonObject { ["title"] = "Zinc, edited" });

        var after = await reader.OkJsonAsync("/api/articles/zinc-cached");
        Assert.Equal("Zinc, edited", after.GetProperty("title").GetString());
        Assert.Contains("Zinc, edited", (await reader.OkJsonAsync("/api/articles?pageSize=100")).Items().Strings("title"));
        Assert.Equal(1, (await reader.OkJsonAsync("/api/search?q=edited&type=article")).GetProperty("totalItems").GetInt32());
        using var again = await ConditionalGetAsync(reader, "/api/articles/magnesium-for-restless-legs", otherTag);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(otherTag, again.Headers.ETag);
    }

    private static Task<HttpResponseMessage> ConditionalGetAsync(HttpClient client, string url, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return client.SendAsync(request);
    }
}
