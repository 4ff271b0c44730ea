using ContentApi.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace ContentApi.Tests.PostgreSql;

/// <summary>
/// The app factory on PostgreSQL: the same host, settings and Production environment, with
/// <c>Database:Provider=PostgreSql</c> over a fresh database of its own. Every such factory in the run shares one
/// throwaway cluster, started by the first and stopped when the test process exits. SQL a test runs goes to that database.
/// </summary>
public sealed class PostgreSqlApiFactory : ContentApiFactory
{
    private static readonly Lazy<ThrowawayCluster> Cluster = new(() =>
    {
        var cluster = new ThrowawayCluster();
        cluster.InitializeAsync().GetAwaiter().GetResult(); // bounded by the cluster's own timeouts; stops at process exit
        return cluster;
    });

    public PostgreSqlApiFactory()
    {
        // Fixtures are built synchronously.
        ConnectionString = Cluster.Value.CreateDatabaseAsync().GetAwaiter().GetResult();
        WithSetting("Database:Provider", "PostgreSql");
        WithSetting("ConnectionStrings:Content", ConnectionString);
        WithSetting("Media:Directory", MediaFolder);
    }

    public string ConnectionString { get; }

    public override ContentApi.Database.SqlDialect Dialect => ContentApi.Database.SqlDialect.PostgreSql;

    public override string MediaFolder => Path.Combine(Folder, "media");

    public override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.ExecuteAsync(sql);
    }

    public override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return await connection.ExecuteScalarAsync(sql);
    }

    public override async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return [.. await connection.QueryAsync<T>(sql)];
    }
}

/// <summary>The HTTP suites that run on PostgreSQL share one host, as the SQLite ones share theirs (<see cref="SharedApi"/>).</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlApi : ICollectionFixture<PostgreSqlApiFactory>
{
    public const string Name = "api-postgresql";
}
