using Microsoft.Data.Sqlite;

namespace ContentApi.Editing;

/// <summary>
/// One write transaction, begun with <c>BEGIN IMMEDIATE</c>: the write lock is taken before anything is read, so the
/// If-Match check and the write see the same article, and two writers never both read and then both write. Waiting for
/// the lock is bounded by the command timeout (Microsoft.Data.Sqlite retries SQLITE_BUSY until then); after it, the
/// SqliteException (SQLITE_BUSY) is the caller's 503. Disposed without <see cref="CommitAsync"/>, it rolls back.
/// </summary>
internal sealed class WriteLock : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private bool _finished;

    private WriteLock(SqliteConnection connection) => _connection = connection;

    /// <summary>Begins the transaction, waiting at most <paramref name="timeout"/> (whole seconds, at least one) for SQLite's lock.</summary>
    public static async Task<WriteLock> AcquireAsync(SqliteConnection connection, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        begin.CommandTimeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
        await begin.ExecuteNonQueryAsync(cancellationToken);
        return new WriteLock(connection);
    }

    /// <summary>SQLITE_BUSY or SQLITE_LOCKED: another connection held the lock past the timeout.</summary>
    public static bool IsBusy(Exception exception) => exception is SqliteException { SqliteErrorCode: 5 or 6 };

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
