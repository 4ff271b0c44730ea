using ContentApi.Database;
using ContentApi.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ContentApi.Tests.PostgreSql;

[Collection(PostgreSqlTests.Name)]
public sealed class PostgreSqlMigrationTests(ThrowawayCluster cluster) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contentapi-pg-scripts-").FullName;

    private static string[] ScriptsInOrder() =>
    [
        .. ScriptNames(PostgreSqlMigrator.MigrationsFolder),
        .. ScriptNames("seed"),
    ];

    [Fact]
    public async Task MigratingAnEmptyDatabaseAppliesEveryScriptOnceAndASecondRunAppliesNothing()
    {
        var database = await cluster.CreateDatabaseAsync();

        await using (var first = Migrators.PostgreSql(database))
        {
            Assert.Equal(ScriptsInOrder(), await first.Migrator.MigrateAsync());
        }

        await using (var second = Migrators.PostgreSql(database))
        {
            Assert.Empty(await second.Migrator.MigrateAsync());
        }

        Assert.Equal(ScriptsInOrder(), await QueryAsync<string>(database, "SELECT name FROM schema_migrations ORDER BY name;"));
        Assert.Contains("migrations/postgresql/0001_content_model.sql", ScriptsInOrder());
        Assert.Contains("seed/0001_magnesium_for_restless_legs.sql", ScriptsInOrder());
    }

    [Fact]
    public async Task TwoRunnersStartedTogetherApplyEveryScriptExactlyOnce()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var first = Migrators.PostgreSql(database);
        await using var second = Migrators.PostgreSql(database);

        var applied = await Task.WhenAll(Task.Run(() => first.Migrator.MigrateAsync()), Task.Run(() => second.Migrator.MigrateAsync()));

        // One did all the work while the other waited for the lock, then found nothing left to do.
        Assert.Equal(ScriptsInOrder(), applied.SelectMany(names => names).Order(StringComparer.Ordinal));
        Assert.Contains(applied, names => names.Count == 0);
        Assert.Equal(ScriptsInOrder(), await QueryAsync<string>(database, "SELECT name FROM schema_migrations ORDER BY name;"));
        Assert.Equal([1L], await QueryAsync<long>(database, "SELECT count(*) FROM articles;"));
    }

    [Fact]
    public async Task AChangedAppliedScriptStopsTheStartWithTheImmutabilityMessage()
    {
        var database = await cluster.CreateDatabaseAsync();
        var scripts = CopyScripts();
        await using (var first = Migrators.PostgreSql(database, scripts))
        {
            await first.Migrator.MigrateAsync();
        }

        await File.AppendAllTextAsync(Path.Combine(scripts, "migrations", "postgresql", "0002_content_scopes.sql"), "\n-- edited after it ran\n");

        using var factory = new ContentApiFactory(null, scripts)
            .WithSetting("Database:Provider", "PostgreSql")
            .WithSetting("ConnectionStrings:Content", database)
            // Required with PostgreSql (the folder every replica shares), and checked before the database is.
            .WithSetting("Media:Directory", Path.Combine(_folder, "media"));
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(factory.Logs, log => log.Level == LogLevel.Critical);
        Assert.Contains("Applied script 'migrations/postgresql/0002_content_scopes.sql' has changed since it ran", critical.Message);
        Assert.Contains("Applied migrations are immutable", critical.Message);
        Assert.Null(critical.Exception);
    }

    [Fact]
    public async Task AWebStartOnPostgreSqlMigratesAndServes()
    {
        var database = await cluster.CreateDatabaseAsync();

        // The provider's name is read in any case.
        using var factory = new ContentApiFactory()
            .WithSetting("Database:Provider", "postgresql")
            .WithSetting("ConnectionStrings:Content", database)
            // Required with PostgreSql (the folder every replica shares), and checked before the database is.
            .WithSetting("Media:Directory", Path.Combine(_folder, "media"));
        using var client = factory.CreateClient();

        Assert.Equal(ScriptsInOrder(), await QueryAsync<string>(database, "SELECT name FROM schema_migrations ORDER BY name;"));
        using var article = await client.GetAsync("/api/articles/magnesium-for-restless-legs");
        Assert.Equal(System.Net.HttpStatusCode.OK, article.StatusCode);
        Assert.Equal("application/json", article.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"slug\":\"magnesium-for-restless-legs\"", await article.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Logs, log => log.Level >= LogLevel.Error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IEnumerable<string> ScriptNames(string folder) =>
        Directory.GetFiles(Path.Combine(ShippedScripts.Folder, folder), "*.sql")
            .Select(path => $"{folder}/{Path.GetFileName(path)}")
            .Order(StringComparer.Ordinal);

    private static async Task<List<T>> QueryAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (await connection.QueryAsync<T>(sql)).ToList();
    }

    private string CopyScripts() => ShippedScripts.CopyTo(_folder);
}
