using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ContentApi.Database;

/// <summary>
/// Applies <c>migrations/NNNN_name.sql</c> and then <c>seed/*.sql</c>, each once, each in its own transaction,
/// recording name and SHA-256 in <c>schema_migrations</c>. Applied scripts are immutable: a changed file stops the start.
/// </summary>
public sealed partial class DatabaseMigrator(
    SqliteConnectionFactory connections,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseMigrator> logger)
{
    private const string CreateJournalSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            name       TEXT NOT NULL PRIMARY KEY,
            checksum   TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    private const string SelectAppliedSql = "SELECT name AS Name, checksum AS Checksum FROM schema_migrations ORDER BY name;";

    private const string InsertAppliedSql =
        "INSERT INTO schema_migrations (name, checksum, applied_at) VALUES (@Name, @Checksum, @AppliedAt);";

    /// <summary>Returns the names of the scripts applied by this call (empty when the database was current).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        PrepareFolder(connections.DataSource);
        await using var connection = await OpenOrExplainAsync(cancellationToken);

        // WAL lets readers carry on while a writer commits; the setting is stored in the file.
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
        await connection.ExecuteAsync(CreateJournalSql);

        var applied = (await connection.QueryAsync<(string Name, string Checksum)>(SelectAppliedSql))
            .ToDictionary(row => row.Name, row => row.Checksum, StringComparer.Ordinal);

        var newlyApplied = new List<string>();
        foreach (var script in ReadScripts())
        {
            if (applied.TryGetValue(script.Name, out var checksum))
            {
                if (!string.Equals(checksum, script.Checksum, StringComparison.Ordinal))
                {
                    throw new DatabaseStartupException(
                        $"Applied script '{script.Name}' has changed since it ran (checksum {checksum[..12]} became {script.Checksum[..12]}). " +
                        "Applied migrations are immutable: restore the file and add a new numbered script instead.");
                }

                continue;
            }

            await ApplyAsync(connection, script, cancellationToken);
            newlyApplied.Add(script.Name);
            LogApplied(logger, script.Name);
        }

        return newlyApplied;
    }

    private static void PrepareFolder(string dataSource)
    {
        var folder = Path.GetDirectoryName(dataSource);
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseStartupException($"Cannot create the database folder '{folder}': {ex.Message}", ex);
        }
    }

    private async Task<SqliteConnection> OpenOrExplainAsync(CancellationToken cancellationToken)
    {
        try
        {
            var connection = await connections.OpenAsync(cancellationToken);
            // Reading the schema proves the file is a database; opening alone does not.
            await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sqlite_master;");
            return connection;
        }
        catch (SqliteException ex)
        {
            throw new DatabaseStartupException(Explain(ex), ex);
        }
    }

    private string Explain(SqliteException ex) => ex.SqliteErrorCode switch
    {
        26 => $"The file '{connections.DataSource}' is not a SQLite database. Point ConnectionStrings:Content at another file or remove this one.",
        8 => $"The database '{connections.DataSource}' is read-only. Give the process write access or choose another location.",
        14 => $"Cannot open the database file '{connections.DataSource}'. Check that the folder exists and is writable.",
        _ => $"Cannot open the database '{connections.DataSource}': {ex.Message}",
    };

    private async Task ApplyAsync(SqliteConnection connection, Script script, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(script.Sql, transaction: transaction);
            await connection.ExecuteAsync(InsertAppliedSql,
                new { script.Name, script.Checksum, AppliedAt = DateTimeOffset.UtcNow.ToString("O") }, transaction);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            var reason = ex.SqliteErrorCode is 8 ? Explain(ex) : ex.Message;
            throw new DatabaseStartupException($"Script '{script.Name}' failed and was rolled back: {reason}", ex);
        }
    }

    private IEnumerable<Script> ReadScripts()
    {
        var root = options.Value.ScriptsPath;
        foreach (var folder in new[] { "migrations", "seed" })
        {
            var path = Path.Combine(root, folder);
            if (!Directory.Exists(path))
            {
                throw new DatabaseStartupException($"The SQL script folder '{path}' is missing from the build output.");
            }

            foreach (var file in Directory.GetFiles(path, "*.sql").Order(StringComparer.Ordinal))
            {
                var sql = File.ReadAllText(file);
                // Line endings must not change the checksum between a Windows and a Linux checkout.
                var normalised = sql.Replace("\r\n", "\n", StringComparison.Ordinal);
                var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
                yield return new Script($"{folder}/{Path.GetFileName(file)}", sql, checksum);
            }
        }
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Applied {Script}")]
    private static partial void LogApplied(ILogger logger, string script);

    private sealed record Script(string Name, string Sql, string Checksum);
}
