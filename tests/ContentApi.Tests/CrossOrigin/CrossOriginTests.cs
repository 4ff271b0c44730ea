using System.Net;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.CrossOrigin;

[Collection(SharedApi.Name)]
public class CrossOriginTests(ContentApiFactory factory)
{
    private const string Origin = "https://frontend.example";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task PreflightAnswersWithMethodsHeadersAndMaxAge()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/foods?pageSize=5");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match, cache-control");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        var allowedHeaders = response.Headers.GetValues("Access-Control-Allow-Headers").Single();
        Assert.Contains("if-none-match", allowedHeaders, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("cache-control", allowedHeaders, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("3600", response.Headers.GetValues("Access-Control-Max-Age").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task ACommentFormOnAnotherOriginMayPostButNoOtherWriteMay()
    {
        using var comment = await PreflightAsync("/api/articles/magnesium-for-restless-legs/comments", "POST", "content-type");
        using var write = await PreflightAsync("/api/articles", "POST", "content-type, authorization");

        Assert.Equal(HttpStatusCode.NoContent, comment.StatusCode);
        Assert.Equal("*", comment.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", comment.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("content-type", comment.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(comment.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.DoesNotContain("POST", write.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) ? methods.Single() : "");
    }

    private async Task<HttpResponseMessage> PreflightAsync(string url, string method, string headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, url);
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await _client.SendAsync(request);
    }

    [Theory]
    [InlineData("x-requested-with")]
    [InlineData("traceparent")]
    [InlineData("tracestate")]
    [InlineData("baggage")]
    [InlineData("sentry-trace")]
    [InlineData("authorization")]
    [InlineData("if-none-match, traceparent, x-requested-with")]
    public async Task PreflightAllowsTheHeadersFrontendLibrariesAdd(string requested)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/articles/magnesium-for-restless-legs");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", requested);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var allowed = response.Headers.GetValues("Access-Control-Allow-Headers").Single()
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.All(requested.Split(',', StringSplitOptions.TrimEntries), header => Assert.Contains(header, allowed, StringComparer.OrdinalIgnoreCase));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task CrossOriginConditionalGetGets304AndExposesValidators()
    {
        using var first = await CrossOriginGetAsync("/api/foods?pageSize=5", null);
        using var second = await CrossOriginGetAsync("/api/foods?pageSize=5", first.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("*", first.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = first.Headers.GetValues("Access-Control-Expose-Headers").Single();
        foreach (var header in new[] { "ETag", "Last-Modified", "Link", "Location", "Allow", "Retry-After" })
        {
            Assert.Contains(header, exposed, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal("*", second.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task ACrossOrigin405LetsThePageReadTheAllowHeaderItsProblemPointsTo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/foods/1");
        request.Headers.Add("Origin", Origin);
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Allow", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
        Assert.Contains(HttpMethod.Get.Method, response.Content.Headers.Allow);
    }

    private async Task<HttpResponseMessage> CrossOriginGetAsync(string url, string? entityTag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", Origin);
        if (entityTag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", entityTag);
        }

        return await _client.SendAsync(request);
    }
}

public sealed class ConfiguredOriginsTests : IDisposable
{
    private readonly ContentApiFactory _factory = new ContentApiFactory().WithSetting("Cors:AllowedOrigins:0", "https://app.example");

    [Fact]
    public async Task OnlyConfiguredOriginsAreAllowed()
    {
        var client = _factory.CreateClient();

        using var allowed = await GetFromAsync(client, "https://app.example");
        using var other = await GetFromAsync(client, "https://elsewhere.example");

        Assert.Equal("https://app.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Origin", allowed.Headers.Vary);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> GetFromAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/sources");
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }

    public void Dispose() => _factory.Dispose();
}
