using System.Net;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.OpenApi;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Health;

/// <summary>
/// Readiness follows the store while the app runs: a removed, damaged or outdated file answers 503 naming the failing
/// check, as the document says, and the service is ready again once a good file is back. Each test breaks its own
/// database, with the representation cache on, so an answer kept by a cache would show.
/// </summary>
public sealed class ReadinessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-readiness-").FullName;
    private readonly ContentApiFactory _factory;
    private readonly HttpClient _client;

    public ReadinessTests()
    {
        _factory = new ContentApiFactory(Path.Combine(_folder, "content.db")).WithSetting("HttpCaching:StoreRepresentations", "true");
        _client = _factory.CreateClient();
    }

    private string DatabasePath => _factory.DatabasePath;

    [Fact]
    public async Task ReadyAnswers503WhileTheDatabaseFileIsRemovedAnd200OnceItIsRestored()
    {
        await ReadyAsync(HttpStatusCode.OK);
        var backup = await CopyAsync("backup.db");

        foreach (var file in Directory.GetFiles(_folder, "content.db*"))
        {
            File.Delete(file);
        }

        var report = await ReadyAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        Assert.Equal("The database file is missing.", Check(report, "database").GetProperty("description").GetString());
        Assert.Equal("Healthy", Check(report, "quick-check").GetProperty("status").GetString());
        using (var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health/ready")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, head.StatusCode);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }

        File.Copy(backup, DatabasePath);
        await EventuallyReadyAsync();
    }

    [Fact]
    public async Task ReadyAnswers503WhenATableIsDamagedWhileRunningAnd200OnceAGoodCopyIsMovedBack()
    {
        await ReadyAsync(HttpStatusCode.OK);
        var backup = await CopyAsync("backup.db");

        await SqliteFile.CorruptRootPageAsync(DatabasePath, "foods");
        SqliteConnection.ClearAllPools();

        var report = await ReadyAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("The database file is damaged.", Check(report, "database").GetProperty("description").GetString());

        // An operator's restore: a good copy renamed over the damaged file while the app runs.
        File.Move(backup, DatabasePath, overwrite: true);
        await EventuallyReadyAsync();
    }

    [Fact]
    public async Task ReadyAnswers503NamingAScriptTheFileLacksAsAnOlderBackupWould()
    {
        var last = (string)(await SqliteFile.ScalarAsync(DatabasePath, "SELECT max(name) FROM schema_migrations;"))!;
        await _factory.ExecuteSqlAsync($"DELETE FROM schema_migrations WHERE name = '{last}';");

        var report = await ReadyAsync(HttpStatusCode.ServiceUnavailable);

        var migrations = Check(report, "migrations");
        Assert.Equal("Unhealthy", migrations.GetProperty("status").GetString());
        Assert.Contains(last, migrations.GetProperty("description").GetString());
        Assert.Equal("Healthy", Check(report, "database").GetProperty("status").GetString());
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>GETs readiness, asserts the status and that the answer is what the served document says, and returns the report.</summary>
    private async Task<JsonElement> ReadyAsync(HttpStatusCode status)
    {
        using var response = await _client.GetAsync("/health/ready");
        var report = await HealthEndpointTests.ReportAsync(response, status);
        await ResponseContractTests.AssertDocumentedAsync(_client, response, report.GetRawText(), "/health/ready");
        return report;
    }

    /// <summary>The file watcher reopens the file a moment after it is back.</summary>
    private async Task EventuallyReadyAsync()
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 100 && status != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(50);
            using var response = await _client.GetAsync("/health/ready");
            status = response.StatusCode;
        }

        await ReadyAsync(HttpStatusCode.OK);
    }

    private static JsonElement Check(JsonElement report, string name) =>
        report.GetProperty("checks").EnumerateArray().Single(check => check.GetProperty("name").GetString() == name);

    /// <summary>A whole copy of the database as it is now (the WAL folded in first).</summary>
    private async Task<string> CopyAsync(string name)
    {
        SqliteConnection.ClearAllPools();
        await SqliteFile.ExecuteAsync(DatabasePath, "PRAGMA wal_checkpoint(TRUNCATE);");
        var copy = Path.Combine(_folder, name);
        File.Copy(DatabasePath, copy);
        return copy;
    }
}
