using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ContentApi.Database;

/// <summary>
/// A statement run through SQLite's own API, prepared once per pooled connection and read in place: text columns are
/// UTF-8 spans into SQLite's memory, numbers are read as numbers. Microsoft.Data.Sqlite prepares every command anew and
/// hands out text only as new strings, which made the article's uncached read cost more than its bytes on the wire.
/// Dispose resets it, so the connection goes back to the pool with no read transaction open.
/// </summary>
internal readonly struct RawStatement : IDisposable
{
    /// <summary>Statements kept per pooled connection; a connection that has prepared more starts over.</summary>
    public const int StatementsPerConnection = 32;

    // Prepared statements live as long as the native connection they belong to, which the pool reuses across requests.
    // A pooled connection serves one request at a time. When the pool closes a connection, SQLite keeps it open as a
    // zombie until these statements are finalised (by their SafeHandles, once the connection object is collected).
    private static readonly ConditionalWeakTable<sqlite3, Dictionary<byte[], sqlite3_stmt>> Prepared = new();

    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;

    private RawStatement(SqliteConnection connection, sqlite3_stmt statement)
    {
        _connection = connection;
        _statement = statement;
    }

    /// <summary>The UTF-8 form of a statement, made once per statement text: the array's identity is its cache key.</summary>
    public static byte[] Encode(string sql) => Encoding.UTF8.GetBytes(sql);

    public static RawStatement Prepare(SqliteConnection connection, byte[] sql)
    {
        var database = connection.Handle!;
        var statements = Prepared.GetOrCreateValue(database);
        if (!statements.TryGetValue(sql, out var statement))
        {
            if (statements.Count >= StatementsPerConnection)
            {
                foreach (var prepared in statements.Values)
                {
                    prepared.Dispose();
                }

                statements.Clear();
            }

            Check(raw.sqlite3_prepare_v3(database, sql, raw.SQLITE_PREPARE_PERSISTENT, out statement, out _), database);
            statements.Add(sql, statement);
        }

        return new RawStatement(connection, statement);
    }

    public RawStatement Bind(string parameter, string value)
    {
        Check(raw.sqlite3_bind_text(_statement, raw.sqlite3_bind_parameter_index(_statement, parameter), value), _connection.Handle!);
        return this;
    }

    public RawStatement Bind(string parameter, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, raw.sqlite3_bind_parameter_index(_statement, parameter), value), _connection.Handle!);
        return this;
    }

    /// <summary>Steps to the next row; false after the last. A busy or locked database is retried for the connection's timeout, as Microsoft.Data.Sqlite does.</summary>
    public bool Read()
    {
        var started = Stopwatch.GetTimestamp();
        int result;
        while ((result = raw.sqlite3_step(_statement)) is raw.SQLITE_BUSY or raw.SQLITE_LOCKED
               && Stopwatch.GetElapsedTime(started).TotalSeconds < _connection.DefaultTimeout)
        {
            raw.sqlite3_reset(_statement);
            Thread.Sleep(10);
        }

        if (result is raw.SQLITE_ROW or raw.SQLITE_DONE)
        {
            return result == raw.SQLITE_ROW;
        }

        Check(result, _connection.Handle!);
        return false;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public double Double(int column) => raw.sqlite3_column_double(_statement, column);

    /// <summary>A text column's UTF-8 bytes, valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int column) => raw.sqlite3_column_blob(_statement, column);

    public void Dispose()
    {
        raw.sqlite3_reset(_statement);
        raw.sqlite3_clear_bindings(_statement);
    }

    private static void Check(int result, sqlite3 database) => SqliteException.ThrowExceptionForRC(result, database);
}
