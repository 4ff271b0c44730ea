using System.Data.Common;
using System.Globalization;
using ContentApi.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ContentApi.Editing;

/// <summary>
/// One write transaction that takes the write lock before it reads anything, so the If-Match check and the write see
/// the same article and two writers never both read and then both write. SQLite: <c>BEGIN IMMEDIATE</c>, its wait bounded
/// by the command timeout (Microsoft.Data.Sqlite retries SQLITE_BUSY until then). PostgreSQL: a READ COMMITTED
/// transaction that first locks the content-version row every writer agrees on (<see cref="PostgreSqlBegin"/>), its wait
/// bounded by <c>lock_timeout</c>; that row is in the database, so writers on other replicas queue behind it too. Either
/// way a wait past the timeout throws what <see cref="IsBusy"/> calls busy (the caller's 503). Disposed without
/// <see cref="CommitAsync"/>, it rolls back.
/// </summary>
internal sealed class WriteLock : IAsyncDisposable
{
    /// <summary>
    /// Every statement after the lock reads what committed before it (READ COMMITTED takes a snapshot per statement), so
    /// the previous writer's version is what the If-Match check sees. The content-version triggers update this same row,
    /// so even a writer outside the API (an operator's SQL) waits for, and is waited for by, the API's writers.
    /// </summary>
    private const string PostgreSqlBegin = """
        BEGIN ISOLATION LEVEL READ COMMITTED;
        SELECT set_config('lock_timeout', @Timeout, true);
        SELECT id FROM content_state WHERE id = 1 FOR UPDATE;
        """;

    private readonly DbConnection _connection;
    private bool _finished;

    private WriteLock(DbConnection connection) => _connection = connection;

    /// <summary>Begins the transaction, waiting at most <paramref name="timeout"/> (SQLite: whole seconds, at least one) for the lock.</summary>
    public static async Task<WriteLock> AcquireAsync(DbConnection connection, SqlDialect dialect, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var begin = connection.CreateCommand();
        if (dialect == SqlDialect.Sqlite)
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            begin.CommandTimeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
            await begin.ExecuteNonQueryAsync(cancellationToken);
            return new WriteLock(connection);
        }

        begin.CommandText = PostgreSqlBegin;
        var parameter = begin.CreateParameter();
        parameter.ParameterName = "Timeout";
        // At least a millisecond: lock_timeout = 0 would mean wait for ever.
        parameter.Value = $"{Math.Max(1, (long)Math.Ceiling(timeout.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture)}ms";
        begin.Parameters.Add(parameter);
        var started = new WriteLock(connection);
        try
        {
            await begin.ExecuteNonQueryAsync(cancellationToken);
            return started;
        }
        catch
        {
            // The transaction began before the lock wait failed: it must not go back to the pool open.
            await started.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Another writer held the lock past the timeout. SQLite: SQLITE_BUSY or SQLITE_LOCKED. PostgreSQL: lock_timeout
    /// (55P03), or a serialization failure or deadlock (40001, 40P01) in a write that met another outside this lock.
    /// </summary>
    public static bool IsBusy(Exception exception) => exception is SqliteException { SqliteErrorCode: 5 or 6 }
        or PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync("COMMIT;", cancellationToken);
        _finished = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            _finished = true;
            // Not the request's token: a pooled connection must never go back with the transaction open.
            await ExecuteAsync("ROLLBACK;", CancellationToken.None);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
