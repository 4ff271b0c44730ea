using ContentApi.Database;
using Dapper;

namespace ContentApi.Tests.PostgreSql;

/// <summary>One migrated, seeded database of either engine, for repository tests that run the same cases on both.</summary>
public sealed class EngineDatabase : IAsyncDisposable
{
    private readonly Migrators _migrators;

    private EngineDatabase(Migrators migrators) => _migrators = migrators;

    public IContentConnections Connections => _migrators.Connections;

    /// <summary>What migrating this database reported (the scripts this build ships).</summary>
    public DatabaseStartupReport StartupReport => _migrators.StartupReport;

    public static Task<EngineDatabase> SqliteAsync() => MigratedAsync(Migrators.Sqlite());

    public static async Task<EngineDatabase> PostgreSqlAsync(ThrowawayCluster cluster) =>
        await MigratedAsync(Migrators.PostgreSql(await cluster.CreateDatabaseAsync()));

    /// <summary>Runs SQL written to be valid on both engines (as an operator's fix would be).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await Connections.OpenAsync();
        await connection.ExecuteAsync(sql);
    }

    public ValueTask DisposeAsync() => _migrators.DisposeAsync();

    private static async Task<EngineDatabase> MigratedAsync(Migrators migrators)
    {
        await migrators.Migrator.MigrateAsync();
        return new EngineDatabase(migrators);
    }
}
