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
        // A process of its own: meters are process-wide, and other tests' hosts would add to the counts.
        var folder = Directory.CreateTempSubdirectory("contentapi-metrics-").FullName;
        try
        {
            using var app = AppProcess.Start(folder, new Dictionary<string, string>
            {
                ["ConnectionStrings__Content"] = $"Data Source={Path.Combine(folder, "content.db")}",
                ["Telemetry__PrometheusEnabled"] = "true",
                // As production should run: the scraper still reaches /metrics by the address, like the health probes.
                ["AllowedHosts"] = "api.example.org",
            });
            using var client = new HttpClient { BaseAddress = await app.ListeningAsync(), Timeout = TimeSpan.FromSeconds(30) };
            using var api = new HttpClient { BaseAddress = client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            api.DefaultRequestHeaders.Host = "api.example.org";

            await api.OkJsonAsync("/api/foods/1");
            await api.OkJsonAsync("/api/foods/1");
            await api.OkJsonAsync("/api/articles/magnesium-for-restless-legs");
            using var response = await client.GetAsync("/metrics");
            var text = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(1, Value(text, "contentapi_cache_hits_total"));
            Assert.Equal(2, Value(text, "contentapi_cache_misses_total"));
            Assert.Equal(0, Value(text, "contentapi_cache_evictions_total"));
            Assert.Equal(2, Value(text, "contentapi_cache_entries"));
            Assert.True(Value(text, "contentapi_cache_size_bytes") > 1_000, text);
            Assert.True(Value(text, "contentapi_db_statements_total") >= 3, text);
            Assert.Equal(Value(text, "contentapi_db_statements_total"), Value(text, "contentapi_db_statement_duration_seconds_count"));
            // A fresh database runs every migration and seed script once (SQLite's: not those in migrations/postgresql).
            var scripts = new[] { "migrations", "seed" }
                .Sum(folder => Directory.GetFiles(Path.Combine(RepoFolder.Root, "db", folder), "*.sql").Length);
            Assert.Equal(scripts, Value(text, "contentapi_db_migrations_applied_total"));
            Assert.Equal(0, Value(text, "contentapi_db_busy_waits_total"));
            Assert.Contains("http_server_request_duration_seconds_count{", text);
            Assert.Contains("http_route=\"/api/foods/{id:regex(^[1-9][0-9]{{0,8}}$)}\"", text);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AnOtlpEndpointReceivesTheTracesOfRequests()
    {
        // A stand-in collector on 127.0.0.1: the test only needs to see the exporter connect and send.
        using var collector = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        collector.Start();
        var endpoint = $"http://127.0.0.1:{((IPEndPoint)collector.LocalEndpoint).Port}";
        using var factory = new ContentApiFactory()
            .WithSetting("Telemetry:OtlpEndpoint", endpoint)
            // The SDK's own settings, read from configuration: export spans after 100 ms, not the default 5 s.
            .WithSetting("OTEL_BSP_SCHEDULE_DELAY", "100")
            // The stand-in never answers: shutting down gives up on it after 1 s, not the default 10 s.
            .WithSetting("OTEL_EXPORTER_OTLP_TIMEOUT", "1000");
        var client = factory.CreateClient();

        await client.OkJsonAsync("/api/foods/1");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var connection = await collector.AcceptTcpClientAsync(timeout.Token);
        var buffer = new byte[24];
        var read = await connection.GetStream().ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, timeout.Token);

        // gRPC runs over HTTP/2: the exporter opens with the HTTP/2 connection preface.
        Assert.Equal("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", System.Text.Encoding.ASCII.GetString(buffer, 0, read));
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
