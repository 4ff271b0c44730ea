using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ContentApi.Telemetry;

/// <summary>
/// Feeds <see cref="ContentApiMetrics"/> with every statement and its duration through SQLite's profile hook, on
/// connections from <see cref="Database.SqliteConnectionFactory"/>. Attached only while metrics are exported: the hook
/// marshals each statement's text, which a hot read should not pay for otherwise.
/// </summary>
public sealed class SqlStatementMetrics(ContentApiMetrics metrics)
{
    internal void Attach(SqliteConnection connection) => raw.sqlite3_profile(connection.Handle, OnStatement, metrics);

    // One static delegate, so the native callback never points at a collected instance.
    private static readonly strdelegate_profile OnStatement = static (state, statement, nanoseconds) =>
    {
        if (!statement.TrimStart().StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase))
        {
            ((ContentApiMetrics)state).StatementExecuted(nanoseconds / 1e9);
        }
    };
}
