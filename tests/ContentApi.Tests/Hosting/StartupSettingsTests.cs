using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Hosting;

/// <summary>A setting that cannot be read or is out of range stops the start with one critical line, not a stack trace.</summary>
public sealed class StartupSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-settings-").FullName;

    [Theory]
    [InlineData("HttpCaching__MaxAgeSeconds", "abc", "HttpCaching:MaxAgeSeconds")]
    [InlineData("HttpCaching__MaxAgeSeconds", "-5", "MaxAgeSeconds")]
    [InlineData("HttpCaching__ContentVersionRefreshMilliseconds", "-1", "ContentVersionRefreshMilliseconds")]
    [InlineData("Cors__PreflightMaxAgeSeconds", "999999", "PreflightMaxAgeSeconds")]
    [InlineData("Links__PublicBaseUrl", "ftp://content.example.org", "Links:PublicBaseUrl")]
    [InlineData("Links__PublicBaseUrl", "/relative", "Links:PublicBaseUrl")]
    [InlineData("Links__TrustedProxies__0", "proxy.internal", "Links:TrustedProxies")]
    [InlineData("Links__ArticlePageUrl", "https://www.example.org/health/", "Links:ArticlePageUrl")]
    [InlineData("AllowedHosts", "https://api.example.org", "AllowedHosts")]
    [InlineData("Telemetry__OtlpEndpoint", "notaurl", "Telemetry:OtlpEndpoint")]
    [InlineData("Telemetry__OtlpEndpoint", "ftp://collector:4317", "Telemetry:OtlpEndpoint")]
    [InlineData("Telemetry__PrometheusEnabled", "maybe", "Telemetry:PrometheusEnabled")]
    [InlineData("RateLimiting__Enabled", "yes", "RateLimiting:Enabled")]
    [InlineData("RateLimiting__PermitsPerSecond", "0", "PermitsPerSecond")]
    [InlineData("RateLimiting__Burst", "5", "RateLimiting:Burst (5) must be at least RateLimiting:PermitsPerSecond (10)")]
    public async Task AnUnreadableOrOutOfRangeSettingStopsTheStartWithOneCriticalLine(string key, string value, string named)
    {
        using var app = AppProcess.Start(_folder, new Dictionary<string, string>
        {
            ["ConnectionStrings__Content"] = $"Data Source={Path.Combine(_folder, "content.db")}",
            [key] = value,
        });

        Assert.Equal(1, await app.ExitCodeAsync());
        var critical = Assert.Single(app.Output.Split('\n'), line => line.StartsWith("crit:", StringComparison.Ordinal));
        Assert.NotNull(critical);
        Assert.Contains(named, app.Output);
        Assert.DoesNotContain("   at ", app.Output);
        Assert.DoesNotContain("Unhandled exception", app.Output);
    }

    [Fact]
    public async Task AnAddressInUseStopsTheStartWithOneCriticalLine()
    {
        using var occupant = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((System.Net.IPEndPoint)occupant.LocalEndpoint).Port;
        using var app = AppProcess.Start(_folder, new Dictionary<string, string>
        {
            ["ConnectionStrings__Content"] = $"Data Source={Path.Combine(_folder, "content.db")}",
            // Kestrel's own endpoint settings win over --urls.
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{port}",
        });

        Assert.Equal(1, await app.ExitCodeAsync());
        var critical = Assert.Single(app.Output.Split('\n'), line => line.StartsWith("crit:", StringComparison.Ordinal));
        Assert.NotNull(critical);
        Assert.Contains("address already in use", app.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", app.Output);
        Assert.DoesNotContain("Unhandled exception", app.Output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
