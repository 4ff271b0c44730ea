using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Telemetry;

/// <summary>
/// Metrics are off unless asked for; with the Prometheus endpoint on, the API's own instruments and ASP.NET Core's
/// count what the requests did.
/// </summary>
public sealed partial class MetricsTests
{
    [Fact]
    public async Task NoMetricsEndpointUnlessConfigured()
    {
        using var factory = new ContentApiFactory();
        var client = factory.CreateClient();

        var problem = await client.GetProblemAsync("/metrics", HttpStatusCode.NotFound);

        Assert.Contains("/metrics", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ThePrometheusEndpointCountsCacheLookupsStatementsMigrationsAndRequests()
    {
        using var factory = new ContentApiFactory()
            .WithSetting("Telemetry:PrometheusEnabled", "true")
            .WithSetting("HttpCaching:StoreRepresentations", "true");
        var client = factory.CreateClient();

        await client.OkJsonAsync("/api/foods/1");
        await client.OkJsonAsync("/api/foods/1");
        await client.OkJsonAsync("/api/articles/magnesium-for-restless-legs");
        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.True(Value(text, "contentapi_cache_hits_total") >= 1, text);
        Assert.True(Value(text, "contentapi_cache_misses_total") >= 2, text);
        Assert.Equal(0, Value(text, "contentapi_cache_evictions_total"));
        Assert.True(Value(text, "contentapi_cache_entries") >= 2, text);
        Assert.True(Value(text, "contentapi_cache_size_bytes") > 1_000, text);
        Assert.True(Value(text, "contentapi_db_statements_total") >= 3, text);
        Assert.True(Value(text, "contentapi_db_statement_duration_seconds_count") >= 3, text);
        Assert.Equal(12, Value(text, "contentapi_db_migrations_applied_total"));
        Assert.True(Value(text, "contentapi_db_busy_waits_total") >= 0, text);
        Assert.Contains("http_server_request_duration_seconds_count{", text);
        Assert.Contains("http_route=\"/api/foods/{id:regex(^[1-9][0-9]{{0,8}}$)}\"", text);
    }

    /// <summary>The sum of a metric's samples (every label set), or -1 when it is not there.</summary>
    private static double Value(string exposition, string name)
    {
        var samples = Sample(exposition, name).ToList();
        return samples.Count == 0 ? -1 : samples.Sum();
    }

    private static IEnumerable<double> Sample(string exposition, string name) =>
        exposition.Split('\n')
            .Where(line => line.StartsWith(name + " ", StringComparison.Ordinal) || line.StartsWith(name + "{", StringComparison.Ordinal))
            .Select(line => double.Parse(SampleValue().Match(line).Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\s(\S+)(\s\d+)?$")]
    private static partial Regex SampleValue();
}
