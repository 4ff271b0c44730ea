using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Links;

/// <summary>
/// Behind a reverse proxy on the same machine (Kestrel on 127.0.0.1, a trusted address), links use the scheme and host
/// the client called, from <c>X-Forwarded-Proto</c>/<c>-Host</c>; and each origin is cached with its own links
/// (the second request, same URL, is not answered from the first one's entry).
/// </summary>
public sealed class ForwardedHeaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-forwarded-").FullName;

    [Fact]
    public async Task ATrustedProxysSchemeAndHostShapeTheLinksAndEachOriginIsCachedApart()
    {
        using var app = AppProcess.Start(_folder, new Dictionary<string, string>
        {
            ["ConnectionStrings__Content"] = $"Data Source={Path.Combine(_folder, "content.db")}",
        });
        var direct = await app.ListeningAsync();
        using var client = new HttpClient { BaseAddress = direct, Timeout = TimeSpan.FromSeconds(30) };

        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/api/foods?pageSize=5");
        proxied.Headers.Add("X-Forwarded-Proto", "https");
        proxied.Headers.Add("X-Forwarded-Host", "content.example.org");
        using var viaProxy = await client.SendAsync(proxied);
        using var straight = await client.GetAsync("/api/foods?pageSize=5");
        var article = await client.GetStringAsync("/api/articles");

        Assert.All(viaProxy.Headers.GetValues("Link").SelectMany(AbsoluteLinkTests.LinkTargets),
            link => Assert.StartsWith("https://content.example.org/api/foods?pageSize=5&page=", link));
        Assert.All(straight.Headers.GetValues("Link").SelectMany(AbsoluteLinkTests.LinkTargets),
            link => Assert.StartsWith($"http://{direct.Authority}/api/foods?pageSize=5&page=", link));
        Assert.Contains($"\"href\":\"http://{direct.Authority}/api/articles/magnesium-for-restless-legs\"", article);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
