using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ContentApi.Database;

/// <summary>
/// Counts SQL statements executed on connections from <see cref="SqliteConnectionFactory"/> when
/// <c>Database:CountStatements</c> is on (diagnostics and tests: it proves reads are free of N+1 queries).
/// </summary>
public sealed class SqlStatementCounter
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    internal void Attach(SqliteConnection connection) => raw.sqlite3_trace(connection.Handle, OnStatement, this);

    // One static delegate, so the native callback never points at a collected instance. Connection
    // housekeeping (the PRAGMAs Microsoft.Data.Sqlite runs on open) is not a query, so it is not counted.
    private static readonly strdelegate_trace OnStatement = static (state, statement) =>
    {
        if (!statement.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref ((SqlStatementCounter)state)._count);
        }
    };
}
