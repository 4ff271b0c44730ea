using System.Net;
using ContentApi.Caching;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Caching;

/// <summary>Changes content on its own database and watches validators and cached bytes follow.</summary>
public sealed class ContentVersionTests : IDisposable
{
    private const string FoodUrl = "/api/foods/1";

    private readonly ContentApiFactory _factory = new ContentApiFactory().WithSetting("HttpCaching:StoreRepresentations", "true");

    [Fact]
    public async Task ValidatorsChangeWhenTheContentChanges()
    {
        var client = _factory.CreateClient();
        using var before = await client.GetAsync(FoodUrl);

        await ExecuteAsync("UPDATE foods SET amount_mg = 157, updated_at = '2026-11-26T09:30:00Z' WHERE id = 1;");
        using var after = await client.GetAsync(FoodUrl);
        using var revalidated = await SendWithTagAsync(client, FoodUrl, before.Headers.ETag!);

        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero), after.Content.Headers.LastModified);
        Assert.Equal(157, (await after.Content.ReadJsonAsync()).GetProperty("amountMg").GetDouble());
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
    }

    [Fact]
    public async Task CachedBytesAreServedUntilTheVersionIsBumpedThroughTheRepository()
    {
        var client = _factory.CreateClient();
        var original = await client.OkJsonAsync(FoodUrl);

        // A write that bypasses the version triggers: only the cache can still be serving the old bytes.
        await ExecuteAsync("""
            DROP TRIGGER foods_content_version_after_update;
            UPDATE foods SET name = 'Pumpkin seeds, dry roasted' WHERE id = 1;
            """);
        var cached = await client.OkJsonAsync(FoodUrl);
        Assert.Equal(original.GetRawText(), cached.GetRawText());

        var states = _factory.Services.GetRequiredService<IContentStateRepository>();
        var before = await states.GetAsync(CancellationToken.None);
        var bumped = await states.BumpAsync(CancellationToken.None);
        var fresh = await client.OkJsonAsync(FoodUrl);

        Assert.Equal(before.Version + 1, bumped.Version);
        Assert.Equal("Pumpkin seeds, dry roasted", fresh.GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnInProcessBumpIsSeenAtOnceWhileOtherWritersWaitForTheRefreshInterval()
    {
        using var factory = new ContentApiFactory().WithSetting("HttpCaching:ContentVersionRefreshMilliseconds", "600000").WithSetting("HttpCaching:StoreRepresentations", "true");
        var client = factory.CreateClient();
        var original = await client.OkJsonAsync(FoodUrl);

        await ExecuteAsync(factory.DatabasePath, "UPDATE foods SET name = 'Pumpkin seeds' WHERE id = 1;");
        var remembered = await client.OkJsonAsync(FoodUrl);
        await factory.Services.GetRequiredService<ContentVersion>().BumpAsync(CancellationToken.None);
        var fresh = await client.OkJsonAsync(FoodUrl);

        Assert.Equal(original.GetRawText(), remembered.GetRawText());
        Assert.Equal("Pumpkin seeds", fresh.GetProperty("name").GetString());
    }

    [Fact]
    public async Task EveryContentWriteBumpsTheVersion()
    {
        var states = _factory.Services.GetRequiredService<IContentStateRepository>();
        _factory.CreateClient();
        var before = await states.GetAsync(CancellationToken.None);

        await ExecuteAsync("UPDATE remedies SET description = description || '.' WHERE id = (SELECT min(id) FROM remedies);");
        await ExecuteAsync("INSERT INTO block_items (block_id, position, text) VALUES (7, 50, 'Bloating');");

        Assert.Equal(before.Version + 2, (await states.GetAsync(CancellationToken.None)).Version);
    }

    private static async Task<HttpResponseMessage> SendWithTagAsync(HttpClient client, string url, System.Net.Http.Headers.EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return await client.SendAsync(request);
    }

    private Task ExecuteAsync(string sql) => _factory.ExecuteSqlAsync(sql);

    private static Task ExecuteAsync(string databasePath, string sql) => SqliteFile.ExecuteAsync(databasePath, sql);

    public void Dispose() => _factory.Dispose();
}
