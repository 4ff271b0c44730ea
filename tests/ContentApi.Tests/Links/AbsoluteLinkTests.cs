using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace ContentApi.Tests.Links;

/// <summary>Every link the API writes is an absolute URL a client on another origin can follow as it is, and resolves.</summary>
[Collection(SharedApi.Name)]
public class AbsoluteLinkTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Responses that between them carry every kind of link the API writes.</summary>
    private static readonly string[] LinkingResponses =
    [
        "/api/articles", "/api/articles/magnesium-for-restless-legs", "/api/sources?pageSize=100", "/api/sources/1",
        "/api/search?q=magnesium&pageSize=100", "/api/search?q=cipro", "/api/foods/plan?nutrient=magnesium&targetMg=320",
        "/api/dose-ranges/lookup?substance=magnesium&ageYears=40&sex=female",
    ];

    [Fact]
    public async Task EveryLinkInEveryResponseIsAbsoluteAndResolves()
    {
        var links = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var url in LinkingResponses)
        {
            using var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            CollectLinks(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, links);
            foreach (var link in response.Headers.TryGetValues("Link", out var values) ? values.SelectMany(LinkTargets) : [])
            {
                links.Add(link);
            }
        }

        Assert.True(links.Count >= 20, $"only {links.Count} links found");
        foreach (var link in links)
        {
            Assert.StartsWith("http://localhost/api/", link);
            using var target = await _client.GetAsync(link);
            Assert.True(target.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)target.StatusCode}");
        }
    }

    [Fact]
    public async Task AConfiguredPublicBaseUrlIsWhatEveryLinkPointsAt()
    {
        using var configured = new ContentApiFactory().WithSetting("Links:PublicBaseUrl", "https://content.example.org/health/");
        var client = configured.CreateClient();

        using var foods = await client.GetAsync("/api/foods?pageSize=5");
        var article = await client.OkJsonAsync("/api/articles/magnesium-for-restless-legs");
        var list = await client.OkJsonAsync("/api/articles");

        Assert.All(foods.Headers.GetValues("Link").SelectMany(LinkTargets), link => Assert.StartsWith("https://content.example.org/health/api/foods?", link));
        Assert.Equal("https://content.example.org/health/api/articles/magnesium-for-restless-legs", list.GetProperty("items")[0].GetProperty("href").GetString());
        Assert.Contains(article.GetProperty("relatedArticles").EnumerateArray(), related =>
            related.GetProperty("href").GetString()?.StartsWith("https://content.example.org/health/api/articles/", StringComparison.Ordinal) == true
            || related.GetProperty("href").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnUntrustedAddressChangeNoLink()
    {
        var context = await factory.Server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Path = "/api/foods";
            request.Request.QueryString = new QueryString("?pageSize=6");
            request.Request.Headers["X-Forwarded-Proto"] = "https";
            request.Request.Headers["X-Forwarded-Host"] = "attacker.example";
            request.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");
        });

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.All(LinkTargets(context.Response.Headers.Link.ToString()), link => Assert.StartsWith("http://localhost/api/foods?pageSize=6&page=", link));
    }

    internal static IEnumerable<string> LinkTargets(string header) =>
        header.Split(',').Select(part => part.Trim()).Where(part => part.StartsWith('<')).Select(part => part[1..part.IndexOf('>', StringComparison.Ordinal)]);

    /// <summary>Every <c>href</c> member's value, at any depth.</summary>
    private static void CollectLinks(JsonElement element, ISet<string> links)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "href" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        links.Add(property.Value.GetString()!);
                    }

                    CollectLinks(property.Value, links);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectLinks(item, links);
                }

                break;
        }
    }
}
