using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Logs;

/// <summary>
/// The app as Production runs it, with its own log settings: every console line is a JSON object, lines written in a
/// request carry its W3C trace and span ids, and nothing logged holds a query string's value.
/// </summary>
public sealed class JsonConsoleLogTests : IDisposable
{
    private const string Secret = "secretvalue123";

    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-logs-").FullName;

    [Fact]
    public async Task ProductionLogsAreJsonLinesWithTraceAndSpanIdsAndNoQueryValues()
    {
        using var app = AppProcess.StartWithConfiguredLogs(_folder, new Dictionary<string, string>
        {
            ["ConnectionStrings__Content"] = $"Data Source={Path.Combine(_folder, "content.db")}",
        });
        using (var client = new HttpClient { BaseAddress = await app.ListeningAsync(), Timeout = TimeSpan.FromSeconds(30) })
        {
            await client.OkJsonAsync($"/api/search?q={Secret}");
            (await client.GetAsync($"/api/search?q={Secret}&pageSize=0")).Dispose();
        }

        Assert.Equal(0, await app.StopAsync()); // flushes the console
        var output = app.Output;
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

        var requests = lines.Where(line => line.GetProperty("Category").GetString() == "ContentApi.Requests").ToList();
        Assert.Equal(2, requests.Count);
        var ok = requests[0].GetProperty("State");
        Assert.Equal("GET", ok.GetProperty("Method").GetString());
        Assert.Equal("/api/search", ok.GetProperty("Path").GetString());
        Assert.Equal("/api/search", ok.GetProperty("Route").GetString());
        Assert.Equal(200, ok.GetProperty("StatusCode").GetInt32());
        Assert.True(ok.GetProperty("DurationMs").GetDouble() >= 0);
        Assert.Equal(400, requests[1].GetProperty("State").GetProperty("StatusCode").GetInt32());
        Assert.All(requests, AssertTraced);
        Assert.All(lines.Where(line => Scope(line, "RequestId") is not null), AssertTraced);
        Assert.DoesNotContain(Secret, output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static void AssertTraced(JsonElement line)
    {
        Assert.Matches("^[0-9a-f]{32}$", Scope(line, "TraceId"));
        Assert.Matches("^[0-9a-f]{16}$", Scope(line, "SpanId"));
    }

    /// <summary>A value from the line's scopes (the request's, the activity's), or null.</summary>
    private static string? Scope(JsonElement line, string name) => line.GetProperty("Scopes").EnumerateArray()
        .Select(scope => scope.TryGetProperty(name, out var value) ? value.GetString() : null)
        .FirstOrDefault(value => value is not null);
}
