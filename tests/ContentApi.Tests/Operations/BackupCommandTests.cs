using System.Net;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Operations;

/// <summary>
/// <c>dotnet ContentApi.dll backup &lt;path&gt;</c>, run as an operator runs it beside a serving app: a consistent copy
/// and one line saying where and how big, or one line saying why not and exit code 1.
/// </summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-backup-").FullName;

    private string DatabasePath => Path.Combine(_folder, "content.db");

    private Dictionary<string, string> Settings => new() { ["ConnectionStrings__Content"] = $"Data Source={DatabasePath}" };

    [Fact]
    public async Task BackupOfAServingAppWritesACopyThatPassesIntegrityCheckWithTheSameArticles()
    {
        using var app = AppProcess.Start(_folder, Settings);
        using var client = new HttpClient { BaseAddress = await app.ListeningAsync(), Timeout = TimeSpan.FromSeconds(30) };
        await client.OkJsonAsync("/api/articles/magnesium-for-restless-legs");
        // A write the running app has not checkpointed: the copy must hold what is still only in the WAL.
        await SqliteFile.ExecuteAsync(DatabasePath, "UPDATE articles SET title = 'Written before the backup' WHERE id = 1;");
        var target = Path.Combine(_folder, "backups", "content-backup.db");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        using var backup = AppProcess.Command(_folder, Settings, "backup", target);

        Assert.True(await backup.ExitCodeAsync() == 0, backup.Output);
        var line = Assert.Single(Lines(backup.Output));
        Assert.Contains(target, line);
        Assert.Contains($"({new FileInfo(target).Length} bytes)", line);
        Assert.Equal("ok", await SqliteFile.ScalarAsync(target, "PRAGMA integrity_check;"));
        Assert.Equal(await ArticleCountAsync(DatabasePath), await ArticleCountAsync(target));
        Assert.Equal("Written before the backup", await SqliteFile.ScalarAsync(target, "SELECT title FROM articles WHERE id = 1;"));
        using var stillServing = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, stillServing.StatusCode);
    }

    [Fact]
    public async Task BackupRefusesAnExistingFileWithOneLineAndExitCode1AndLeavesItAsItWas()
    {
        await SeedAsync();
        var target = Path.Combine(_folder, "existing.db");
        await File.WriteAllTextAsync(target, "keep me");

        using var backup = AppProcess.Command(_folder, Settings, "backup", target);

        Assert.Equal(1, await backup.ExitCodeAsync());
        Assert.Contains("already exists", Assert.Single(Lines(backup.Output)));
        Assert.DoesNotContain("   at ", backup.Output);
        Assert.Equal("keep me", await File.ReadAllTextAsync(target));
    }

    [Theory]
    [InlineData("/proc/contentapi-backup.db", "cannot create")]
    [InlineData("{0}/no-such-folder/backup.db", "does not exist")]
    [InlineData("{0}/content.db/backup.db", "is a file, not a folder")]
    public async Task BackupRefusesAPathItCannotWriteWithOneLineAndExitCode1(string path, string reason)
    {
        await SeedAsync();
        var target = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, _folder);

        using var backup = AppProcess.Command(_folder, Settings, "backup", target);

        Assert.Equal(1, await backup.ExitCodeAsync());
        Assert.Contains(reason, Assert.Single(Lines(backup.Output)));
        Assert.DoesNotContain("   at ", backup.Output);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task BackupRefusesAMissingDatabaseInsteadOfCopyingAnEmptyOne()
    {
        var target = Path.Combine(_folder, "backup.db");

        using var backup = AppProcess.Command(_folder, Settings, "backup", target);

        Assert.Equal(1, await backup.ExitCodeAsync());
        Assert.Contains("is missing", Assert.Single(Lines(backup.Output)));
        Assert.False(File.Exists(DatabasePath), "the backup created the database it was to copy");
        Assert.False(File.Exists(target));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static async Task<long> ArticleCountAsync(string databasePath) =>
        (long)(await SqliteFile.ScalarAsync(databasePath, "SELECT count(*) FROM articles;"))!;

    private async Task SeedAsync()
    {
        using var factory = new ContentApiFactory(DatabasePath);
        await factory.CreateClient().OkJsonAsync("/health/ready");
    }
}
