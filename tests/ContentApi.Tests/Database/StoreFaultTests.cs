using ContentApi.Tests.OpenApi;
using System.Net;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ContentApi.Tests.Database;

/// <summary>A damaged, foreign or vanished database stops the start in one line, or answers 503 while running.</summary>
public sealed class StoreFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-faults-").FullName;

    [Theory]
    [InlineData("schema_migrations")]
    [InlineData("foods")]
    public async Task ADamagedPageStopsTheStartWithOneCriticalLineAndExitCode1(string table)
    {
        var databasePath = await SeededDatabaseAsync();
        await SqliteFile.CorruptRootPageAsync(databasePath, table);

        using var app = AppProcess.Start(_folder, new Dictionary<string, string> { ["ConnectionStrings__Content"] = $"Data Source={databasePath}" });

        Assert.Equal(1, await app.ExitCodeAsync());
        var output = app.Output;
        Assert.Single(CriticalLines(output));
        Assert.Contains("is damaged", output);
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Unhandled exception", output);
    }

    [Theory]
    [InlineData("/proc/version", "Cannot ")]
    [InlineData("/proc/self", "Cannot open the database")]
    public async Task APathThatIsNoDatabaseStopsTheStartWithOneCriticalLineAndExitCode1(string dataSource, string message)
    {
        using var app = AppProcess.Start(_folder, new Dictionary<string, string> { ["ConnectionStrings__Content"] = $"Data Source={dataSource}" });

        Assert.Equal(1, await app.ExitCodeAsync());
        var line = Assert.Single(CriticalLines(app.Output));
        Assert.Contains(message, app.Output);
        Assert.DoesNotContain("   at ", app.Output);
        Assert.NotNull(line);
    }

    [Theory]
    [InlineData("Data Source={0};Foo=bar", "is not a valid SQLite connection string")]
    [InlineData("garbage;;=", "must name a database file")]
    [InlineData("Data Source=", "must name a database file")]
    [InlineData("Data Source=:memory:", "must name a database file")]
    [InlineData("Data Source={0};Mode=Memory", "must name a database file")]
    public async Task AConnectionStringThatNamesNoFileStopsTheStartWithOneCriticalLine(string connectionString, string message)
    {
        var value = string.Format(System.Globalization.CultureInfo.InvariantCulture, connectionString, Path.Combine(_folder, "content.db"));

        using var app = AppProcess.Start(_folder, new Dictionary<string, string> { ["ConnectionStrings__Content"] = value });

        Assert.Equal(1, await app.ExitCodeAsync());
        Assert.Contains(message, Assert.Single(CriticalLines(app.Output)) + app.Output);
        Assert.DoesNotContain("   at ", app.Output);
    }

    [Fact]
    public async Task AFileReplacedWhileRunningIsServedFromItsNewContent()
    {
        var databasePath = Path.Combine(_folder, "content.db");
        using var factory = new ContentApiFactory(databasePath);
        var client = factory.CreateClient();
        const string Url = "/api/articles/magnesium-for-restless-legs?fields=title";
        Assert.Equal("Magnesium for Restless Legs", (await client.OkJsonAsync(Url)).GetProperty("title").GetString());
        await CheckpointAsync(databasePath);
        var restored = Path.Combine(_folder, "restored.db");
        File.Copy(databasePath, restored);
        await SqliteFile.ExecuteAsync(restored, "UPDATE articles SET title = 'Restored title' WHERE id = 1; PRAGMA wal_checkpoint(TRUNCATE);");

        // An operator's restore: the new file renamed over the old one while the app runs.
        File.Move(restored, databasePath, overwrite: true);

        var title = "";
        for (var attempt = 0; attempt < 100 && title != "Restored title"; attempt++)
        {
            await Task.Delay(50);
            title = (await client.OkJsonAsync(Url)).GetProperty("title").GetString()!;
        }

        Assert.Equal("Restored title", title);
        Assert.Contains(factory.Logs, log => log.Level == LogLevel.Warning && log.Message.Contains("was replaced or removed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADamagedDataPageIsRefusedInProcessWithoutAnException()
    {
        var databasePath = await SeededDatabaseAsync();
        await SqliteFile.CorruptRootPageAsync(databasePath, "foods");

        using var factory = new ContentApiFactory(databasePath);
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(factory.Logs, log => log.Level == LogLevel.Critical);
        Assert.Contains("is damaged", critical.Message);
        Assert.Null(critical.Exception);
    }

    [Fact]
    public async Task ADeletedDatabaseAnswers503ProblemsIsNeverRecreatedAndIsLoggedOnce()
    {
        var databasePath = Path.Combine(_folder, "content.db");
        using var factory = new ContentApiFactory(databasePath);
        var client = factory.CreateClient();
        await client.OkJsonAsync("/api/foods");
        var backup = Path.Combine(_folder, "backup.db");
        await CheckpointAsync(databasePath);
        File.Copy(databasePath, backup);

        foreach (var file in Directory.GetFiles(_folder, "content.db*"))
        {
            File.Delete(file);
        }

        for (var attempt = 0; attempt < 40; attempt++)
        {
            using var response = await client.GetAsync(attempt % 2 == 0 ? "/api/foods" : $"/api/search?q=sleep&page={attempt}");
            var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("The content store is unavailable.", problem.GetProperty("title").GetString());
            Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
        }

        Assert.False(File.Exists(databasePath), "a serving connection created a new, empty database");
        var errors = factory.Logs.Where(log => log.Level >= LogLevel.Error).ToList();
        var report = Assert.Single(errors);
        Assert.Contains($"The database file '{databasePath}' is missing.", report.Message);
        Assert.Null(report.Exception);

        // Restored by an operator: served again, from the restored file.
        File.Copy(backup, databasePath);
        await client.OkJsonAsync("/api/foods?pageSize=3");
    }

    [Fact]
    public async Task DamageThatAppearsWhileRunningAnswers503NotA500()
    {
        var databasePath = Path.Combine(_folder, "content.db");
        using var factory = new ContentApiFactory(databasePath);
        var client = factory.CreateClient();
        await client.OkJsonAsync("/api/foods");
        await CheckpointAsync(databasePath);

        await SqliteFile.CorruptRootPageAsync(databasePath, "foods");
        SqliteConnection.ClearAllPools();

        using var response = await client.GetAsync("/api/foods?pageSize=7");
        var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("The content store is unavailable.", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("malformed", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(response.Headers.RetryAfter);
        await DocumentedProblem.AssertAsync(client, problem);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static IEnumerable<string> CriticalLines(string output) =>
        output.Split('\n').Where(line => line.StartsWith("crit:", StringComparison.Ordinal));

    private async Task<string> SeededDatabaseAsync()
    {
        var databasePath = Path.Combine(_folder, "content.db");
        using (var factory = new ContentApiFactory(databasePath))
        {
            await factory.CreateClient().OkJsonAsync("/api/foods");
        }

        await CheckpointAsync(databasePath);
        return databasePath;
    }

    private static Task CheckpointAsync(string databasePath)
    {
        SqliteConnection.ClearAllPools();
        return SqliteFile.ExecuteAsync(databasePath, "PRAGMA wal_checkpoint(TRUNCATE);");
    }
}
