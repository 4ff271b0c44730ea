using ContentApi.Telemetry;
using System.Diagnostics;
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
    DatabaseStartupReport report,
    ILogger<DatabaseMigrator> logger,
    ContentApiMetrics? metrics = null)
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

    /// <summary>
    /// Returns the names of the scripts applied by this call (empty when the database was current). Every step that
    /// touches the file is named, so any failure — a damaged page, a path that is no database, a full disk — ends the
    /// start as one <see cref="DatabaseStartupException"/> line, never as an unhandled SQLite exception.
    /// </summary>
    /// <summary>The database file, as the connection string names it resolved against the content root.</summary>
    public string DataSource => connections.DataSource;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var created = !File.Exists(connections.DataSource);
        if (created)
        {
            // Normal on a first start; after that it means a volume that is not mounted or a mistyped path.
            LogCreating(logger, connections.DataSource);
        }

        PrepareFolder(connections.DataSource);
        await using var connection = await StepAsync("open", () => connections.OpenForStartupAsync(cancellationToken));
        // Reading the schema proves the file is a database; opening alone does not.
        await StepAsync("read the schema of", () => connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sqlite_master;"));
        await StepAsync("check", () => CheckIntegrityAsync(connection));
        // WAL lets readers carry on while a writer commits; the setting is stored in the file.
        await StepAsync("switch to WAL", () => connection.ExecuteAsync("PRAGMA journal_mode=WAL;"));
        await StepAsync("create the migration journal in", () => connection.ExecuteAsync(CreateJournalSql));
        var applied = await StepAsync("read the applied scripts from", async () =>
            (await connection.QueryAsync<(string Name, string Checksum)>(SelectAppliedSql))
                .ToDictionary(row => row.Name, row => row.Checksum, StringComparer.Ordinal));

        var newlyApplied = new List<string>();
        var shipped = new List<string>();
        foreach (var script in ReadScripts())
        {
            shipped.Add(script.Name);
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
            metrics?.MigrationApplied();
            LogApplied(logger, script.Name);
        }

        // Everything applied is written into the file itself, so a copy of the file alone (or a restore over it, which
        // must not meet an old -wal) holds the content; until now it sat in the write-ahead log.
        await StepAsync("checkpoint", () => connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);"));
        report.Migrated(shipped);
        return newlyApplied;
    }

    /// <summary>
    /// <c>PRAGMA quick_check</c> reads every page (not the index-to-table cross-checks of integrity_check), so a damaged
    /// file stops the start instead of answering 500 on the requests that reach the damage.
    /// </summary>
    private async Task<bool> CheckIntegrityAsync(SqliteConnection connection)
    {
        var started = Stopwatch.GetTimestamp();
        var problems = (await connection.QueryAsync<string>("PRAGMA quick_check(5);")).ToList();
        if (problems is ["ok"])
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogChecked(logger, elapsed.TotalMilliseconds);
            report.QuickCheckOk();
            return true;
        }

        throw new DatabaseStartupException(
            $"The database '{connections.DataSource}' is damaged (PRAGMA quick_check: {string.Join("; ", problems)}). {RestoreAdvice}");
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

    private const string RestoreAdvice = "Restore it from a backup, or move it aside to start from the seed content.";

    private async Task<T> StepAsync<T>(string step, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (SqliteException ex)
        {
            throw new DatabaseStartupException($"Cannot {step} the database '{connections.DataSource}': {Explain(ex)}", ex);
        }
    }

    private static string Explain(SqliteException ex) => ex.SqliteErrorCode switch
    {
        26 => "the file is not a SQLite database. Point ConnectionStrings:Content at another file or remove this one.",
        11 => $"the file is damaged. {RestoreAdvice}",
        8 => "it is read-only. Give the process write access or choose another location.",
        14 => "the file cannot be opened. Check that the folder exists and is writable.",
        _ => ex.Message,
    };

    private static async Task ApplyAsync(SqliteConnection connection, Script script, CancellationToken cancellationToken)
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

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "No database file at '{Path}': creating it and applying the seed content (on a first start this is expected; otherwise check the path and the volume)")]
    private static partial void LogCreating(ILogger logger, string path);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Database file checked (PRAGMA quick_check) in {Milliseconds:0} ms")]
    private static partial void LogChecked(ILogger logger, double milliseconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Applied {Script}")]
    private static partial void LogApplied(ILogger logger, string script);

    private sealed record Script(string Name, string Sql, string Checksum);
}
