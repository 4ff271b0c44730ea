using ContentApi.Telemetry;
using System.Diagnostics;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ContentApi.Database;

/// <summary>
/// The SQLite migrator: applies <c>migrations/NNNN_name.sql</c> and then <c>seed/*.sql</c> as <see cref="ScriptMigrator"/>
/// does on every engine, around SQLite's own steps: creating the file and its folder, <c>PRAGMA quick_check</c>, WAL,
/// and a checkpoint at the end.
/// </summary>
public sealed partial class DatabaseMigrator(
    SqliteConnectionFactory connections,
    IOptions<DatabaseOptions> options,
    DatabaseStartupReport report,
    ILogger<DatabaseMigrator> logger,
    ContentApiMetrics? metrics = null) : ScriptMigrator(options, logger, metrics)
{
    /// <summary>The database file, as the connection string names it resolved against the content root.</summary>
    public override string DataSource => connections.DataSource;

    /// <summary>
    /// Every step that touches the file is named, so any failure — a damaged page, a path that is no database, a full
    /// disk — ends the start as one <see cref="DatabaseStartupException"/> line, never as an unhandled SQLite exception.
    /// </summary>
    public override async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var created = !File.Exists(connections.DataSource);
        if (created)
        {
            // Normal on a first start; after that it means a volume that is not mounted or a mistyped path.
            LogCreating(Logger, connections.DataSource);
        }

        PrepareFolder(connections.DataSource);
        await using var connection = await StepAsync("open", () => connections.OpenForStartupAsync(cancellationToken));
        // Reading the schema proves the file is a database; opening alone does not.
        await StepAsync("read the schema of", () => connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sqlite_master;"));
        await StepAsync("check", () => CheckIntegrityAsync(connection));
        // WAL lets readers carry on while a writer commits; the setting is stored in the file.
        await StepAsync("switch to WAL", () => connection.ExecuteAsync("PRAGMA journal_mode=WAL;"));
        var scripts = ReadScripts("migrations");
        var newlyApplied = await ApplyPendingAsync(connection, scripts, cancellationToken);

        // Everything applied is written into the file itself, so a copy of the file alone (or a restore over it, which
        // must not meet an old -wal) holds the content; until now it sat in the write-ahead log.
        await StepAsync("checkpoint", () => connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);"));
        report.Migrated(scripts.Select(script => script.Name).ToList());
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
            LogChecked(Logger, elapsed.TotalMilliseconds);
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

    protected override string Explain(DbException exception) => exception is SqliteException sqlite ? Explain(sqlite) : exception.Message;

    // Only "read-only" is worth more than SQLite's message when a script fails.
    protected override string ExplainScriptFailure(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 8 } sqlite ? Explain(sqlite) : exception.Message;

    private static string Explain(SqliteException ex) => ex.SqliteErrorCode switch
    {
        26 => "the file is not a SQLite database. Point ConnectionStrings:Content at another file or remove this one.",
        11 => $"the file is damaged. {RestoreAdvice}",
        8 => "it is read-only. Give the process write access or choose another location.",
        14 => "the file cannot be opened. Check that the folder exists and is writable.",
        _ => ex.Message,
    };

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "No database file at '{Path}': creating it and applying the seed content (on a first start this is expected; otherwise check the path and the volume)")]
    private static partial void LogCreating(ILogger logger, string path);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Database file checked (PRAGMA quick_check) in {Milliseconds:0} ms")]
    private static partial void LogChecked(ILogger logger, double milliseconds);
}
