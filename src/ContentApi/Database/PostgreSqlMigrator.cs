using System.Data.Common;
using ContentApi.Telemetry;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ContentApi.Database;

/// <summary>
/// The PostgreSQL migrator: applies <c>migrations/postgresql/NNNN_name.sql</c> and then the shared <c>seed/*.sql</c> as
/// <see cref="ScriptMigrator"/> does on every engine, while holding one advisory lock, so that replicas starting together
/// migrate once: the first takes the lock and migrates, the others wait, then find every script applied.
/// </summary>
public sealed partial class PostgreSqlMigrator(
    PostgreSqlConnectionFactory connections,
    IOptions<DatabaseOptions> options,
    DatabaseStartupReport report,
    ILogger<PostgreSqlMigrator> logger,
    ContentApiMetrics? metrics = null) : ScriptMigrator(options, logger, metrics)
{
    /// <summary>
    /// The advisory lock key held while migrating: "Content" in ASCII (0x436F6E74656E74). Fixed, so every replica of any
    /// version takes the same lock; documented in the README so that nothing else in the database uses it.
    /// </summary>
    public const long MigrationLockKey = 0x436F6E74656E74;

    /// <summary>The scripts of this engine, below the scripts root.</summary>
    public const string MigrationsFolder = "migrations/postgresql";

    // The seed names its ids (it is shared with SQLite, where ids need no sequence): move every identity sequence past
    // the highest id so that the next insert does not collide. Only ever forward, never below what was handed out.
    private const string AlignIdentitySequencesSql = """
        DO $$
        DECLARE
            identity record;
            highest  bigint;
        BEGIN
            FOR identity IN
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY table_name, column_name
            LOOP
                EXECUTE format('SELECT max(%I) FROM %I', identity.column_name, identity.table_name) INTO highest;
                IF highest IS NOT NULL THEN
                    EXECUTE format('SELECT setval(%L, greatest(%s, (SELECT last_value FROM %s)))',
                        pg_get_serial_sequence(quote_ident(identity.table_name), identity.column_name), highest,
                        pg_get_serial_sequence(quote_ident(identity.table_name), identity.column_name));
                END IF;
            END LOOP;
        END
        $$;
        """;

    public override string DataSource => connections.DataSource;

    public override async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var scripts = ReadScripts(MigrationsFolder);
        await using var connection = await StepAsync("open", () => connections.OpenAsync(cancellationToken));
        await StepAsync("lock the migrations of", () => LockAsync(connection, cancellationToken));
        try
        {
            var newlyApplied = await ApplyPendingAsync(connection, scripts, cancellationToken);
            if (newlyApplied.Count > 0)
            {
                await StepAsync("move the id sequences of", () => connection.ExecuteAsync(AlignIdentitySequencesSql));
            }

            report.Migrated(scripts.Select(script => script.Name).ToList());
            return newlyApplied;
        }
        finally
        {
            await UnlockAsync(connection);
        }
    }

    /// <summary>Waits for the lock (bounded by the start's cancellation) and says so when another process holds it.</summary>
    private async Task<bool> LockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var key = new { Key = MigrationLockKey };
        if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT pg_try_advisory_lock(@Key);", key, cancellationToken: cancellationToken)))
        {
            return true;
        }

        LogWaiting(Logger, DataSource);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@Key);", key, cancellationToken: cancellationToken, commandTimeout: 0));
        return true;
    }

    private static async Task UnlockAsync(NpgsqlConnection connection)
    {
        try
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@Key);", new { Key = MigrationLockKey });
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // A broken connection has ended its session, and the lock with it.
        }
    }

    protected override string Explain(DbException exception) => exception switch
    {
        PostgresException postgres => $"{postgres.MessageText} (SQLSTATE {postgres.SqlState})",
        // Connection failures carry the socket's reason inside.
        { InnerException: { } inner } => $"{exception.Message} {inner.Message}",
        _ => exception.Message,
    };

    protected override string ExplainScriptFailure(DbException exception) => Explain(exception);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Another process is migrating '{Database}'; waiting for it to finish")]
    private static partial void LogWaiting(ILogger logger, string database);
}
