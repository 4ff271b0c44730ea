using ContentApi.Database;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentApi.Health;

/// <summary>
/// The store is reachable now: the file still has its name (serving connections never create it), opens, and the
/// first page of every table reads. The start's <c>PRAGMA quick_check</c> reads every page, seconds on a large file;
/// this is one statement, and it notices a file removed, replaced by something that is no database, or damaged at a
/// table's root. On PostgreSQL the same statement reads a row of every table of the schema the connection uses.
/// </summary>
internal sealed class DatabaseReadCheck(IContentConnections connections) : IHealthCheck
{
    // Virtual tables (rootpage 0) keep their rows in shadow tables, which are listed themselves.
    private const string SqliteTablesSql = "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name;";

    private const string PostgreSqlTablesSql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename;";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            var sqlite = connections.Dialect == SqlDialect.Sqlite;
            var tables = await connection.QueryAsync<string>(new CommandDefinition(sqlite ? SqliteTablesSql : PostgreSqlTablesSql, cancellationToken: cancellationToken));
            await connection.ExecuteScalarAsync(new CommandDefinition(FirstRowOfEach(tables, sqlite ? " NOT INDEXED" : ""), cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (StoreFaultHandler.IsStoreFault(ex))
        {
            return HealthCheckResult.Unhealthy(StoreFaultDescription.Of(ex));
        }
    }

    /// <summary>
    /// One statement reading a row of each table. NOT INDEXED keeps the planner from answering from a smaller
    /// covering index, which would leave the table's own pages unread (SQLite's hint; PostgreSQL reads the heap for it).
    /// </summary>
    private static string FirstRowOfEach(IEnumerable<string> tables, string hint) =>
        "SELECT 1" + string.Concat(tables.Select(table => $", (SELECT 1 FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"{hint} LIMIT 1)")) + ";";
}
