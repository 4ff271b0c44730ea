using ContentApi.Database;
using ContentApi.Media;
using ContentApi.Operations;
using ContentApi.Tests.Infrastructure;
using Dapper;
using Npgsql;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests.PostgreSql;

/// <summary>The operator's commands and settings on PostgreSQL: keys work on it, backup says to use pg_dump, media need a shared folder.</summary>
[Collection(PostgreSqlTests.Name)]
public sealed class PostgreSqlCommandTests(ThrowawayCluster cluster)
{
    [Fact]
    public async Task KeysAreCreatedListedAndRevokedOnAPostgreSqlDatabaseTheCommandMigratesFirst()
    {
        var connectionString = await cluster.CreateDatabaseAsync();

        var created = await KeysAsync(connectionString, "create", "--name", "ci", "--scopes", "content:write");
        var id = created.Output.Trim().Split('_')[1];
        var listed = await KeysAsync(connectionString, "list");
        var revoked = await KeysAsync(connectionString, "revoke", id);
        var again = await KeysAsync(connectionString, "revoke", id);

        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Contains(listed.Output.Split('\n'), line => line.StartsWith(id, StringComparison.Ordinal) && line.Contains(" ci ", StringComparison.Ordinal) && line.Contains("content:write", StringComparison.Ordinal));
        Assert.StartsWith($"Revoked key '{id}' (ci)", revoked.Output);
        Assert.StartsWith($"Key '{id}' (ci) was already revoked", again.Output);
    }

    [Fact]
    public async Task KeysOnAServerNobodyListensOnIsOneLineAndExitCode1()
    {
        var (exitCode, output, error) = await KeysAsync("Host=127.0.0.1;Port=1;Username=postgres;Timeout=2", "list");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("keys: ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task BackupRefusesPostgreSqlWithOneLinePointingToPgDumpAndExitCode1()
    {
        var folder = Directory.CreateTempSubdirectory("contentapi-pg-backup-").FullName;
        var target = Path.Combine(folder, "backup.db");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await BackupCommand.RunAsync(
            [target, "--Database:Provider=PostgreSql", $"--ConnectionStrings:Content={await cluster.CreateDatabaseAsync()}"], output, error);

        Assert.Equal(1, exitCode);
        Assert.Empty(output.ToString());
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("pg_dump", line);
        Assert.False(File.Exists(target));
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("PostgreSql", null, false)]
    [InlineData("PostgreSql", "/srv/shared/media", true)]
    [InlineData("Sqlite", null, true)]
    public void OnPostgreSqlTheMediaFolderMustBeNamedForEveryReplicaToShareIt(string provider, string? directory, bool valid)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider, ["Media:Directory"] = directory,
        }).Build();
        using var services = new ServiceCollection().AddContentDatabase(configuration).AddMedia(configuration).BuildServiceProvider();

        var read = Record.Exception(() => services.GetRequiredService<IOptions<MediaOptions>>().Value);

        if (valid)
        {
            Assert.Null(read);
        }
        else
        {
            Assert.Contains("Media:Directory must name the image folder when Database:Provider is PostgreSql", Assert.IsType<OptionsValidationException>(read).Message);
        }
    }

    [Fact]
    public async Task AWebStartOnPostgreSqlWithoutAMediaFolderStopsWithOneCriticalLineBeforeItMigrates()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var factory = new ContentApiFactory()
            .WithSetting("Database:Provider", "PostgreSql")
            .WithSetting("ConnectionStrings:Content", database);

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(factory.Logs, log => log.Level == LogLevel.Critical);
        Assert.Contains("Media:Directory must name the image folder", critical.Message);
        Assert.Null(critical.Exception);
        await using var connection = new NpgsqlConnection(database);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'schema_migrations';"));
    }

    private static async Task<(int ExitCode, string Output, string Error)> KeysAsync(string connectionString, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await KeysCommand.RunAsync([.. args, "--Database:Provider=PostgreSql", $"--ConnectionStrings:Content={connectionString}"], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
