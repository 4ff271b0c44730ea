using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using ContentApi.Telemetry;
using Dapper;
using Microsoft.Extensions.Options;

namespace ContentApi.Database;

/// <summary>
/// What migrating means on every engine: the scripts of one migrations folder and then <c>seed/*.sql</c>, in name order,
/// each applied once in its own transaction and recorded with its SHA-256 in <c>schema_migrations</c>. Applied scripts
/// are immutable: a changed file stops the start. The engines add only what is theirs: how to open the database, and
/// what to check or hold around this (<see cref="DatabaseMigrator"/> for SQLite, <see cref="PostgreSqlMigrator"/>).
/// </summary>
public abstract partial class ScriptMigrator(IOptions<DatabaseOptions> options, ILogger logger, ContentApiMetrics? metrics)
{
    // TEXT on both engines, so one statement set serves both.
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

    /// <summary>The migrator's logger, for the engine's own log lines.</summary>
    protected ILogger Logger => logger;

    /// <summary>The database, as log lines and failures name it.</summary>
    public abstract string DataSource { get; }

    /// <summary>
    /// Returns the names of the scripts applied by this call (empty when the database was current). Any failure ends
    /// the start as one <see cref="DatabaseStartupException"/> line, never as an unhandled driver exception.
    /// </summary>
    public abstract Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Why a step failed, in words an operator can act on.</summary>
    protected abstract string Explain(DbException exception);

    /// <summary>Why a script failed; by default the engine's own message, which names the statement's problem.</summary>
    protected virtual string ExplainScriptFailure(DbException exception) => exception.Message;

    /// <summary>The scripts this build ships for an engine: <paramref name="migrationsFolder"/> (below the scripts root), then the seed.</summary>
    protected IReadOnlyList<MigrationScript> ReadScripts(string migrationsFolder)
    {
        var root = options.Value.ScriptsPath;
        var scripts = new List<MigrationScript>();
        foreach (var folder in new[] { migrationsFolder, "seed" })
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
                scripts.Add(new MigrationScript($"{folder.Replace('\\', '/')}/{Path.GetFileName(file)}", sql, checksum));
            }
        }

        return scripts;
    }

    /// <summary>Creates the journal if needed, refuses changed applied scripts, and applies the rest in order.</summary>
    protected async Task<IReadOnlyList<string>> ApplyPendingAsync(
        DbConnection connection, IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        await StepAsync("create the migration journal in", () => connection.ExecuteAsync(CreateJournalSql));
        var applied = await StepAsync("read the applied scripts from", async () =>
            (await connection.QueryAsync<(string Name, string Checksum)>(SelectAppliedSql))
                .ToDictionary(row => row.Name, row => row.Checksum, StringComparer.Ordinal));

        var newlyApplied = new List<string>();
        foreach (var script in scripts)
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
            metrics?.MigrationApplied();
            LogApplied(logger, script.Name);
        }

        return newlyApplied;
    }

    /// <summary>Runs one step against the database; a driver failure becomes one line naming the step and the database.</summary>
    protected async Task<T> StepAsync<T>(string step, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (DbException ex)
        {
            throw new DatabaseStartupException($"Cannot {step} the database '{DataSource}': {Explain(ex)}", ex);
        }
    }

    private async Task ApplyAsync(DbConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(script.Sql, transaction: transaction);
            await connection.ExecuteAsync(InsertAppliedSql,
                new { script.Name, script.Checksum, AppliedAt = DateTimeOffset.UtcNow.ToString("O") }, transaction);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbException ex)
        {
            throw new DatabaseStartupException($"Script '{script.Name}' failed and was rolled back: {ExplainScriptFailure(ex)}", ex);
        }
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Applied {Script}")]
    private static partial void LogApplied(ILogger logger, string script);
}

/// <summary>One shipped script: its journal name (folder/file), its text and the SHA-256 of its text.</summary>
public sealed record MigrationScript(string Name, string Sql, string Checksum);
