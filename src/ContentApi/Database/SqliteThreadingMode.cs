using System.Runtime.InteropServices;
using SQLitePCL;

namespace ContentApi.Database;

/// <summary>
/// Puts SQLite in multi-thread mode before the process opens its first connection. The bundled library defaults to
/// serialized mode, which takes a per-connection mutex around every call — every column of every row read. Here a
/// connection is only ever used by one operation at a time (a new pooled connection per operation), which is what
/// multi-thread mode asks, so the mutex was pure cost: 7 of the 16 ns a column read took, 13% of an uncached article.
/// Microsoft.Data.Sqlite has no per-connection open flag for it; its maintainers point to this process-wide setting.
/// </summary>
internal static partial class SqliteThreadingMode
{
    private static readonly Lock Gate = new();
    private static bool? s_multiThread;

    /// <summary>
    /// Asks for multi-thread mode once per process. SQLite takes it only before it first starts; if something opened a
    /// connection earlier, it stays serialized: correct, only slower. True when the mode is multi-thread.
    /// </summary>
    public static bool Apply()
    {
        lock (Gate)
        {
            if (s_multiThread is null)
            {
                Batteries_V2.Init();
                s_multiThread = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK;
            }

            return s_multiThread.Value;
        }
    }

    /// <summary>Whether <paramref name="database"/> runs without a per-connection mutex, as multi-thread mode opens it.</summary>
    public static bool HasNoMutex(sqlite3 database) => DatabaseMutex(database.DangerousGetHandle()) == IntPtr.Zero;

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_db_mutex")]
    private static partial IntPtr DatabaseMutex(IntPtr database);
}
