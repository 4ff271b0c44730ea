using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
internal readonly partial struct RawStatement : Articles.IArticleRow
{
    private static long s_busyWaits;

    /// <summary>How many times, in this process, a statement found the database locked by a writer and waited.</summary>
    public static long BusyWaits => Interlocked.Read(ref s_busyWaits);

    /// <summary>Statement texts kept per pooled connection; a connection that has prepared more starts over.</summary>
    public const int StatementsPerConnection = 64;

    /// <summary>
    /// The memory SQLite may hold for one pooled connection's kept statements before it starts over. A read is a few
    /// kilobytes; a write carries the programs of every trigger it fires (updating an article: 117 KB).
    /// </summary>
    public const long BytesPerConnection = 4 * 1024 * 1024;

    // SQLITE_STMTSTATUS_MEMUSED: the bytes a prepared statement holds (not in SQLitePCLRaw's constants).
    private const int StatementMemoryUsed = 99;

    // Prepared statements live as long as the native connection they belong to, which the pool reuses across requests;
    // a pooled connection serves one request at a time. A connection the pool closes with statements still prepared
    // becomes a zombie (sqlite3_close_v2) that closes for real only when they are finalised, and a late close of a
    // replaced file's last connection would checkpoint and delete the -wal by name, under the new file's connections.
    // So ClearAllPools finalises the statements of every connection it closed, and of those in use once their request
    // is done; the process exit finalises all of them; the pool's own pruning leaves them to the GC, as the file is
    // unchanged then and the zombie is not its last connection.
    private static readonly ConditionalWeakTable<sqlite3, Statements> Prepared = FinalisedAtExit(new());

    // Bumped by ClearAllPools: statements kept before it belong to connections the pool no longer keeps.
    private static int _poolGeneration;

    private readonly SqliteConnection _connection;
    private readonly Statements _kept;
    private readonly sqlite3_stmt _statement;

    private RawStatement(SqliteConnection connection, Statements kept, sqlite3_stmt statement)
    {
        _connection = connection;
        _kept = kept;
        _statement = statement;
    }

    /// <summary>The UTF-8 form of a statement, made once per statement text: the array's identity is its cache key.</summary>
    public static byte[] Encode(string sql) => Encoding.UTF8.GetBytes(sql);

    public static RawStatement Prepare(SqliteConnection connection, byte[] sql)
    {
        var (kept, statements) = PrepareAll(connection, sql);
        return new RawStatement(connection, kept, statements[0]);
    }

    /// <summary>Every statement of <paramref name="sql"/>, in order, prepared on this connection once and kept.</summary>
    private static (Statements Kept, sqlite3_stmt[] Statements) PrepareAll(SqliteConnection connection, byte[] sql)
    {
        var database = connection.Handle!;
        var kept = Prepared.GetValue(database, _ => new Statements(Volatile.Read(ref _poolGeneration)));
        if (kept.ByText.TryGetValue(sql, out var statements))
        {
            return (kept, statements);
        }

        var prepared = new List<sqlite3_stmt>();
        var bytes = 0L;
        try
        {
            ReadOnlySpan<byte> rest = sql;
            while (!rest.IsEmpty)
            {
                Check(raw.sqlite3_prepare_v3(database, rest, raw.SQLITE_PREPARE_PERSISTENT, out var statement, out var tail), database);
                rest = tail;
                if (statement.IsInvalid)
                {
                    // White space or a comment after the last statement.
                    statement.Dispose();
                    continue;
                }

                prepared.Add(statement);
                bytes += raw.sqlite3_stmt_status(statement, StatementMemoryUsed, 0);
            }
        }
        catch
        {
            prepared.ForEach(statement => statement.Dispose());
            throw;
        }

        if (prepared.Count == 0)
        {
            throw new ArgumentException("The SQL holds no statement.", nameof(sql));
        }

        if (kept.ByText.Count >= StatementsPerConnection || kept.Bytes + bytes > BytesPerConnection)
        {
            kept.FinaliseAll();
        }

        kept.ByText.Add(sql, statements = [.. prepared]);
        kept.Bytes += bytes;
        return (kept, statements);
    }

    /// <summary>
    /// Microsoft.Data.Sqlite's ClearAllPools, plus finalising the statements kept on the connections it closes, so they
    /// close at once as they did before statements were kept.
    /// </summary>
    public static void ClearAllPools()
    {
        Interlocked.Increment(ref _poolGeneration);
        SqliteConnection.ClearAllPools();
        foreach (var (database, kept) in Prepared)
        {
            if (database.IsClosed)
            {
                kept.FinaliseAll();
                Prepared.Remove(database);
            }
        }
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
        var result = Columns.Step(Handle);
        if (result is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
        {
            // The clock is read only once the database turns out busy: a row costs about a microsecond.
            var started = Stopwatch.GetTimestamp();
            do
            {
                Interlocked.Increment(ref s_busyWaits);
                raw.sqlite3_reset(_statement);
                Thread.Sleep(10);
            }
            while ((result = Columns.Step(Handle)) is raw.SQLITE_BUSY or raw.SQLITE_LOCKED
                   && Stopwatch.GetElapsedTime(started).TotalSeconds < _connection.DefaultTimeout);
        }

        if (result is raw.SQLITE_ROW or raw.SQLITE_DONE)
        {
            return result == raw.SQLITE_ROW;
        }

        Check(result, _connection.Handle!);
        return false;
    }

    public bool IsNull(int column) => Columns.Type(Handle, column) == raw.SQLITE_NULL;

    public long Int64(int column) => Columns.Int64(Handle, column);

    public double Double(int column) => Columns.Double(Handle, column);

    /// <summary>A text column's UTF-8 bytes, valid until the next <see cref="Read"/>.</summary>
    public unsafe ReadOnlySpan<byte> Utf8(int column)
    {
        var text = Columns.Blob(Handle, column);
        return new ReadOnlySpan<byte>((void*)text, Columns.Bytes(Handle, column));
    }

    /// <summary>
    /// A nullable text column's UTF-8 bytes, valid until the next <see cref="Read"/>; false for NULL. One call fewer than
    /// <see cref="IsNull"/> then <see cref="Utf8"/>: sqlite3_column_text answers a null pointer only for NULL (an empty
    /// text is a non-null empty string), where sqlite3_column_blob answers null for both.
    /// </summary>
    public unsafe bool TryUtf8(int column, out ReadOnlySpan<byte> value)
    {
        var text = Columns.Text(Handle, column);
        value = text == IntPtr.Zero ? default : new ReadOnlySpan<byte>((void*)text, Columns.Bytes(Handle, column));
        return text != IntPtr.Zero;
    }

    // The statement object is kept alive by this struct and the per-connection cache, so its pointer stays valid.
    private IntPtr Handle => _statement.DangerousGetHandle();

    public void Dispose() => Release(_kept, new ReadOnlySpan<sqlite3_stmt>(in _statement));

    /// <summary>Reset and unbound for the next use; all finalised if the pools were cleared while the connection was in use.</summary>
    private static void Release(Statements kept, ReadOnlySpan<sqlite3_stmt> statements)
    {
        foreach (var statement in statements)
        {
            raw.sqlite3_reset(statement);
            raw.sqlite3_clear_bindings(statement);
        }

        if (kept.PoolGeneration != Volatile.Read(ref _poolGeneration))
        {
            // The connection will be closed when it goes back to the pool; its statements must not keep it open.
            kept.FinaliseAll();
        }
    }

    private static void Check(int result, sqlite3 database) => SqliteException.ThrowExceptionForRC(result, database);

    private static ConditionalWeakTable<sqlite3, Statements> FinalisedAtExit(ConditionalWeakTable<sqlite3, Statements> prepared)
    {
        // The host has stopped serving by then, so no statement is in use.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var (_, kept) in prepared)
            {
                kept.FinaliseAll();
            }
        };
        return prepared;
    }

    /// <summary>The statements kept on one native connection, by the identity of their UTF-8 text (one text may hold several).</summary>
    private sealed class Statements(int poolGeneration)
    {
        public int PoolGeneration { get; } = poolGeneration;

        public Dictionary<byte[], sqlite3_stmt[]> ByText { get; } = [];

        /// <summary>What SQLite holds for them, as each reported when it was prepared.</summary>
        public long Bytes { get; set; }

        public void FinaliseAll()
        {
            foreach (var statement in ByText.Values.SelectMany(statements => statements))
            {
                statement.Dispose();
            }

            ByText.Clear();
            Bytes = 0;
        }
    }

    /// <summary>
    /// The step and the column readers, called for every row and every column of it, straight into the e_sqlite3 library
    /// SQLitePCLRaw loaded: through SQLitePCLRaw each call also pays SafeHandle reference counting, and the readers a GC
    /// transition, which made reading a row cost more than stepping to it. The readers return at once and never call back
    /// into .NET, so they skip the transition; the step may (a profile callback) and keeps it.
    /// </summary>
    private static partial class Columns
    {
        private const string Library = "e_sqlite3";

        [LibraryImport(Library, EntryPoint = "sqlite3_step")]
        public static partial int Step(IntPtr statement);

        [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
        [SuppressGCTransition]
        public static partial int Type(IntPtr statement, int column);

        [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
        [SuppressGCTransition]
        public static partial long Int64(IntPtr statement, int column);

        [LibraryImport(Library, EntryPoint = "sqlite3_column_double")]
        [SuppressGCTransition]
        public static partial double Double(IntPtr statement, int column);

        [LibraryImport(Library, EntryPoint = "sqlite3_column_blob")]
        [SuppressGCTransition]
        public static partial IntPtr Blob(IntPtr statement, int column);

        [LibraryImport(Library, EntryPoint = "sqlite3_column_text")]
        [SuppressGCTransition]
        public static partial IntPtr Text(IntPtr statement, int column);

        [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
        [SuppressGCTransition]
        public static partial int Bytes(IntPtr statement, int column);
    }
}
