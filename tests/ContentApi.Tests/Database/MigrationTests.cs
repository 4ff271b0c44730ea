using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ContentApi.Tests.Database;

public sealed class MigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-migrations-").FullName;

    [Fact]
    public async Task ScriptsApplyOnceAcrossTwoStarts()
    {
        var databasePath = Path.Combine(_folder, "content.db");
        string firstJournal;
        using (var first = new ContentApiFactory(databasePath))
        {
            await first.CreateClient().OkJsonAsync("/api/foods");
            firstJournal = await JournalAsync(databasePath);
        }

        using (var second = new ContentApiFactory(databasePath))
        {
            await second.CreateClient().OkJsonAsync("/api/foods");
            Assert.Contains(second.Logs, log => log.Message.Contains("0 script(s) applied", StringComparison.Ordinal));
            Assert.DoesNotContain(second.Logs, log => log.Message.Contains("No database file", StringComparison.Ordinal));
        }

        Assert.Equal(firstJournal, await JournalAsync(databasePath));
        Assert.Contains("migrations/0001_content_model.sql", firstJournal);
        Assert.Contains("seed/0001_magnesium_for_restless_legs.sql", firstJournal);
        Assert.Equal(1L, await SqliteFile.ScalarAsync(databasePath, "SELECT count(*) FROM articles;"));
        Assert.Equal(22L, await SqliteFile.ScalarAsync(databasePath, "SELECT count(*) FROM foods;"));
        Assert.Equal("wal", await SqliteFile.ScalarAsync(databasePath, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task AFreshFileIsAnnouncedWithItsPathAndHoldsItsContentWithoutItsWriteAheadLog()
    {
        var databasePath = Path.Combine(_folder, "fresh", "content.db");
        using var factory = new ContentApiFactory(databasePath);
        await factory.CreateClient().OkJsonAsync("/api/foods");

        var created = Assert.Single(factory.Logs, log => log.Level == Microsoft.Extensions.Logging.LogLevel.Warning && log.Message.Contains("No database file", StringComparison.Ordinal));
        Assert.Contains(databasePath, created.Message);
        Assert.Contains(factory.Logs, log => log.Message.Contains($"Database ready at '{databasePath}'", StringComparison.Ordinal));

        // A copy of the file alone, as a snapshot or a careless cp takes it while the app runs.
        var copy = Path.Combine(_folder, "copy.db");
        File.Copy(databasePath, copy);
        Assert.Equal(1L, await SqliteFile.ScalarAsync(copy, "SELECT count(*) FROM articles;"));
        Assert.Equal(22L, await SqliteFile.ScalarAsync(copy, "SELECT count(*) FROM foods;"));
    }

    [Fact]
    public async Task ADatabaseSeededBeforeTheEditorialReviewEndsLikeAFreshOne()
    {
        string[] urls =
        [
            "/api/articles/magnesium-for-restless-legs", "/api/dose-ranges?pageSize=100", "/api/interactions?pageSize=100",
            "/api/sources?pageSize=100", "/api/remedies?pageSize=100", "/api/side-effects?pageSize=100", "/api/search?q=magnesium&pageSize=100",
        ];
        var scripts = CopyScripts();
        var held = Path.Combine(_folder, "held");
        Directory.CreateDirectory(held);
        // Everything written after the review's database: migration 0006 and later ones, the review's seed and later seeds.
        var later = new[] { ("migrations", "0006"), ("seed", "0003") }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(scripts, folder.Item1))
                .Select(path => $"{folder.Item1}/{Path.GetFileName(path)}")
                .Where(script => string.CompareOrdinal(script, $"{folder.Item1}/{folder.Item2}") >= 0))
            .ToList();
        foreach (var script in later)
        {
            File.Move(Path.Combine(scripts, script), Path.Combine(held, Path.GetFileName(script)));
        }

        var upgradedPath = Path.Combine(_folder, "upgraded.db");
        using (var before = new ContentApiFactory(upgradedPath, scripts))
        {
            // Today's code needs today's schema to serve; the old database is checked with SQL.
            before.CreateClient();
            Assert.Equal(10L, await SqliteFile.ScalarAsync(upgradedPath, "SELECT count(*) FROM sections;"));
        }

        foreach (var script in later)
        {
            File.Move(Path.Combine(held, Path.GetFileName(script)), Path.Combine(scripts, script));
        }

        using var upgraded = new ContentApiFactory(upgradedPath, scripts);
        using var fresh = new ContentApiFactory(Path.Combine(_folder, "fresh.db"), scripts);
        var upgradedClient = upgraded.CreateClient();
        var freshClient = fresh.CreateClient();
        foreach (var url in urls)
        {
            Assert.Equal((await freshClient.OkJsonAsync(url)).GetRawText(), (await upgradedClient.OkJsonAsync(url)).GetRawText());
        }

        Assert.Equal(13, (await upgradedClient.OkJsonAsync(urls[0])).GetProperty("sections").GetArrayLength());
    }

    [Fact]
    public async Task ChangedAppliedMigrationStopsTheStartNamingTheFile()
    {
        var scripts = CopyScripts();
        var databasePath = Path.Combine(_folder, "content.db");
        using (var first = new ContentApiFactory(databasePath, scripts))
        {
            await first.CreateClient().OkJsonAsync("/api/foods");
        }

        await File.AppendAllTextAsync(Path.Combine(scripts, "migrations", "0001_content_model.sql"), "\n-- edited after it ran\n");

        using var second = new ContentApiFactory(databasePath, scripts);
        Assert.ThrowsAny<Exception>(() => second.CreateClient());

        var critical = Assert.Single(second.Logs, log => log.Level == LogLevel.Critical);
        Assert.Contains("migrations/0001_content_model.sql", critical.Message);
        Assert.Null(critical.Exception);
    }

    [Fact]
    public void FileThatIsNotADatabaseFailsWithOneClearLogLine()
    {
        var databasePath = Path.Combine(_folder, "not-a-database.db");
        File.WriteAllText(databasePath, new string('x', 4096));

        using var factory = new ContentApiFactory(databasePath);
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(factory.Logs, log => log.Level == LogLevel.Critical);
        Assert.Contains("is not a SQLite database", critical.Message);
        Assert.Contains(databasePath, critical.Message);
        Assert.Null(critical.Exception);
        Assert.Equal(new string('x', 4096), File.ReadAllText(databasePath));
    }

    [Fact]
    public void UnwritableLocationFailsWithOneClearLogLine()
    {
        // A folder path that runs through a regular file cannot be created, even by root.
        var blocker = Path.Combine(_folder, "blocker");
        File.WriteAllText(blocker, "a file, not a folder");

        using var factory = new ContentApiFactory(Path.Combine(blocker, "data", "content.db"));
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(factory.Logs, log => log.Level == LogLevel.Critical);
        Assert.Contains("Cannot create the database folder", critical.Message);
        Assert.Null(critical.Exception);
    }

    private string CopyScripts() => ShippedScripts.CopyTo(_folder);

    private static async Task<string> JournalAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name || ' ' || checksum || ' ' || applied_at FROM schema_migrations ORDER BY name;";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
