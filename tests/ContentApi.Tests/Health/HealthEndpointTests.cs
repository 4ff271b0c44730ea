using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Health;

/// <summary>The probes of a serving app: what they answer, with which headers, on GET and HEAD.</summary>
[Collection(SharedApi.Name)]
public class HealthEndpointTests(ContentApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task LiveAnswers200HealthyWithNoChecks()
    {
        using var response = await _client.GetAsync("/health/live");
        var report = await ReportAsync(response, HttpStatusCode.OK);

        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Empty(report.GetProperty("checks").EnumerateArray());
    }

    [Fact]
    public async Task ReadyAnswers200ListingEachCheckHealthyWithItsDuration()
    {
        using var response = await _client.GetAsync("/health/ready");
        var report = await ReportAsync(response, HttpStatusCode.OK);

        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var checks = report.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(["database", "migrations", "quick-check"], checks.Select(check => check.GetProperty("name").GetString()));
        Assert.All(checks, check =>
        {
            Assert.Equal("Healthy", check.GetProperty("status").GetString());
            Assert.True(check.GetProperty("durationMs").GetDouble() >= 0);
            Assert.False(check.TryGetProperty("description", out _), "a passing check has no description");
        });
        Assert.True(report.GetProperty("durationMs").GetDouble() >= checks.Max(check => check.GetProperty("durationMs").GetDouble()) - 0.01);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HeadAnswersWithTheStatusAndHeadersOfGetAndNoBody(string url)
    {
        using var get = await _client.GetAsync(url);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal("no-store", head.Headers.CacheControl?.ToString());
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.NotNull(head.Content.Headers.ContentLength);
    }

    [Fact]
    public void TheProbesAreExemptFromRateLimiting()
    {
        factory.CreateClient();
        var probes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/health/", StringComparison.Ordinal) == true)
            .ToList();

        Assert.Equal(2, probes.Count);
        Assert.All(probes, probe => Assert.NotNull(probe.Metadata.GetMetadata<DisableRateLimitingAttribute>()));
    }

    /// <summary>Asserts a probe's answer: status, JSON, no-store, nothing a cache could revalidate; returns its body.</summary>
    internal static async Task<JsonElement> ReportAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Content.Headers.LastModified);
        Assert.DoesNotContain("   at ", body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
