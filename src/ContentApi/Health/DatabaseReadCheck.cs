using ContentApi.Database;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentApi.Health;

/// <summary>
/// The store is reachable now: the file still has its name (serving connections never create it), opens, and the
/// first page of every table reads. The start's <c>PRAGMA quick_check</c> reads every page, seconds on a large file;
/// this is one statement, and it notices a file removed, replaced by something that is no database, or damaged at a
/// table's root.
/// </summary>
internal sealed class DatabaseReadCheck(SqliteConnectionFactory connections) : IHealthCheck
{
    // Virtual tables (rootpage 0) keep their rows in shadow tables, which are listed themselves.
    private const string TablesSql = "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY name;";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            var tables = await connection.QueryAsync<string>(new CommandDefinition(TablesSql, cancellationToken: cancellationToken));
            await connection.ExecuteScalarAsync(new CommandDefinition(FirstRowOfEach(tables), cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (StoreFaultHandler.IsStoreFault(ex))
        {
            return HealthCheckResult.Unhealthy(StoreFaultDescription.Of(ex));
        }
    }

    /// <summary>
    /// One statement reading a row of each table. NOT INDEXED keeps the planner from answering from a smaller
    /// covering index, which would leave the table's own pages unread.
    /// </summary>
    private static string FirstRowOfEach(IEnumerable<string> tables) =>
        "SELECT 1" + string.Concat(tables.Select(table => $", (SELECT 1 FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\" NOT INDEXED LIMIT 1)")) + ";";
}
