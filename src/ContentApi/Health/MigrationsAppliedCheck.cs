using System.Data.Common;
using ContentApi.Database;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ContentApi.Health;

/// <summary>
/// Every script this build ships is recorded as applied in the database the app reads now. The start applied them all;
/// a file replaced while running (an older backup restored), or a PostgreSQL database restored from an older dump, may
/// lack some, and the endpoints that need them would fail. Both engines' migrators keep the same journal table.
/// </summary>
internal sealed class MigrationsAppliedCheck(IContentConnections connections, DatabaseStartupReport startup) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (startup.ShippedScripts is not { } shipped)
        {
            return HealthCheckResult.Unhealthy("The start has not applied the database scripts yet.");
        }

        HashSet<string> applied;
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            applied = [.. await connection.QueryAsync<string>(new CommandDefinition("SELECT name FROM schema_migrations;", cancellationToken: cancellationToken))];
        }
        catch (Exception ex) when (StoreFaultHandler.IsStoreFault(ex))
        {
            return HealthCheckResult.Unhealthy(StoreFaultDescription.Of(ex));
        }
        catch (DbException ex) when (IsMissingJournal(ex))
        {
            return HealthCheckResult.Unhealthy("The database has no migration journal (schema_migrations).");
        }

        var missing = shipped.Where(name => !applied.Contains(name)).ToList();
        return missing.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy(
                $"{missing.Count} of the {shipped.Count} scripts this build ships are not applied (first: {missing[0]}); restart the app to apply them.");
    }

    /// <summary>The journal table is not there: SQLite's generic SQL error (no such table), PostgreSQL's undefined_table.</summary>
    private static bool IsMissingJournal(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 1,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UndefinedTable,
        _ => false,
    };
}
