using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ContentApi.Database;

/// <summary>
/// Runs one statement through SQLite's own API and lets the caller read the first row's columns as UTF-8 spans that
/// point into SQLite's memory. Microsoft.Data.Sqlite hands out text only as new strings or arrays, which for a
/// document-sized column means a copy (twice its size as a string) on every read.
/// </summary>
internal static class Utf8Query
{
    /// <summary>One row of a statement being stepped; its spans are valid only inside the read callback.</summary>
    public readonly struct Row(sqlite3_stmt statement)
    {
        public ReadOnlySpan<byte> Column(int index) => raw.sqlite3_column_blob(statement, index);

        public string Text(int index) => Encoding.UTF8.GetString(Column(index));
    }

    /// <summary>The UTF-8, NUL-terminated form of a statement, made once per statement text.</summary>
    public static byte[] Encode(string sql) => Encoding.UTF8.GetBytes(sql + '\0');

    /// <summary>
    /// Binds <paramref name="value"/> to the named parameter, steps to the first row and reads it, or returns null when
    /// there is none. Busy or locked databases are retried for the connection's timeout, as Microsoft.Data.Sqlite does.
    /// </summary>
    public static T? ReadFirstRow<T>(SqliteConnection connection, byte[] sql, string parameter, string value, Func<Row, T> read)
        where T : class
    {
        var database = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(database, sql, out var statement, out _), database);
        using (statement)
        {
            Check(raw.sqlite3_bind_text(statement, raw.sqlite3_bind_parameter_index(statement, parameter), value), database);
            var started = Stopwatch.GetTimestamp();
            int result;
            while ((result = raw.sqlite3_step(statement)) is raw.SQLITE_BUSY or raw.SQLITE_LOCKED
                   && Stopwatch.GetElapsedTime(started).TotalSeconds < connection.DefaultTimeout)
            {
                raw.sqlite3_reset(statement);
                Thread.Sleep(10);
            }

            if (result == raw.SQLITE_DONE)
            {
                return null;
            }

            Check(result == raw.SQLITE_ROW ? raw.SQLITE_OK : result, database);
            return read(new Row(statement));
        }
    }

    private static void Check(int result, sqlite3 database) => SqliteException.ThrowExceptionForRC(result, database);
}
